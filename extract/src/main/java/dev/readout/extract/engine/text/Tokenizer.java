package dev.readout.extract.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word, number and punctuation tokens with char offsets.
 *
 * <p>Hand-written rather than OpenNLP's maximum-entropy tokenizer: one linear pass with no
 * backtracking is an order of magnitude faster, and news text needs only a few rules that a
 * general model gets wrong anyway: dotted abbreviations stay whole ({@code U.S.}, {@code U.N.}),
 * hyphenated names stay whole ({@code Moon Jae-in}), and a possessive {@code 's} (straight or
 * typographic) becomes its own token so that {@code Russia’s} still names Russia.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** The tokens of the text. */
  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        i = word(text, i, out);
      } else {
        int len = Character.charCount(text.codePointAt(i));
        add(out, text, i, i + len);
        i += len;
      }
    }
    return out;
  }

  private static int word(String text, int start, List<Token> out) {
    int n = text.length();
    int i = start;
    boolean dotted = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
        continue;
      }
      boolean nextIsAlnum = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
      if ((c == '-' || c == '‑') && nextIsAlnum) {
        i++;
        continue;
      }
      if ((c == '\'' || c == '’') && nextIsAlnum) {
        if (isPossessive(text, i)) {
          break;
        }
        i++;
        continue;
      }
      if (c == '.' && nextIsAlnum && dottedAbbreviationContinues(text, start, i)) {
        dotted = true;
        i++;
        continue;
      }
      if (c == '.' && nextIsAlnum && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    if (dotted && i < n && text.charAt(i) == '.') {
      i++;
    }
    add(out, text, start, i);
    if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '’') && isPossessive(text, i)) {
      add(out, text, i, i + 2);
      i += 2;
    }
    return i;
  }

  /** {@code 's} or {@code ’s} followed by a non-letter. */
  private static boolean isPossessive(String text, int apostrophe) {
    int s = apostrophe + 1;
    if (s >= text.length() || (text.charAt(s) != 's' && text.charAt(s) != 'S')) {
      return false;
    }
    return s + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(s + 1));
  }

  /** U.S., U.N., D.C.: single letters separated by dots. */
  private static boolean dottedAbbreviationContinues(String text, int start, int dot) {
    int segmentStart = dot - 1;
    while (segmentStart > start && text.charAt(segmentStart - 1) != '.') {
      segmentStart--;
    }
    boolean singleLetterBefore = dot - segmentStart == 1 && Character.isLetter(text.charAt(segmentStart));
    boolean singleLetterAfter = dot + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(dot + 2));
    return singleLetterBefore && singleLetterAfter && Character.isLetter(text.charAt(dot + 1));
  }

  private static void add(List<Token> out, String text, int start, int end) {
    String t = text.substring(start, end);
    String key = t.indexOf('’') >= 0 ? t.replace('’', '\'') : t;
    String lower = key.toLowerCase(Locale.ROOT);
    String folded = Diacritics.fold(key);
    String foldedLower = folded == key ? lower : folded.toLowerCase(Locale.ROOT);
    out.add(new Token(t, key, lower, folded, foldedLower, start, end, out.size()));
  }
}
