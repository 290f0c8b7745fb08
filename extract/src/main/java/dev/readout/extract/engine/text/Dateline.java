package dev.readout.extract.engine.text;

import java.util.Set;

/**
 * The dateline that opens a news paragraph: "HONIARA (AFP) -", "KYIV, Ukraine (AP) —", "NEW DELHI:",
 * "ABUJA, June 23 —". It says where the report was filed, so it names no actor and belongs to no
 * one's words. One bounded pass over the paragraph's first tokens; no regular expression.
 */
public final class Dateline {

  /** Upper-case words a place name in a dateline may have ("UNITED NATIONS", "RIO DE JANEIRO"). */
  private static final int MAX_PLACE_WORDS = 4;
  /** Tokens the dateline may span up to its dash or colon. */
  private static final int MAX_TOKENS = 14;
  private static final Set<String> SEPARATORS = WordSet.of("—", "–", "-", "--", ":", "―");

  private Dateline() {}

  /**
   * The first token after the dateline opening the sentence, or {@code s.from()} when it has none.
   * Only a sentence opening its paragraph can carry one.
   */
  public static int end(Document doc, Sentence s) {
    if (s.index() > 0 && doc.sentences().get(s.index() - 1).paragraph() == s.paragraph()) {
      return s.from();
    }
    int limit = Math.min(s.to(), s.from() + MAX_TOKENS);
    int i = s.from();
    int place = 0;
    while (i < limit && upperCaseWord(doc.token(i))) {
      place++;
      i++;
    }
    if (place == 0 || place > MAX_PLACE_WORDS || i >= limit) {
      return s.from();
    }
    Token next = doc.token(i);
    if (!(next.is(",") || next.is("(") || SEPARATORS.contains(next.text()))) {
      return s.from(); // "UN Secretary-General António Guterres —": a name, not a place filed from
    }
    boolean inParentheses = false;
    for (; i < limit; i++) {
      Token t = doc.token(i);
      if (inParentheses) {
        inParentheses = !t.is(")");
        continue;
      }
      if (SEPARATORS.contains(t.text())) {
        int after = i + 1;
        while (after < s.to() && SEPARATORS.contains(doc.token(after).text())) {
          after++; // "--" written as two hyphens
        }
        return after < s.to() ? after : s.from();
      }
      if (t.is("(")) {
        inParentheses = true;
      } else if (!(t.is(",") || t.is(".") || t.isCapitalized() || isDigits(t))) {
        return s.from(); // a lower-case word: running text, not a dateline
      }
    }
    return s.from();
  }

  /** A word of two or more letters, all upper case ("KYIV", "DE" in "RIO DE JANEIRO" is allowed too). */
  private static boolean upperCaseWord(Token t) {
    String w = t.text();
    if (w.length() < 2 || !t.isWord()) {
      return false;
    }
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char ch = w.charAt(k);
      if (Character.isLetter(ch)) {
        if (!Character.isUpperCase(ch)) {
          return false;
        }
        letters++;
      } else if (ch != '.' && ch != '-' && ch != '\'') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static boolean isDigits(Token t) {
    return Character.isDigit(t.text().charAt(0));
  }
}
