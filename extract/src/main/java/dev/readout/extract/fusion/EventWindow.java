package dev.readout.extract.fusion;

import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a mention's event may fall on: its date widened by its precision (a WEEK date is
 * its Monday and the six days after, a MONTH date the whole month) or, when the text gave no
 * date, the days around the article's publication: before it for an event reported as having
 * happened, before or after it otherwise. Two mentions can be the same event only when their
 * windows lie within {@link #TOLERANCE_DAYS} of each other.
 */
record EventWindow(LocalDate start, LocalDate end) {

  /** "Within a few days of each other" (EVENTS.md "Cross-article identity"). */
  static final int TOLERANCE_DAYS = 3;

  /** An undated event is taken to be this close to its report, before or after. */
  static final int UNDATED_DAYS = 7;

  /**
   * How far after its report an undated event that occurred may still fall: the report's day in
   * UTC can be the day before the event's day where it happened.
   */
  static final int OCCURRED_GRACE_DAYS = 1;

  static EventWindow of(EventMention mention) {
    LocalDate date = mention.getDate();
    if (date == null) {
      LocalDate published = LocalDate.ofInstant(mention.getPublishedAt(), ZoneOffset.UTC);
      // What a report says has happened happened by the report: not the same leaders' next meeting.
      int after = mention.getStatus() == EventStatus.OCCURRED ? OCCURRED_GRACE_DAYS : UNDATED_DAYS;
      return new EventWindow(published.minusDays(UNDATED_DAYS), published.plusDays(after));
    }
    DatePrecision precision = mention.getDatePrecision();
    return switch (precision == null ? DatePrecision.DAY : precision) {
      case WEEK -> new EventWindow(date, date.plusDays(6));
      case MONTH -> new EventWindow(date, date.with(TemporalAdjusters.lastDayOfMonth()));
      case DAY, UNKNOWN -> new EventWindow(date, date);
    };
  }

  /**
   * The epoch weeks (epoch day / 7) of this window widened by half the tolerance on each side,
   * rounded up: two windows within {@link #TOLERANCE_DAYS} of each other then overlap once
   * widened, so they share at least the week of a common day.
   */
  List<Long> blockingWeeks() {
    int margin = (TOLERANCE_DAYS + 1) / 2;
    long first = Math.floorDiv(start.minusDays(margin).toEpochDay(), 7);
    long last = Math.floorDiv(end.plusDays(margin).toEpochDay(), 7);
    List<Long> weeks = new ArrayList<>();
    for (long week = first; week <= last; week++) {
      weeks.add(week);
    }
    return weeks;
  }

  /** True when the two windows overlap or the gap between them is at most {@link #TOLERANCE_DAYS}. */
  boolean near(EventWindow other) {
    return gapDays(this, other) <= TOLERANCE_DAYS;
  }

  /** True when the two windows share a day: the reports may be of the same day. */
  boolean overlaps(EventWindow other) {
    return gapDays(this, other) == 0;
  }

  private static long gapDays(EventWindow a, EventWindow b) {
    if (a.start.isAfter(b.start)) {
      return gapDays(b, a);
    }
    return b.start.isAfter(a.end) ? ChronoUnit.DAYS.between(a.end, b.start) : 0;
  }
}
