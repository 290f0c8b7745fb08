package dev.readout.extract.fusion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * What {@link QuoteOverlap} compares of a quote, read once per mention.
 *
 * <ul>
 *   <li>{@code content}: the stems (Snowball English) of its content words, stop words dropped, so
 *       "enforce" and "enforcing", "territory" and "territorial" are one word. A name written as a
 *       run of capitalized words counts once, by its last word: "Russian President Vladimir Putin"
 *       is "putin", so two remarks that merely name the same person do not look alike.
 *   <li>{@code words}: every word, lower-cased, in order, one space before and after each: the
 *       text verbatim fragments are sought in (one string, not a list: traits of thousands of
 *       mentions are cached).
 *   <li>{@code countries}: the countries it names ({@link PlacePrecision#isCountryName}), each
 *       name a whole run of capitalized words: "Japan" is one, the "South China Sea" none.
 *   <li>{@code fragments}: the words the quote itself puts in quotation marks ("talks would begin
 *       “immediately”"), each as its lower-cased words: an outlet that paraphrases a remark still
 *       quotes its key words verbatim.
 * </ul>
 *
 * <p>A linear scan, no regular expressions: quotes are untrusted article text.
 */
record QuoteWords(Set<String> content, String words, Set<String> countries, List<Fragment> fragments) {

  /**
   * Words a quote puts in quotation marks: lower-cased in order, spaced as in {@code words} (so
   * "days" is not found in "holidays"), and the stems of its content words.
   */
  record Fragment(String words, Set<String> content) {}

  static final QuoteWords NONE = new QuoteWords(Set.of(), " ", Set.of(), List.of());

  /** Quotes are bounded before reading; the start of a long quote is enough to recognize it. */
  static final int MAX_CHARS = 2_000;

  /** A fragment this long is a quotation of its own, not an outlet's verbatim excerpt of one. */
  static final int MAX_FRAGMENT_WORDS = 12;

  /** Fragments kept per quote, so a quote full of quotation marks cannot make comparisons slow. */
  static final int MAX_FRAGMENTS = 16;

  static final Set<String> STOP_WORDS = frozen(Set.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
      "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
      "these", "those", "we", "our", "us", "you", "your", "he", "his", "him", "she", "her", "they",
      "their", "them", "i", "me", "my", "will", "would", "should", "could", "can", "have", "has",
      "had", "do", "does", "did", "not", "no", "so", "very", "also", "all", "there", "what", "which",
      "who", "about", "into", "than", "then", "said", "says", "just", "more", "must", "may", "might",
      "now", "one", "get", "got", "like", "want", "make", "going", "any", "some", "out", "up"));

  static QuoteWords of(String quote) {
    if (quote == null || quote.isBlank()) {
      return NONE;
    }
    String text = quote;
    if (text.length() > MAX_CHARS) {
      // Cut at a space so the last word is not read as a shorter word.
      int cut = text.lastIndexOf(' ', MAX_CHARS);
      text = text.substring(0, cut > 0 ? cut : MAX_CHARS);
    }
    return new Reader(Normalizer.normalize(text, Normalizer.Form.NFD)).read();
  }

  /** Lower-case words inside a name: "Lula da Silva" is one name, not "Lula", "da" and "Silva". */
  private static final Set<String> NAME_PARTICLES = frozen(Set.of(
      "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le",
      "van", "von", "ter", "ten", "bin", "ibn", "ben", "bint", "al", "el", "ul"));

  static boolean isContentWord(String lowerCased) {
    return lowerCased.length() > 1 && !STOP_WORDS.contains(lowerCased);
  }

  /**
   * Stems of the words seen, shared by all readers: a stream of news repeats a vocabulary of some
   * tens of thousands of words, and stemming each word of each new quote afresh was half the cost
   * of reading it. Bounded: cleared when full, which costs a few recomputations, never a wrong stem.
   */
  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
  static final int MAX_CACHED_STEMS = 100_000;

  private static String stem(SnowballStemmer stemmer, String word) {
    String stem = STEMS.get(word);
    if (stem == null) {
      stem = stemmer.stem(word).toString();
      if (STEMS.size() >= MAX_CACHED_STEMS) {
        STEMS.clear();
      }
      STEMS.put(word, stem);
    }
    return stem;
  }

  /** An unmodifiable hash set: the sets are asked about often and {@code Set.copyOf}'s lookups divide. */
  private static Set<String> frozen(Set<String> words) {
    return words.isEmpty() ? Set.of() : Collections.unmodifiableSet(new HashSet<>(words));
  }

  /** One pass over the characters: words, name runs and quoted fragments. */
  private static final class Reader {

    private final String text;
    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Set<String> content = new HashSet<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<Fragment> fragments = new ArrayList<>();
    private final Set<String> countries = new HashSet<>();
    /** The words of the current run of capitalized words, leading stop words ("In", "The") left out. */
    private final StringBuilder run = new StringBuilder();
    private final StringBuilder word = new StringBuilder();
    private boolean wordCapitalized;
    /** The last word of the current run of capitalized words, or null. */
    private String runLast;
    /** True when only spaces separate the next word from the previous one. */
    private boolean adjacent;
    /** Index into tokens where the open fragment starts, or -1. */
    private int fragmentStart = -1;
    private boolean straightQuoteOpen;

    Reader(String text) {
      this.text = text;
    }

    QuoteWords read() {
      for (int i = 0; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : ' ';
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        if (Character.isLetterOrDigit(c)) {
          if (word.isEmpty()) {
            wordCapitalized = Character.isUpperCase(c);
          }
          word.append(c);
          continue;
        }
        endWord();
        if (c == '“' || c == '«' || (c == '"' && !straightQuoteOpen)) {
          straightQuoteOpen = c == '"';
          fragmentStart = tokens.size();
        } else if (c == '”' || c == '»' || c == '"') {
          straightQuoteOpen = false;
          endFragment();
        }
        if (!Character.isWhitespace(c)) {
          endRun();
        }
      }
      endRun();
      return new QuoteWords(frozen(content), spaced(tokens), frozen(countries), List.copyOf(fragments));
    }

    private void endWord() {
      if (word.isEmpty()) {
        return;
      }
      String w = word.toString().toLowerCase(Locale.ROOT);
      word.setLength(0);
      tokens.add(w);
      if (wordCapitalized && w.length() > 1) {
        if (!adjacent) {
          endRun();
        }
        runLast = w;
        appendToRun(w);
      } else if (runLast != null && adjacent && NAME_PARTICLES.contains(w)) {
        // Inside a name: the run goes on.
        appendToRun(w);
      } else {
        endRun();
        addContent(w);
      }
      adjacent = true;
    }

    private void appendToRun(String w) {
      if (run.isEmpty() && STOP_WORDS.contains(w)) {
        return;
      }
      if (!run.isEmpty()) {
        run.append(' ');
      }
      run.append(w);
    }

    private void endRun() {
      if (runLast != null) {
        addContent(runLast);
        runLast = null;
      }
      if (!run.isEmpty()) {
        String name = run.toString();
        if (PlacePrecision.isCountryName(name)) {
          countries.add(PlacePrecision.fold(name));
        }
        run.setLength(0);
      }
      adjacent = false;
    }

    private void addContent(String w) {
      if (isContentWord(w)) {
        content.add(stem(stemmer, w));
      }
    }

    private static String spaced(List<String> words) {
      return " " + String.join(" ", words) + " ";
    }

    private void endFragment() {
      if (fragmentStart < 0 || fragments.size() >= MAX_FRAGMENTS) {
        fragmentStart = -1;
        return;
      }
      List<String> fragment = tokens.subList(fragmentStart, tokens.size());
      if (fragment.size() <= MAX_FRAGMENT_WORDS) {
        Set<String> stems = new HashSet<>();
        for (String w : fragment) {
          if (isContentWord(w)) {
            stems.add(stem(stemmer, w));
          }
        }
        if (!stems.isEmpty()) {
          fragments.add(new Fragment(spaced(fragment), frozen(stems)));
        }
      }
      fragmentStart = -1;
    }
  }
}
