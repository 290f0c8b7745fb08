package dev.readout.extract.engine.time;

import dev.readout.extract.engine.text.Dateline;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import dev.readout.extract.engine.text.WordMap;
import dev.readout.extract.engine.text.WordSet;
import dev.readout.schemas.avro.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds date expressions as news writes them and resolves them against the publication date
 * (EVENTS.md rule 7): weekdays, today/yesterday/tomorrow, this/last/next week or month, this
 * weekend, "Feb. 18", "18 February", "March 11, 2025", "December 2019", "on the 12th". A weekday
 * or a date without a year is read as the nearest one in the past for what happened, in the
 * future for what is planned.
 */
public final class DateResolver {

  private static final Map<String, Integer> MONTHS = WordMap.of(Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10),
      Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
      Map.entry("dec", 12)));

  private static final Map<String, DayOfWeek> WEEKDAYS = WordMap.of(Map.of("monday", DayOfWeek.MONDAY, "tuesday",
      DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
      DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY));

  /** "early", "mid", "late": a part of a month, which the MONTH precision already covers. */
  private static final java.util.Set<String> PART_OF_MONTH = WordSet.of("early", "mid", "late");

  /** Periods a "last" after a weekday may name instead ("Thursday last week"). */
  private static final java.util.Set<String> PERIODS = java.util.Set.of("week", "weekend", "month", "year");

  private DateResolver() {}

  /**
   * The date expressions in tokens [from, to), outside quotations.
   *
   * @param future whether the event lies ahead (planned or proposed) rather than behind
   */
  public static List<DateMention> find(Document doc, int from, int to, LocalDate published, boolean future) {
    List<DateMention> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (doc.quoted(i)) {
        continue;
      }
      DateMention m = at(doc, i, to, published, future);
      if (m != null) {
        if (!isDateline(doc, m)) {
          out.add(m);
        }
        i = m.to() - 1;
      }
    }
    return out;
  }

  /**
   * True for the filing date of a wire dateline ("VILNIUS, Dec 5 (Reuters) -", "HARARE, Nov 14 —"):
   * the day the report was written, never the day of an event in it.
   */
  static boolean isDateline(Document doc, DateMention m) {
    Sentence sentence = doc.sentenceOf(m.from());
    int end = Dateline.end(doc, sentence);
    return end > sentence.from() && m.to() <= end;
  }


  private static DateMention at(Document doc, int i, int limit, LocalDate p, boolean future) {
    Token t = doc.token(i);
    String w = t.lower();
    String prev = i > 0 ? doc.token(i - 1).lower() : "";
    String next = i + 1 < limit ? doc.token(i + 1).lower() : "";
    String next2 = i + 2 < limit ? doc.token(i + 2).lower() : "";
    switch (w) {
      case "today", "tonight" -> {
        return day(doc, p, i, i + 1);
      }
      case "yesterday" -> {
        return day(doc, p.minusDays(1), i, i + 1);
      }
      case "tomorrow" -> {
        return day(doc, p.plusDays(1), i, i + 1);
      }
      case "this", "last", "next", "earlier", "later" -> {
        return relative(doc, i, limit, p, w, next, next2);
      }
      case "past" -> {
        // "this past weekend", "the past weekend": the one just gone
        if (next.equals("weekend")) {
          LocalDate saturday = p.getDayOfWeek() == DayOfWeek.SATURDAY ? p
              : p.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
          int from = prev.equals("this") || prev.equals("the") ? i - 1 : i;
          return new DateMention(saturday, DatePrecision.WEEK, text(doc, from, i + 2), from, i + 2);
        }
      }
      case "end" -> {
        // "at the end of the month", "by the end of next month"
        if (next.equals("of") && i + 3 < limit) {
          String which = next2;
          String unit = doc.token(i + 3).lower();
          if (unit.equals("month") && (which.equals("the") || which.equals("this") || which.equals("next")
              || which.equals("last"))) {
            LocalDate first = p.withDayOfMonth(1);
            LocalDate d = which.equals("next") ? first.plusMonths(1) : which.equals("last") ? first.minusMonths(1) : first;
            return new DateMention(d, DatePrecision.MONTH, text(doc, i, i + 4), i, i + 4);
          }
        }
      }
      case "over", "at" -> {
        // "over the weekend", "at the weekend": the nearest one, behind or ahead
        if (next.equals("the") && next2.equals("weekend")) {
          LocalDate saturday = future
              ? p.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
              : p.getDayOfWeek() == DayOfWeek.SATURDAY ? p : p.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
          return new DateMention(saturday, DatePrecision.WEEK, text(doc, i + 1, i + 3), i + 1, i + 3);
        }
      }
      default -> { }
    }
    DateMention ago = ago(doc, i, limit, p);
    if (ago != null) {
      return ago;
    }
    if (WEEKDAYS.containsKey(w) && t.isCapitalized()) {
      DayOfWeek d = WEEKDAYS.get(w);
      LocalDate date = future
          ? p.with(TemporalAdjusters.nextOrSame(d))
          : p.with(TemporalAdjusters.previousOrSame(d));
      if (prev.equals("last")) {
        date = p.minusDays(1).with(TemporalAdjusters.previousOrSame(d));
      } else if (prev.equals("next")) {
        date = p.plusDays(1).with(TemporalAdjusters.nextOrSame(d));
      } else if (next.equals("last") && !PERIODS.contains(next2)) {
        // "on Thursday last" (South Asian and older British usage): last Thursday; not "Thursday last week"
        return day(doc, p.minusDays(1).with(TemporalAdjusters.previousOrSame(d)), i, i + 2);
      }
      return day(doc, date, i, i + 1);
    }
    // "mid-March", "early-July": the month, as precise as the text is
    int dash = w.indexOf('-');
    if (dash > 0 && PART_OF_MONTH.contains(w.substring(0, dash)) && MONTHS.containsKey(w.substring(dash + 1))) {
      return monthOnly(doc, i, i + 1, p, future, MONTHS.get(w.substring(dash + 1)));
    }
    Integer month = MONTHS.get(w);
    boolean monthCue = prev.equals("in") || PART_OF_MONTH.contains(prev);
    boolean dayNext = isNumber(next) || i + 1 < limit && dayRange(doc, i + 1, limit) != null;
    if (month != null && t.isCapitalized() && !(w.equals("may") && !dayNext && !monthCue)
        && !(w.equals("march") && !dayNext && !monthCue)) {
      return monthExpression(doc, i, limit, p, future, month);
    }
    int[] range = dayRange(doc, i, limit);
    if (range != null && range[1] < limit && MONTHS.containsKey(doc.token(range[1]).lower())
        && doc.token(range[1]).isCapitalized()) {
      // "3-4 March", "18 and 19 February": a span, dated by its first day
      LocalDate d = dayOfMonth(p, MONTHS.get(doc.token(range[1]).lower()), range[0], null, future);
      return d == null ? null : new DateMention(d, DatePrecision.WEEK, text(doc, i, range[1] + 1), i, range[1] + 1);
    }
    // "18 February", "26 March 2025"
    if (isNumber(w) && MONTHS.containsKey(next) && doc.token(i + 1).isCapitalized()) {
      int dayOfMonth = Integer.parseInt(w);
      int end = i + 2;
      Integer year = null;
      if (end < limit && isYear(doc.token(end).lower())) {
        year = Integer.parseInt(doc.token(end).lower());
        end++;
      }
      LocalDate d = dayOfMonth(p, MONTHS.get(next), dayOfMonth, year, future);
      return d == null ? null : new DateMention(d, DatePrecision.DAY, text(doc, i, end), i, end);
    }
    // "on the 12th"
    if (w.equals("the") && next.length() > 2 && ordinal(next) > 0 && prev.equals("on")) {
      int dom = ordinal(next);
      LocalDate d = p.withDayOfMonth(Math.min(dom, p.lengthOfMonth()));
      if (!future && d.isAfter(p)) {
        d = d.minusMonths(1);
      } else if (future && d.isBefore(p)) {
        d = d.plusMonths(1);
      }
      return new DateMention(d, DatePrecision.DAY, text(doc, i, i + 2), i, i + 2);
    }
    return null;
  }

  /** Words that join the first and last day of a span: "3-4", "3 – 4", "3 and 4", "3 to 5". */
  private static final java.util.Set<String> SPAN_JOINS = java.util.Set.of("-", "–", "—", "and", "to");

  /**
   * A span of days of one month at token {@code j} ("3-4", "3 and 4", "3 to 5"): its first day
   * and the token after it, or null.
   */
  private static int[] dayRange(Document doc, int j, int limit) {
    String w = doc.token(j).lower();
    int dash = w.indexOf('-');
    if (dash > 0 && isNumber(w.substring(0, dash)) && isNumber(w.substring(dash + 1))
        && !isYear(w.substring(0, dash))) {
      return new int[] {Integer.parseInt(w.substring(0, dash)), j + 1};
    }
    if (j + 2 < limit && isNumber(w) && !isYear(w) && SPAN_JOINS.contains(doc.token(j + 1).lower())
        && isNumber(doc.token(j + 2).lower()) && !isYear(doc.token(j + 2).lower())) {
      int first = Integer.parseInt(w);
      int last = Integer.parseInt(doc.token(j + 2).lower());
      return last > first && last - first <= 6 ? new int[] {first, j + 3} : null;
    }
    return null;
  }

  private static final Map<String, Integer> COUNTS = WordMap.of(Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
      "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8));

  /**
   * "two weeks ago", "three days ago", "a month ago": counted back from the publication day, as
   * precise as the unit (the week or month then is the span, dated by its first day).
   */
  private static DateMention ago(Document doc, int i, int limit, LocalDate p) {
    if (i + 2 >= limit || !doc.token(i + 2).is("ago")) {
      return null;
    }
    String count = doc.token(i).lower();
    Integer n = COUNTS.get(count);
    if (n == null && isNumber(count) && count.length() <= 2) {
      n = Integer.parseInt(count);
    }
    if (n == null) {
      return null;
    }
    String unit = doc.token(i + 1).lower();
    return switch (unit) {
      case "day", "days" -> day(doc, p.minusDays(n), i, i + 3);
      case "week", "weeks" -> new DateMention(p.minusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          DatePrecision.WEEK, text(doc, i, i + 3), i, i + 3);
      case "month", "months" -> new DateMention(p.minusMonths(n).withDayOfMonth(1), DatePrecision.MONTH,
          text(doc, i, i + 3), i, i + 3);
      default -> null;
    };
  }

  private static DateMention relative(Document doc, int i, int limit, LocalDate p, String w, String next,
      String next2) {
    LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if ((w.equals("earlier") || w.equals("later")) && next.equals("this") && i + 2 < limit) {
      if (next2.equals("week")) {
        return new DateMention(monday, DatePrecision.WEEK, text(doc, i, i + 3), i, i + 3);
      }
      if (next2.equals("month")) {
        return new DateMention(p.withDayOfMonth(1), DatePrecision.MONTH, text(doc, i, i + 3), i, i + 3);
      }
      if (next2.equals("year")) {
        return null;
      }
    }
    if ((w.equals("earlier") || w.equals("later")) && (next.equals("today") || next.equals("in") && next2.equals("the"))) {
      int end = next.equals("today") ? i + 2 : i + 4;
      return day(doc, p, i, Math.min(end, limit));
    }
    if (w.equals("earlier") || w.equals("later")) {
      return null;
    }
    switch (next) {
      case "week" -> {
        LocalDate d = w.equals("last") ? monday.minusWeeks(1) : w.equals("next") ? monday.plusWeeks(1) : monday;
        return new DateMention(d, DatePrecision.WEEK, text(doc, i, i + 2), i, i + 2);
      }
      case "weekend" -> {
        LocalDate saturday = p.getDayOfWeek() == DayOfWeek.SUNDAY ? p.minusDays(1)
            : p.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate d = w.equals("last") ? saturday.minusWeeks(1) : w.equals("next") ? saturday.plusWeeks(1) : saturday;
        return new DateMention(d, DatePrecision.WEEK, text(doc, i, i + 2), i, i + 2);
      }
      case "month" -> {
        LocalDate first = p.withDayOfMonth(1);
        LocalDate d = w.equals("last") ? first.minusMonths(1) : w.equals("next") ? first.plusMonths(1) : first;
        return new DateMention(d, DatePrecision.MONTH, text(doc, i, i + 2), i, i + 2);
      }
      case "morning", "afternoon", "evening" -> {
        return w.equals("this") ? day(doc, p, i, i + 2) : null;
      }
      default -> {
        return null;
      }
    }
  }

  private static DateMention monthExpression(Document doc, int i, int limit, LocalDate p, boolean future,
      int month) {
    int j = i + 1;
    if (j < limit && doc.token(j).is(".")) {
      j++;
    }
    int[] range = j < limit ? dayRange(doc, j, limit) : null;
    if (range != null) {
      // "March 3-4", "March 3 and 4": a span, dated by its first day (EVENTS.md rule 7)
      LocalDate d = dayOfMonth(p, month, range[0], null, future);
      return d == null ? null : new DateMention(d, DatePrecision.WEEK, text(doc, i, range[1]), i, range[1]);
    }
    if (j < limit && isNumber(doc.token(j).lower()) && !isYear(doc.token(j).lower())) {
      int dom = Integer.parseInt(doc.token(j).lower());
      int end = j + 1;
      Integer year = null;
      if (end + 1 < limit && doc.token(end).is(",") && isYear(doc.token(end + 1).lower())) {
        year = Integer.parseInt(doc.token(end + 1).lower());
        end += 2;
      } else if (end < limit && isYear(doc.token(end).lower())) {
        year = Integer.parseInt(doc.token(end).lower());
        end++;
      }
      LocalDate d = dayOfMonth(p, month, dom, year, future);
      return d == null ? null : new DateMention(d, DatePrecision.DAY, text(doc, i, end), i, end);
    }
    return monthOnly(doc, i, limit, p, future, month);
  }

  /** "July", "July 2024", "July last year", "mid-July": the first of that month, MONTH precision. */
  private static DateMention monthOnly(Document doc, int i, int limit, LocalDate p, boolean future, int month) {
    int end = i + 1;
    Integer year = null;
    if (end < limit && isYear(doc.token(end).lower())) {
      year = Integer.parseInt(doc.token(end).lower());
      end++;
    } else if (end + 1 < limit && doc.token(end).is("last") && doc.token(end + 1).is("year")) {
      year = p.getYear() - 1;
      end += 2;
    } else if (end + 1 < limit && doc.token(end).is("next") && doc.token(end + 1).is("year")) {
      year = p.getYear() + 1;
      end += 2;
    }
    int y = year != null ? year : p.getYear();
    if (year == null && !future && month > p.getMonthValue()) {
      y--;
    } else if (year == null && future && month < p.getMonthValue()) {
      y++;
    }
    return new DateMention(LocalDate.of(y, month, 1), DatePrecision.MONTH, text(doc, i, end), i, end);
  }

  private static LocalDate dayOfMonth(LocalDate p, int month, int dom, Integer year, boolean future) {
    if (dom < 1 || dom > 31) {
      return null;
    }
    int y = year != null ? year : p.getYear();
    LocalDate d;
    try {
      d = LocalDate.of(y, month, dom);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    if (year == null) {
      if (!future && d.isAfter(p.plusDays(7))) {
        d = d.minusYears(1);
      } else if (future && d.isBefore(p.minusDays(60))) {
        d = d.plusYears(1);
      }
    }
    return d;
  }

  private static DateMention day(Document doc, LocalDate d, int from, int to) {
    return new DateMention(d, DatePrecision.DAY, text(doc, from, to), from, to);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isYear(String s) {
    return s.length() == 4 && isNumber(s) && (s.startsWith("19") || s.startsWith("20"));
  }

  private static int ordinal(String s) {
    int k = 0;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    if (k == 0 || k > 2) {
      return -1;
    }
    String suffix = s.substring(k);
    if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
      return -1;
    }
    int n = Integer.parseInt(s.substring(0, k));
    return n >= 1 && n <= 31 ? n : -1;
  }

  private static String text(Document doc, int from, int to) {
    return doc.text().substring(doc.token(from).start(), doc.token(to - 1).end());
  }
}
