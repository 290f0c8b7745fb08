package dev.readout.extract.eval;

import java.util.Locale;

/**
 * Quote comparison for scoring: whitespace runs become one space, quotation marks (straight,
 * curly, guillemets, low-9) vanish, and case is folded, so a quote start annotated mid-sentence
 * ("he spoke by phone") still matches an extracted quote that begins it ("He spoke by phone").
 */
public final class QuoteText {

  private static final String QUOTATION_MARKS = "\"'“”„‟‘’‚‛«»‹›`´";

  private QuoteText() {}

  /** True when {@code quote}, folded, contains {@code start}, folded; an empty start is contained in any quote. */
  public static boolean contains(String quote, String start) {
    if (quote == null) {
      return false;
    }
    return fold(quote).contains(fold(start == null ? "" : start));
  }

  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (QUOTATION_MARKS.indexOf(c) >= 0) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = !out.isEmpty();
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
