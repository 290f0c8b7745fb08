package dev.readout.extract.engine.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stable slugs for actor ids: {@code person:sergey-lavrov}. */
public final class Slugs {

  /** Names recur (every actor's id is asked for many times per article): bounded, cleared when full. */
  private static final int CACHE_SIZE = 50_000;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Slugs() {}

  /** Lower case, diacritics dropped, every run of other characters one hyphen. */
  public static String slug(String name) {
    String cached = CACHE.get(name);
    if (cached != null) {
      return cached;
    }
    if (CACHE.size() >= CACHE_SIZE) {
      CACHE.clear();
    }
    String slug = compute(name);
    CACHE.put(name, slug);
    return slug;
  }

  private static String compute(String name) {
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
