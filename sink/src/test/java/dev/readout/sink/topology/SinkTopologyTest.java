package dev.readout.sink.topology;

import static dev.readout.sink.support.TestEvents.LAVROV;
import static dev.readout.sink.support.TestEvents.PUTIN;
import static dev.readout.sink.support.TestEvents.RUBIO;
import static dev.readout.sink.support.TestEvents.TRUMP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.sink.support.AvroBinarySerde;
import dev.readout.sink.support.TestEvents;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {

  private static final Instant T0 = Instant.parse("2025-02-18T10:00:00Z");

  private final Serde<Event> eventSerde = AvroBinarySerde.of(Event.class);
  private final Serde<EventMention> mentionSerde = AvroBinarySerde.of(EventMention.class);
  private TopologyTestDriver driver;
  private TestInputTopic<String, Event> meetings;
  private TestInputTopic<String, Event> calls;
  private TestInputTopic<String, Event> statements;
  private TestInputTopic<String, EventMention> mentions;
  private KeyValueStore<String, Event> events;
  private KeyValueStore<String, EventMention> evidence;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, SinkTopology.APPLICATION_ID);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(SinkTopology.build(eventSerde, mentionSerde), props);
    meetings = input(Topics.EVENTS_MEETING);
    calls = input(Topics.EVENTS_CALL);
    statements = input(Topics.EVENTS_STATEMENT);
    mentions = driver.createInputTopic(Topics.MENTIONS, Serdes.String().serializer(), mentionSerde.serializer());
    events = driver.getKeyValueStore(SinkTopology.EVENTS_STORE);
    evidence = driver.getKeyValueStore(SinkTopology.MENTIONS_STORE);
  }

  private TestInputTopic<String, Event> input(String topic) {
    return driver.createInputTopic(topic, Serdes.String().serializer(), eventSerde.serializer());
  }

  private static long count(KeyValueStore<String, ?> store) {
    long n = 0;
    try (var all = store.all()) {
      while (all.hasNext()) {
        all.next();
        n++;
      }
    }
    return n;
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void laterUpsertReplacesTheStoredEvent() {
    Event planned = TestEvents.event("e1", EventType.MEETING, T0, RUBIO, LAVROV).setStatus(EventStatus.PLANNED).build();
    Event occurred = TestEvents.event("e1", EventType.MEETING, T0.plusSeconds(3600), RUBIO, LAVROV).build();

    meetings.pipeInput("e1", planned);
    meetings.pipeInput("e1", occurred);

    assertThat(events.get("e1")).isEqualTo(occurred);
    assertThat(count(events)).isEqualTo(1);
  }

  @Test
  void tombstoneDeletesTheEvent() {
    calls.pipeInput("c1", TestEvents.event("c1", EventType.CALL, T0, TRUMP, PUTIN).build());
    calls.pipeInput("c2", TestEvents.event("c2", EventType.CALL, T0, TRUMP, PUTIN).build());

    calls.pipeInput("c1", (Event) null);

    assertThat(events.get("c1")).as("event merged away by a tombstone").isNull();
    assertThat(events.get("c2")).isNotNull();
  }

  @Test
  void eventsOfEveryTypeLandInOneStore() {
    meetings.pipeInput("m", TestEvents.event("m", EventType.MEETING, T0, RUBIO, LAVROV).build());
    calls.pipeInput("c", TestEvents.event("c", EventType.CALL, T0, TRUMP, PUTIN).build());
    statements.pipeInput("s", TestEvents.statement("s", T0, LAVROV, "We are ready to talk.").build());

    assertThat(events.get("m").getType()).isEqualTo(EventType.MEETING);
    assertThat(events.get("c").getType()).isEqualTo(EventType.CALL);
    assertThat(events.get("s").getQuote()).isEqualTo("We are ready to talk.");
  }

  @Test
  void recordWithoutKeyIsIgnored() {
    meetings.pipeInput((String) null, TestEvents.event("nokey", EventType.MEETING, T0, RUBIO, LAVROV).build());

    assertThat(count(events)).isZero();
  }

  @Test
  void mentionsAreKeptAsEvidenceUntilTombstoned() {
    EventMention mention = TestEvents.mention("e1", T0).build();

    mentions.pipeInput(mention.getId(), mention);
    assertThat(evidence.get("m-e1")).isEqualTo(mention);

    mentions.pipeInput(mention.getId(), (EventMention) null);
    assertThat(evidence.get("m-e1")).isNull();
  }

  @Test
  void everyProcessorAndStoreIsNamedByTheSinkPrefix() {
    String description = SinkTopology.build(eventSerde, mentionSerde).describe().toString();

    assertThat(description)
        .contains(SinkTopology.EVENTS_SOURCE, SinkTopology.EVENTS_PROCESSOR, SinkTopology.EVENTS_STORE)
        .contains(SinkTopology.MENTIONS_SOURCE, SinkTopology.MENTIONS_PROCESSOR, SinkTopology.MENTIONS_STORE)
        .doesNotContain("KSTREAM-", "KTABLE-");
  }
}
