package dev.readout.extract.engine.gazetteer;

import dev.readout.extract.engine.text.Token;
import dev.readout.extract.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds gazetteer phrases in token sequences: a hash lookup on the first token, then the
 * candidates that start there compared token by token (longest first). Linear in the text.
 * Phrases and tokens are compared without diacritics ({@link Token#folded()}), so an entry matches
 * with or without its accents.
 */
public final class PhraseIndex {

  private final Map<String, List<Phrase>> byFirst = new HashMap<>();

  /** Adds a phrase under every tokenization of its text. */
  public void add(String text, boolean foldCase, Phrase.Kind kind, Object value) {
    List<Token> tokens = Tokenizer.tokenize(text);
    if (tokens.isEmpty()) {
      return;
    }
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = foldCase ? tokens.get(i).foldedLower() : tokens.get(i).folded();
    }
    Phrase p = new Phrase(keys, foldCase, kind, value);
    List<Phrase> list = byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>());
    for (Phrase q : list) {
      if (q.kind() == kind && q.value().equals(value) && java.util.Arrays.equals(q.keys(), keys)) {
        return;
      }
    }
    list.add(p);
    list.sort((a, b) -> Integer.compare(b.length(), a.length()));
  }

  /**
   * The longest phrases that start at token {@code i} and end before {@code limit}; all of the same
   * (longest) length, possibly of several kinds. Empty when none.
   */
  public List<Phrase> longestAt(List<Token> tokens, int i, int limit) {
    Token first = tokens.get(i);
    String key = first.folded();
    List<Phrase> exact = byFirst.get(key);
    String lower = first.foldedLower();
    List<Phrase> folded = lower.equals(key) ? null : byFirst.get(lower);
    List<Phrase> out = new ArrayList<>(2);
    int best = 0;
    best = collect(exact, tokens, i, limit, out, best);
    best = collect(folded, tokens, i, limit, out, best);
    String word = key;
    if (word.length() > 3 && hasNoLowerCase(word)) {
      // "LIMA (AP) —", "ADDIS ABABA, Jan. 28": a name set in capitals, as datelines and headlines write it
      String titled = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
      collect(byFirst.get(titled), tokens, i, limit, out, best);
    }
    if (out.size() > 1) {
      int max = 0;
      for (Phrase p : out) {
        max = Math.max(max, p.length());
      }
      final int m = max;
      out.removeIf(p -> p.length() < m);
    }
    return out;
  }

  private static int collect(List<Phrase> candidates, List<Token> tokens, int i, int limit, List<Phrase> out,
      int best) {
    if (candidates == null) {
      return best;
    }
    for (Phrase p : candidates) {
      if (p.length() < best) {
        break;
      }
      if (matches(p, tokens, i, limit)) {
        out.add(p);
        best = p.length();
      }
    }
    return best;
  }

  private static boolean matches(Phrase p, List<Token> tokens, int i, int limit) {
    if (i + p.length() > limit) {
      return false;
    }
    String[] keys = p.keys();
    for (int k = 0; k < keys.length; k++) {
      Token t = tokens.get(i + k);
      if (p.foldCase() ? !t.foldedLower().equals(keys[k]) : !matchesName(t.folded(), keys[k])) {
        return false;
      }
    }
    return true;
  }

  /** A name matches as written, or in upper case in a headline-style text. */
  private static boolean matchesName(String text, String key) {
    // The capitals check first: it fails at once for most names, and upper-casing the key allocates.
    return text.equals(key) || (text.length() > 1 && key.length() > 3 && hasNoLowerCase(text)
        && text.equals(key.toUpperCase(Locale.ROOT)));
  }

  // A loop, not a stream: asked at every token of more than three letters.
  private static boolean hasNoLowerCase(String text) {
    for (int c = 0; c < text.length(); c++) {
      if (Character.isLowerCase(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }
}
