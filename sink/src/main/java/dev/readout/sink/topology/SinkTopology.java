package dev.readout.sink.topology;

import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink's topology: the three compacted event topics materialized into one queryable store
 * (upserts put, tombstones delete), and every mention into a global store of evidence.
 *
 * <p>Mentions are keyed by mention id and carry no event id before fusion; the event names its
 * mentions ({@code mention_ids}). A global store lets any instance resolve an event's evidence
 * locally, without a repartition and without a second network hop.
 */
public final class SinkTopology {

  public static final String APPLICATION_ID = "readout-sink";
  public static final String EVENTS_SOURCE = "sink-events-source";
  public static final String EVENTS_PROCESSOR = "sink-events-materializer";
  public static final String EVENTS_STORE = "sink-events-store";
  public static final String MENTIONS_SOURCE = "sink-mentions-source";
  public static final String MENTIONS_PROCESSOR = "sink-mentions-materializer";
  public static final String MENTIONS_STORE = "sink-mentions-store";

  private SinkTopology() {}

  /** The event topics the sink reads, one per event type. */
  public static List<String> eventTopics() {
    return Arrays.stream(EventType.values()).map(Topics::eventTopicName).toList();
  }

  public static Topology build(Topics topics) {
    return build(topics.events(EventType.MEETING).valueSerde(), topics.mentions().valueSerde());
  }

  /** The topology with the given value serdes (all event topics share one value schema). */
  public static Topology build(Serde<Event> eventSerde, Serde<EventMention> mentionSerde) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS_STORE), Serdes.String(), eventSerde));
    builder
        .stream(eventTopics(), Consumed.with(Serdes.String(), eventSerde).withName(EVENTS_SOURCE))
        .process(() -> new UpsertProcessor<String, Event>(EVENTS_STORE), Named.as(EVENTS_PROCESSOR), EVENTS_STORE);

    Topology topology = builder.build();
    // A global store restores from its source topic; a changelog would only duplicate it.
    topology.addGlobalStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MENTIONS_STORE), Serdes.String(), mentionSerde)
            .withLoggingDisabled(),
        MENTIONS_SOURCE,
        Serdes.String().deserializer(),
        mentionSerde.deserializer(),
        Topics.MENTIONS,
        MENTIONS_PROCESSOR,
        () -> new UpsertProcessor<String, EventMention>(MENTIONS_STORE));
    return topology;
  }
}
