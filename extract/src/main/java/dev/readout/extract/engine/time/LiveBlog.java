package dev.readout.extract.engine.time;

import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.WordSet;
import dev.readout.schemas.avro.DatePrecision;
import java.time.LocalDate;
import java.util.Set;

/**
 * A live blog: timestamped entries ("10:05 - The president says ...") under a date header
 * ("Tuesday, 28 October."). What an entry reports without a day of its own was said on the header's
 * day, the day the entry was posted.
 */
public final class LiveBlog {

  private LiveBlog() {}

  /** How many of the article's first sentences may hold the date header (after a headline). */
  private static final int HEADER_SENTENCES = 3;
  /** How many tokens a date header may have ("Tuesday, 28 October 2025."). */
  private static final int HEADER_TOKENS = 7;
  /** How many timestamped entries make a live blog. */
  private static final int MIN_ENTRIES = 3;

  private static final Set<String> WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /**
   * The day of the blog's date header, or null when the article is no live blog (no short header
   * opening with a weekday, or fewer than {@link #MIN_ENTRIES} timestamped paragraphs).
   */
  public static DateMention headerDay(Document doc, LocalDate published) {
    DateMention header = null;
    int n = Math.min(doc.sentences().size(), HEADER_SENTENCES);
    for (int k = 0; k < n && header == null; k++) {
      Sentence s = doc.sentences().get(k);
      if (s.to() - s.from() > HEADER_TOKENS || !WEEKDAYS.contains(doc.token(s.from()).lower())) {
        continue;
      }
      for (DateMention m : DateResolver.find(doc, s.from(), s.to(), published, false)) {
        if (m.precision() == DatePrecision.DAY && !m.date().isAfter(published)) {
          header = m;
          break;
        }
      }
    }
    if (header == null) {
      return null;
    }
    int entries = 0;
    int paragraph = -1;
    for (Sentence s : doc.sentences()) {
      if (s.paragraph() != paragraph) {
        paragraph = s.paragraph();
        if (stamped(doc, s) && ++entries >= MIN_ENTRIES) {
          return header;
        }
      }
    }
    return null;
  }

  /** Whether sentence {@code s} opens with a time stamp ("09:40 -", "14:30 –"). */
  public static boolean stamped(Document doc, Sentence s) {
    String text = doc.text();
    int i = s.start();
    // "09:40" or "9:40": a digit or two, a colon, two digits
    int d = 0;
    while (i + d < text.length() && d < 2 && Character.isDigit(text.charAt(i + d))) {
      d++;
    }
    return d > 0 && i + d + 2 < text.length() && text.charAt(i + d) == ':'
        && Character.isDigit(text.charAt(i + d + 1)) && Character.isDigit(text.charAt(i + d + 2));
  }
}
