package dev.readout.extract.eval;

/** How many matched pairs got one field right, of how many; {@code share} is NaN without pairs. */
public record FieldAccuracy(int right, int total) {

  public FieldAccuracy add(boolean isRight) {
    return new FieldAccuracy(right + (isRight ? 1 : 0), total + 1);
  }

  public double share() {
    return Score.ratio(right, total);
  }
}
