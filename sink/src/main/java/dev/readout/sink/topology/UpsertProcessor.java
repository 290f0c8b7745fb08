package dev.readout.sink.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies a compacted topic to a key-value store: a value replaces the key's entry, a tombstone
 * (null value) deletes it. Records without a key cannot address an entry and are dropped.
 */
final class UpsertProcessor<K, V> implements Processor<K, V, Void, Void> {

  private final String storeName;
  private KeyValueStore<K, V> store;

  UpsertProcessor(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<K, V> record) {
    if (record.key() == null) {
      return;
    }
    if (record.value() == null) {
      store.delete(record.key());
    } else {
      store.put(record.key(), record.value());
    }
  }
}
