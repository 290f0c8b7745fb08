package dev.readout.extract.stream;

import dev.readout.extract.stream.FusionOutput.EventChange;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.EventMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * A {@link LiveFusionProcessor} over in-memory stores that outlive it: {@link #start} makes a new
 * processor over the stores the previous one wrote, as a task restarted on its restored stores.
 */
final class FusionProcessorHarness {

  private final MentionFusion fusion;
  private final Map<String, KeyValueStore<String, ?>> stores = new TreeMap<>();

  FusionProcessorHarness(MentionFusion fusion) {
    this.fusion = fusion;
    Serde<EventMention> mentionSerde = new Topics(Map.of("schema.registry.url", "mock://fusion-harness-" + UUID.randomUUID()))
        .mentions().valueSerde();
    stores.put(ExtractTopology.MENTION_STORE, store(ExtractTopology.MENTION_STORE, mentionSerde));
    for (String name : List.of(ExtractTopology.BLOCKING_INDEX_STORE, ExtractTopology.ASSIGNMENT_STORE,
        ExtractTopology.EVENT_MEMBERS_STORE, ExtractTopology.PENDING_UPSERTS_STORE)) {
      stores.put(name, store(name, Serdes.String()));
    }
    stores.put(ExtractTopology.PROGRESS_STORE, store(ExtractTopology.PROGRESS_STORE, Serdes.Long()));
  }

  private static <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
        .withLoggingDisabled()
        .build();
  }

  KeyValueStore<String, ?> store(String name) {
    return stores.get(name);
  }

  /** A processor started over the shared stores, as a task is after its stores are restored. */
  Started start() {
    MockProcessorContext<String, FusionOutput> context = new MockProcessorContext<>();
    for (KeyValueStore<String, ?> store : stores.values()) {
      if (!store.isOpen()) {
        store.init(context.getStateStoreContext(), store);
      }
      context.addStateStore(store);
    }
    LiveFusionProcessor processor = new LiveFusionProcessor(fusion, 100);
    processor.init(context);
    return new Started(processor, context);
  }

  record Started(LiveFusionProcessor processor, MockProcessorContext<String, FusionOutput> context) {
    void process(EventMention mention) {
      processor.process(new Record<>(mention.getId(), mention, mention.getPublishedAt().toEpochMilli()));
    }

    List<EventChange> eventChanges() {
      List<EventChange> changes = new ArrayList<>();
      for (var forwarded : context.forwarded()) {
        if (forwarded.record().value() instanceof EventChange change) {
          changes.add(change);
        }
      }
      return changes;
    }
  }
}
