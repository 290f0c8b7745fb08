package dev.readout.extract.engine.text;

import java.util.List;
import java.util.Set;

/**
 * A cheap test that a text is English: the share of its words that are common English function
 * words. News English runs at 20-40 % (less in name-heavy leads); other Latin-script languages stay near zero. Enough to
 * keep rules written for English off other languages (the ingest service detects languages
 * properly; this guards direct callers of the engine).
 */
public final class EnglishCheck {

  /** Texts shorter than this many words are given the benefit of the doubt. */
  private static final int MIN_WORDS = 20;
  /** Only the first words are looked at: bounded work. */
  private static final int SAMPLE = 400;
  private static final double MIN_SHARE = 0.06;

  private static final Set<String> FUNCTION_WORDS = WordSet.of("the", "of", "and", "to", "in", "a", "is", "that",
      "for", "on", "with", "was", "as", "by", "he", "she", "it", "at", "said", "from", "his", "her", "an", "be",
      "has", "have", "had", "are", "were", "will", "would", "which", "who", "this", "their", "they", "its",
      "after", "not", "but", "or", "also", "been", "about", "than", "into", "over");

  private EnglishCheck() {}

  /** True when the tokens read as English (or are too few to tell). */
  public static boolean isEnglish(List<Token> tokens) {
    int words = 0;
    int function = 0;
    for (int i = 0; i < tokens.size() && words < SAMPLE; i++) {
      Token t = tokens.get(i);
      if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
        continue;
      }
      words++;
      if (FUNCTION_WORDS.contains(t.lower())) {
        function++;
      }
    }
    return words < MIN_WORDS || function >= MIN_SHARE * words;
  }
}
