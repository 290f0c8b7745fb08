package dev.readout.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When two written names are the same actor (EVENTS.md "Scoring"): with case, diacritics and a
 * final "yy"/"y" folded and particles dropped, their last words agree, or one name's words are
 * all among the other's. So "Zelensky" is "Volodymyr Zelenskyy" and "Lula" is "Luiz Inácio Lula
 * da Silva". Dots inside abbreviations are dropped ("U.S." is "us"); hyphens split words
 * ("al-Sisi" is "sisi").
 */
public final class ActorNames {

  private static final Set<String> PARTICLES = Set.of(
      "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le",
      "van", "von", "ter", "ten", "bin", "ibn", "ben", "bint", "al", "el", "ul", "y");

  private ActorNames() {}

  public static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.getLast().equals(y.getLast()) || y.containsAll(x) || x.containsAll(y);
  }

  /** The folded words of a name, particles dropped: "Luiz Inácio Lula da Silva" is [luiz, inacio, lula, silva]. */
  public static List<String> words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '.' || c == '\'' || c == '’') {
        continue; // diacritics, abbreviation dots and apostrophes fold away
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else {
        flush(word, words);
      }
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.isEmpty()) {
      return;
    }
    String w = word.toString();
    word.setLength(0);
    if (PARTICLES.contains(w)) {
      return;
    }
    if (w.length() > 2 && w.endsWith("yy")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 1 && w.endsWith("y")) {
      w = w.substring(0, w.length() - 1);
    }
    words.add(w);
  }
}
