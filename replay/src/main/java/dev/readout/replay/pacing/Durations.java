package dev.readout.replay.pacing;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses durations as people type them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO {@code PT30S}. */
public final class Durations {

  private Durations() {}

  public static Duration parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("p")) {
        return positive(Duration.parse(v.toUpperCase(Locale.ROOT)), value);
      }
      int split = 0;
      while (split < v.length() && (Character.isDigit(v.charAt(split)))) {
        split++;
      }
      if (split == 0 || split > 12) {
        throw new IllegalArgumentException();
      }
      long amount = Long.parseLong(v.substring(0, split));
      Duration d = switch (v.substring(split)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s", "" -> Duration.ofSeconds(amount);
        case "m", "min" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        case "d" -> Duration.ofDays(amount);
        default -> throw new IllegalArgumentException();
      };
      return positive(d, value);
    } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "not a duration: '" + value + "' (use 500ms, 30s, 5m, 2h, 1d or ISO-8601 like PT30S)");
    }
  }

  private static Duration positive(Duration d, String value) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("not a positive duration: " + value);
    }
    return d;
  }
}
