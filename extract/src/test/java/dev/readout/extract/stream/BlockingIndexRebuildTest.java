package dev.readout.extract.stream;

import static dev.readout.extract.stream.TestMentions.mention;
import static dev.readout.extract.stream.TestMentions.person;
import static dev.readout.schemas.avro.EventStatus.OCCURRED;
import static dev.readout.schemas.avro.EventType.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.stream.FusionOutput.EventChange;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.EventMention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The blocking-key index is not logged: a fusion task that starts over (after a crash, or on
 * another instance) has its logged stores restored and rebuilds the index from the mention store.
 * These tests start a second processor over the first one's stores, as a restarted task would
 * find them.
 */
class BlockingIndexRebuildTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-03T09:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-03-02");
  private static final Actor RUTO = person("William Ruto", "KEN");
  private static final Actor HASSAN = person("Samia Suluhu Hassan", "TZA");
  private static final Actor MUSEVENI = person("Yoweri Museveni", "UGA");

  private final MentionFusion fusion = new OverlapFusion();
  private Serde<EventMention> mentionSerde;
  private final Map<String, KeyValueStore<String, ?>> stores = new TreeMap<>();

  @BeforeEach
  void createStores() {
    mentionSerde = new Topics(Map.of("schema.registry.url", "mock://index-rebuild-" + UUID.randomUUID()))
        .mentions().valueSerde();
    stores.put(ExtractTopology.MENTION_STORE, store(ExtractTopology.MENTION_STORE, mentionSerde));
    for (String name : List.of(ExtractTopology.BLOCKING_INDEX_STORE, ExtractTopology.ASSIGNMENT_STORE,
        ExtractTopology.EVENT_MEMBERS_STORE, ExtractTopology.PENDING_UPSERTS_STORE)) {
      stores.put(name, store(name, Serdes.String()));
    }
  }

  private static <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
        .withLoggingDisabled()
        .build();
  }

  /** A processor started over the shared stores, as a task is after its stores are restored. */
  private Started start() {
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

  private record Started(LiveFusionProcessor processor, MockProcessorContext<String, FusionOutput> context) {
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

  @SuppressWarnings("unchecked")
  private KeyValueStore<String, String> index() {
    return (KeyValueStore<String, String>) stores.get(ExtractTopology.BLOCKING_INDEX_STORE);
  }

  private Map<String, String> indexEntries() {
    Map<String, String> entries = new TreeMap<>();
    try (KeyValueIterator<String, String> all = index().all()) {
      all.forEachRemaining(entry -> entries.put(entry.key, entry.value));
    }
    return entries;
  }

  @Test
  void indexRebuiltWhenTheTaskStartsHoldsWhatProcessingWrote() {
    Started first = start();
    first.process(mention("m1", "a1", PUBLISHED, MEETING, OCCURRED, DAY, RUTO, HASSAN));
    first.process(mention("m2", "a2", PUBLISHED, MEETING, OCCURRED, DAY, MUSEVENI, HASSAN));
    Map<String, String> written = indexEntries();
    assertThat(written).as("processing indexes each mention under its blocking keys").isNotEmpty();

    for (String key : written.keySet()) {
      index().delete(key); // a restarted task finds no index: it is not logged
    }
    start();

    assertThat(indexEntries()).as("the index rebuilt from the mention store").isEqualTo(written);
  }

  @Test
  void entriesAnEarlierOwnerLeftInTheLocalIndexAreDropped() {
    Started first = start();
    first.process(mention("m1", "a1", PUBLISHED, MEETING, OCCURRED, DAY, RUTO, HASSAN));
    Map<String, String> written = indexEntries();
    index().put("person:someone-else\u0000m-gone", "m-gone"); // a mention the restored stores do not hold

    start();

    assertThat(indexEntries()).as("only the stored mentions are indexed").isEqualTo(written);
  }

  @Test
  void mentionAfterARestartJoinsTheEventStoredBeforeIt() {
    Started first = start();
    first.process(mention("m1", "a1", PUBLISHED, MEETING, OCCURRED, DAY, RUTO, HASSAN));
    for (String key : indexEntries().keySet()) {
      index().delete(key);
    }

    Started restarted = start();
    restarted.process(mention("m2", "a2", PUBLISHED, MEETING, OCCURRED, DAY, HASSAN, RUTO));

    List<EventChange> changes = restarted.eventChanges();
    assertThat(changes).as("one upsert of the event both mentions report").hasSize(1);
    assertThat(changes.get(0).event().getMentionIds())
        .as("the later mention found the earlier one through the rebuilt index")
        .containsExactly("m1", "m2");
  }
}
