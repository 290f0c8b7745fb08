package dev.readout.extract.stream;

import dev.readout.schemas.avro.EventMention;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used mentions of one fusion task, decoded. Live fusion reads a component's
 * mentions again for every mention that joins it; decoding them from RocksDB each time was most
 * of its cost. Written through by the processor, the only writer of the mention store, and
 * cleared when the task is (re)initialized, so it never holds what the store does not.
 */
final class MentionCache {

  /** Enough for the components of several days of a busy feed; about 1 KB per mention. */
  static final int DEFAULT_CAPACITY = 10_000;

  private final LinkedHashMap<String, EventMention> entries;

  MentionCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, EventMention> eldest) {
        return size() > capacity;
      }
    };
  }

  EventMention get(String id) {
    return entries.get(id);
  }

  void put(EventMention mention) {
    entries.put(mention.getId(), mention);
  }

  void remove(String id) {
    entries.remove(id);
  }

  void clear() {
    entries.clear();
  }

  int size() {
    return entries.size();
  }
}
