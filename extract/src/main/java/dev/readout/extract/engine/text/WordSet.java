package dev.readout.extract.engine.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Builds the engine's closed word lists; repeats are allowed, so lists can be edited freely. */
public final class WordSet {

  private WordSet() {}

  /**
   * An unmodifiable set of these words. Hash-backed rather than {@code Set.copyOf}: the engine
   * asks these sets about almost every token, and the immutable sets' lookups place a key with an
   * integer division (a table of odd size), which made them the engine's largest single cost in a
   * profile of the running service (17 % of its samples); a power-of-two table masks instead.
   */
  public static Set<String> of(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }
}
