package dev.readout.extract.engine.text;

import java.util.Arrays;
import java.util.Set;

/** Builds the engine's closed word lists; repeats are allowed, so lists can be edited freely. */
public final class WordSet {

  private WordSet() {}

  /** An immutable set of these words. */
  public static Set<String> of(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }
}
