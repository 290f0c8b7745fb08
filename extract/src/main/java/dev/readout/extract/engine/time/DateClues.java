package dev.readout.extract.engine.time;

import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.WordSet;
import java.util.Set;

/** What the words around a date expression say about whose day it is. */
public final class DateClues {

  private DateClues() {}

  private static final Set<String> REPORTING = WordSet.of("said", "says",
      "told", "announced", "stated", "confirmed", "wrote", "added", "reported");

  /** "both governments said on Tuesday": the day of the report, not of an occasion. */
  public static boolean datesTheReport(Document doc, Sentence s, DateMention m) {
    int i = m.from() - 1;
    if (i >= s.from() && doc.token(i).is("on")) {
      i--;
    }
    return i >= s.from() && REPORTING.contains(doc.token(i).lower());
  }

  /** How far back from a date "since" may open its clause: "since taking office on March 21". */
  private static final int SINCE_REACH = 4;

  /** "since assuming office on May 29": where a span starts, not when an event was. */
  public static boolean afterSince(Document doc, Sentence s, DateMention m) {
    for (int i = m.from() - 1; i >= s.from() && i >= m.from() - SINCE_REACH; i--) {
      String w = doc.token(i).lower();
      if (w.equals("since")) {
        return true;
      }
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a date's words are a part of a day already told ("later in the day", "earlier in the
   * afternoon"): the day of what the text told before, and the report's own day only when it told
   * no earlier one.
   */
  public static boolean partOfToldDay(String dateText) {
    if (dateText == null) {
      return false;
    }
    String t = dateText.toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("later in the ") || t.startsWith("earlier in the ");
  }

  /** "today", "tonight", "this morning": the report's own day, whatever the clause is about. */
  public static boolean isToday(Document doc, DateMention m) {
    String first = doc.token(m.from()).lower();
    return first.equals("today") || first.equals("tonight") || first.equals("this");
  }

  /** Words of the speaker's own day in a quotation: "today", "tonight", "this morning". */
  private static final Set<String> TODAY = WordSet.of("today", "tonight");
  private static final Set<String> DAY_PARTS = WordSet.of("morning", "afternoon", "evening");

  /**
   * Whether a quotation speaks of its own day ("today we took an important step"): quoted words
   * name the day they were spoken on, unlike reported speech, whose "today" may be the writer's.
   */
  public static boolean quoteSaysToday(String quote) {
    if (quote == null) {
      return false;
    }
    String previous = "";
    int i = 0;
    int n = quote.length();
    while (i < n) {
      while (i < n && !Character.isLetter(quote.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(quote.charAt(i))) {
        i++;
      }
      String word = quote.substring(start, i).toLowerCase(java.util.Locale.ROOT);
      if (TODAY.contains(word) || previous.equals("this") && DAY_PARTS.contains(word)) {
        return true;
      }
      previous = word;
    }
    return false;
  }

  private static final Set<String> YEARS = WordSet.of("year", "years", "decade", "decades");
  private static final Set<String> YEAR_LINKS = WordSet.of("this", "last", "next", "earlier", "later", "ago",
      "previous", "past", "same");

  /**
   * Whether tokens [from, to), outside quotations, place what they tell at a time no date here can
   * hold: "earlier this year", "last year", "in 2019", "two years ago".
   */
  public static boolean vagueTime(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (doc.quoted(i)) {
        continue;
      }
      String w = doc.token(i).lower();
      if (YEARS.contains(w) && (i > from && YEAR_LINKS.contains(doc.token(i - 1).lower())
          || i + 1 < to && doc.token(i + 1).is("ago"))) {
        return true;
      }
      if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)
          && i > from && doc.token(i - 1).is("in")) {
        return true;
      }
    }
    return false;
  }

  /** How far a relative clause may run before its closing comma. */
  private static final int RELATIVE_CLAUSE_TOKENS = 20;

  /**
   * Whether token {@code i} lies in a relative clause set off by commas (", who arrived on Monday,")
   * that does not hold token {@code anchor}: what the clause dates is another event.
   */
  public static boolean inRelativeClause(Document doc, Sentence s, int i, int anchor) {
    for (int k = i - 1; k > s.from() && k >= i - RELATIVE_CLAUSE_TOKENS; k--) {
      String w = doc.token(k).lower();
      if (w.equals(",") || w.equals(";") || doc.quoted(k)) {
        return false;
      }
      if ((w.equals("who") || w.equals("which")) && doc.token(k - 1).is(",")) {
        if (anchor >= k && anchor <= i) {
          return false;
        }
        for (int e = i + 1; e < s.to() && e <= k + RELATIVE_CLAUSE_TOKENS; e++) {
          if (doc.token(e).is(",")) {
            return !(anchor > k && anchor < e);
          }
        }
        return false;
      }
    }
    return false;
  }
}
