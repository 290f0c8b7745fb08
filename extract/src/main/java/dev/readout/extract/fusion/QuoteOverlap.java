package dev.readout.extract.fusion;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two quotes say overlapping words: their content words (lower-cased, diacritics and
 * stop words dropped, plurals folded) overlap by at least half of the shorter quote's words, and by at least
 * {@link #MIN_SHARED} words unless the shorter quote has fewer (then by all of them). Two shared
 * words are too few: "like" and "talk" joined two different remarks of one speaker. A linear scan, no regular expressions: quotes are
 * untrusted article text.
 */
final class QuoteOverlap {

  static final double MIN_SHARE = 0.5;

  static final int MIN_SHARED = 3;

  /** Quotes are bounded before comparison; the start of a long quote is enough to recognize it. */
  static final int MAX_CHARS = 2_000;

  private static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
      "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
      "these", "those", "we", "our", "us", "you", "your", "he", "his", "him", "she", "her", "they",
      "their", "them", "i", "me", "my", "will", "would", "should", "could", "can", "have", "has",
      "had", "do", "does", "did", "not", "no", "so", "very", "also", "all", "there", "what", "which",
      "who", "about", "into", "than", "then", "said", "says", "just", "more", "must", "may", "might",
      "now", "one", "get", "got", "like", "want", "make", "going", "any", "some", "out", "up");

  private QuoteOverlap() {}

  static boolean overlaps(String a, String b) {
    return a != null && b != null && overlaps(words(a), words(b));
  }

  /** As {@link #overlaps(String, String)}, on the quotes' {@link #words}. */
  static boolean overlaps(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    Set<String> smaller = x.size() <= y.size() ? x : y;
    Set<String> larger = smaller == x ? y : x;
    long shared = smaller.stream().filter(larger::contains).count();
    return shared >= Math.min(MIN_SHARED, smaller.size()) && shared >= MIN_SHARE * smaller.size();
  }

  /** A crude plural fold ("deals" is "deal") so paraphrases of one remark still share words. */
  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
  }

  static Set<String> words(String quote) {
    String text = quote.length() > MAX_CHARS ? quote.substring(0, MAX_CHARS) : quote;
    text = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    Set<String> words = new HashSet<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (!word.isEmpty()) {
        String w = word.toString();
        if (w.length() > 1 && !STOP_WORDS.contains(w)) {
          words.add(singular(w));
        }
        word.setLength(0);
      }
    }
    return words;
  }
}
