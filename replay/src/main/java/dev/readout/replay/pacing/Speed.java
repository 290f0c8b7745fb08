package dev.readout.replay.pacing;

import java.util.Locale;

/**
 * How fast a replay runs against event time: {@code max} (no waiting), {@code realtime} (the
 * feed's own gaps) or {@code <N>x} (gaps divided by N: {@code 60x} replays an hour per minute).
 *
 * @param factor how many times faster than real time; infinite for {@code max}
 */
public record Speed(double factor) {

  public static final Speed MAX = new Speed(Double.POSITIVE_INFINITY);
  public static final Speed REALTIME = new Speed(1);

  public Speed {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("speed factor must be positive, not " + factor);
    }
  }

  public boolean isMax() {
    return Double.isInfinite(factor);
  }

  /** Parses {@code max}, {@code realtime}, {@code 60x}, {@code 0.5x} or a bare {@code 60}. */
  public static Speed parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "max":
        return MAX;
      case "realtime":
      case "real-time":
        return REALTIME;
      default:
        break;
    }
    String number = v.endsWith("x") ? v.substring(0, v.length() - 1) : v;
    try {
      double factor = Double.parseDouble(number);
      if (factor > 0 && Double.isFinite(factor)) {
        return new Speed(factor);
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted forms
    }
    throw new IllegalArgumentException(
        "speed must be max, realtime or <N>x with N > 0 (60x replays an hour of articles per minute), not '"
            + value + "'");
  }

  @Override
  public String toString() {
    if (isMax()) {
      return "max";
    }
    return factor == 1 ? "realtime" : (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor)) + "x";
  }
}
