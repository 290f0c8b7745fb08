package dev.readout.extract.engine.text;

/**
 * One token of an article: a word, a number, or a single punctuation mark.
 *
 * @param text the surface text
 * @param key the text with typographic apostrophes folded to {@code '}, used for lookups
 * @param lower the key in lower case (asked for at nearly every rule, so computed once)
 * @param folded the key without diacritics ({@link Diacritics}), for gazetteer look-ups; the same
 *     instance when the key is plain ASCII
 * @param foldedLower the folded key in lower case; the same instance as {@code lower} when the key
 *     is plain ASCII (gazetteer look-ups ask for it at every token)
 * @param start char offset in the article (inclusive)
 * @param end char offset in the article (exclusive)
 * @param index position in the article's token list
 */
public record Token(
    String text, String key, String lower, String folded, String foldedLower, int start, int end, int index) {

  /** True for a word or number token (starts with a letter or digit). */
  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  /** True when the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** True when the token is exactly this punctuation or word (case-insensitive). */
  public boolean is(String s) {
    return key.equalsIgnoreCase(s);
  }

  /** True for an opening or closing quotation mark of any style. */
  public boolean isQuoteMark() {
    return text.length() == 1 && QuoteMarks.isQuoteChar(text.charAt(0));
  }
}
