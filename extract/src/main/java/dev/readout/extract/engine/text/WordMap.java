package dev.readout.extract.engine.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Builds the engine's closed word tables (month names, trigger words), asked about at every token. */
public final class WordMap {

  private WordMap() {}

  /**
   * An unmodifiable hash-backed copy: {@code Map.of}'s lookups place a key with an integer
   * division (see {@link WordSet}), and these tables are read at nearly every token.
   */
  public static <V> Map<String, V> of(Map<String, V> entries) {
    return Collections.unmodifiableMap(new HashMap<>(entries));
  }
}
