package dev.readout.extract.eval;

/**
 * True positives, false positives and false negatives, with the measures they give. A measure
 * whose denominator is zero (no predictions, no gold) is {@code NaN}: undefined, not zero.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score other) {
    return new Score(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
