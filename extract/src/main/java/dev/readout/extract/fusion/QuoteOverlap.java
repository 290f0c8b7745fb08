package dev.readout.extract.fusion;

import java.util.Set;

/**
 * Whether two quotes of one speaker report the same remark, on their {@link QuoteWords}. Either:
 *
 * <ul>
 *   <li>their content words overlap by at least half of the shorter quote's words, and by at
 *       least {@link #MIN_SHARED} words unless the shorter quote has fewer (then by all of them):
 *       the shorter is mostly contained in the longer, the case of an excerpt or a close
 *       paraphrase. Containment rather than Jaccard: one outlet quotes a sentence, another the
 *       whole paragraph. Two shared words are too few: "like" and "talk" joined two different
 *       remarks of one speaker; or
 *   <li>one quote puts words in quotation marks that the other says verbatim, and they share
 *       another content word besides: an outlet paraphrasing a remark ("negotiations would begin
 *       “immediately”") still quotes its key words. A common phrase alone ("within days") is not
 *       a remark, nor are two that name different countries ("very productive" talks with Japan
 *       and with China). The looser test, so the caller asks it only of reports of the same days.
 * </ul>
 */
final class QuoteOverlap {

  static final double MIN_SHARE = 0.5;

  static final int MIN_SHARED = 3;

  private QuoteOverlap() {}

  /** Either test, on the quotes' text: for tests and callers without dates. */
  static boolean overlaps(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    QuoteWords x = QuoteWords.of(a);
    QuoteWords y = QuoteWords.of(b);
    return contained(x, y) || paraphrased(x, y);
  }

  /** The first test: the shorter quote's content words are mostly in the longer. */
  static boolean contained(QuoteWords x, QuoteWords y) {
    Set<String> smaller = smaller(x, y);
    if (smaller.isEmpty()) {
      return false;
    }
    int shared = shared(smaller, larger(x, y));
    return shared >= Math.min(MIN_SHARED, smaller.size()) && shared >= MIN_SHARE * smaller.size();
  }

  /**
   * The second test: a quoted fragment of one said verbatim by the other, a shared word besides,
   * and no different countries named.
   */
  static boolean paraphrased(QuoteWords x, QuoteWords y) {
    Set<String> smaller = smaller(x, y);
    Set<String> larger = larger(x, y);
    return shared(smaller, larger) >= 2 && !nameOtherCountries(x, y)
        && (quotesVerbatim(x, y, smaller, larger) || quotesVerbatim(y, x, smaller, larger));
  }

  /** True when both quotes name countries and no country is named by both. */
  private static boolean nameOtherCountries(QuoteWords x, QuoteWords y) {
    if (x.countries().isEmpty() || y.countries().isEmpty()) {
      return false;
    }
    for (String country : x.countries()) {
      if (y.countries().contains(country)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> smaller(QuoteWords x, QuoteWords y) {
    return x.content().size() <= y.content().size() ? x.content() : y.content();
  }

  private static Set<String> larger(QuoteWords x, QuoteWords y) {
    return x.content().size() <= y.content().size() ? y.content() : x.content();
  }

  private static int shared(Set<String> smaller, Set<String> larger) {
    int shared = 0;
    for (String word : smaller) {
      if (larger.contains(word)) {
        shared++;
      }
    }
    return shared;
  }

  /**
   * True when a quoted fragment of {@code quoting} occurs word for word in {@code quoted} and the
   * quotes share a content word outside that fragment.
   */
  private static boolean quotesVerbatim(QuoteWords quoting, QuoteWords quoted, Set<String> smaller, Set<String> larger) {
    for (QuoteWords.Fragment fragment : quoting.fragments()) {
      if (quoted.words().contains(fragment.words()) && sharesBeyond(fragment.content(), smaller, larger)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharesBeyond(Set<String> fragment, Set<String> smaller, Set<String> larger) {
    for (String word : smaller) {
      if (larger.contains(word) && !fragment.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
