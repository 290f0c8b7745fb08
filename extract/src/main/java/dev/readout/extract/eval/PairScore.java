package dev.readout.extract.eval;

/**
 * Cross-article pairwise scoring of "these two mentions are the same event": over pairs of
 * matched mentions from different articles, predicted pairs share an {@code event_id}, gold
 * pairs share a {@code cluster}, true pairs are both.
 */
public record PairScore(long truePairs, long predictedPairs, long goldPairs) {

  public double precision() {
    return Score.ratio(truePairs, predictedPairs);
  }

  public double recall() {
    return Score.ratio(truePairs, goldPairs);
  }
}
