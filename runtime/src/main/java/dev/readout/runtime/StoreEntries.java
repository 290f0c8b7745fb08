package dev.readout.runtime;

import java.util.function.BiPredicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** Bulk deletion from a key-value store, for the processors that expire or rebuild their stores. */
public final class StoreEntries {

  private StoreEntries() {}

  /**
   * Deletes the entries {@code which} accepts, in one pass. A store's iterator is safe from
   * concurrent modification (the {@link KeyValueStore#all()} contract), so nothing is collected
   * first: a store of millions of entries costs no list of millions of keys.
   *
   * @return how many were deleted
   */
  public static <K, V> int deleteWhere(KeyValueStore<K, V> store, BiPredicate<K, V> which) {
    int deleted = 0;
    try (KeyValueIterator<K, V> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<K, V> entry = all.next();
        if (which.test(entry.key, entry.value)) {
          store.delete(entry.key);
          deleted++;
        }
      }
    }
    return deleted;
  }

  /** Deletes every entry. */
  public static <K, V> int deleteAll(KeyValueStore<K, V> store) {
    return deleteWhere(store, (key, value) -> true);
  }
}
