package dev.readout.extract.engine.time;

import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.WordSet;
import java.util.Set;

/**
 * A day named only by its distance from another told event: "the previous afternoon", "the day
 * before", "the next morning", "the same day", "that evening", "a day after ...", "two days
 * before ...". Resolved against the last dated event of the narrative, not the report's day.
 *
 * @param offset days from the anchor event (-1 the day before, 0 the same day, +1 the day after)
 * @param anchorAfter whether the anchor is named after the phrase ("came a day after X met Y":
 *     the meeting is the anchor's day minus one, seen from the event before the phrase)
 * @param from first token of the phrase
 * @param to token after the phrase
 */
public record RelativeDay(int offset, boolean anchorAfter, int from, int to) {

  private static final Set<String> DAY_PARTS = WordSet.of("day", "morning", "afternoon", "evening", "night");
  private static final Set<String> BEFORE = WordSet.of("previous", "preceding");
  private static final Set<String> AFTER = WordSet.of("next", "following");
  private static final Set<String> COUNTS = WordSet.of("a", "one", "two", "three");

  /** The first relative day in tokens [from, to), outside quotations, or null. Bounded: one pass. */
  public static RelativeDay find(Document doc, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (doc.quoted(i)) {
        continue;
      }
      String w = doc.token(i).lower();
      String next = doc.token(i + 1).lower();
      String next2 = i + 2 < to ? doc.token(i + 2).lower() : "";
      if (w.equals("the") && DAY_PARTS.contains(next2)) {
        if (BEFORE.contains(next)) {
          return new RelativeDay(-1, false, i, i + 3); // "the previous afternoon"
        }
        if (AFTER.contains(next)) {
          return new RelativeDay(1, false, i, i + 3); // "the following morning"
        }
        if (next.equals("same")) {
          return new RelativeDay(0, false, i, i + 3); // "the same day"
        }
      }
      if (w.equals("that") && DAY_PARTS.contains(next) && i > from
          && (doc.token(i - 1).is("on") || doc.token(i - 1).is("later") || doc.token(i - 1).is("earlier")
              || doc.token(i - 1).is("by"))) {
        return new RelativeDay(0, false, i, i + 2); // "later that evening", "on that day"
      }
      if (w.equals("the") && DAY_PARTS.contains(next) && (next2.equals("before") || next2.equals("after"))
          && (i + 3 >= to || !doc.token(i + 3).isWord())) {
        // "the day before," / "the night before.": not "the day before the vote", which names its own anchor
        return new RelativeDay(next2.equals("before") ? -1 : 1, false, i, i + 3);
      }
      if (COUNTS.contains(w) && (next.equals("day") || next.equals("days")) && (next2.equals("after")
          || next2.equals("before")) && i + 3 < to && doc.token(i + 3).isWord()) {
        int n = w.equals("two") ? 2 : w.equals("three") ? 3 : 1;
        // "came a day after Albares met Bourita": what follows is n days before the anchor
        return new RelativeDay(next2.equals("after") ? -n : n, true, i, i + 3);
      }
    }
    return null;
  }
}
