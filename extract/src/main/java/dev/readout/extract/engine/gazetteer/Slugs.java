package dev.readout.extract.engine.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/** Stable slugs for actor ids: {@code person:sergey-lavrov}. */
public final class Slugs {

  private Slugs() {}

  /** Lower case, diacritics dropped, every run of other characters one hyphen. */
  public static String slug(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(folded.length());
    boolean dash = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
        dash = false;
      } else if (c == '\'' || c == '’' || c == '.') {
        continue;
      } else if (!dash && b.length() > 0) {
        b.append('-');
        dash = true;
      }
    }
    int len = b.length();
    if (len > 0 && b.charAt(len - 1) == '-') {
      b.setLength(len - 1);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
