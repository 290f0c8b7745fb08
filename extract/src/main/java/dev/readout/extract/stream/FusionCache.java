package dev.readout.extract.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used entries of one fusion task's store, decoded: mentions by id, member
 * lists by event id. Live fusion reads a component's mentions and members again for every mention
 * that joins it; decoding them from RocksDB each time was most of its cost. Written through by
 * the processor, the only writer of its stores, and cleared when the task is (re)initialized, so
 * it never holds what the store does not.
 *
 * @param <V> the decoded value
 */
final class FusionCache<V> {

  /** Enough for the components of several days of a busy feed; about 1 KB per mention. */
  static final int DEFAULT_CAPACITY = 10_000;

  private final LinkedHashMap<String, V> entries;

  FusionCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  V get(String key) {
    return entries.get(key);
  }

  void put(String key, V value) {
    entries.put(key, value);
  }

  void clear() {
    entries.clear();
  }
}
