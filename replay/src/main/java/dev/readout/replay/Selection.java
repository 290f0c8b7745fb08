package dev.readout.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Which articles a replay publishes: those published in {@code [from, to)}, at most {@code limit}
 * of them, earliest first.
 *
 * @param from earliest publication time, inclusive, or {@code null}
 * @param toExclusive first publication time no longer included, or {@code null}
 * @param limit most articles to publish, or {@code null} for all
 */
public record Selection(Instant from, Instant toExclusive, Integer limit) {

  public static final Selection ALL = new Selection(null, null, null);

  public Selection {
    if (limit != null && limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative, not " + limit);
    }
    if (from != null && toExclusive != null && !from.isBefore(toExclusive)) {
      throw new IllegalArgumentException("--from " + from + " is not before --to " + toExclusive);
    }
  }

  /**
   * Builds a selection from command-line values: a date ({@code 2026-02-10}, the whole day, UTC)
   * or a time ({@code 2026-02-10T12:00:00Z}); {@code to} includes its day or instant.
   */
  public static Selection of(String from, String to, Integer limit) {
    Instant start = from == null ? null : parse("--from", from, false);
    Instant end = to == null ? null : parse("--to", to, true);
    return new Selection(start, end, limit);
  }

  /** Why an article is left out, or {@code null} when it is in the time window. */
  public String excludes(RawArticle article) {
    if (from != null && article.publishedAt().isBefore(from)) {
      return "published before --from";
    }
    if (toExclusive != null && !article.publishedAt().isBefore(toExclusive)) {
      return "published after --to";
    }
    return null;
  }

  private static Instant parse(String option, String value, boolean endInclusive) {
    String v = value.strip();
    try {
      if (v.length() == 10) {
        LocalDate day = LocalDate.parse(v);
        return (endInclusive ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      Instant t = OffsetDateTime.parse(v).toInstant();
      return endInclusive ? t.plusNanos(1) : t;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " must be a date (2026-02-10) or a time with offset (2026-02-10T12:00:00Z), not '" + value + "'");
    }
  }
}
