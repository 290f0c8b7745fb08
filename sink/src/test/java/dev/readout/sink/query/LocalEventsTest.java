package dev.readout.sink.query;

import static dev.readout.sink.support.TestEvents.LAVROV;
import static dev.readout.sink.support.TestEvents.PUTIN;
import static dev.readout.sink.support.TestEvents.RUBIO;
import static dev.readout.sink.support.TestEvents.TRUMP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.sink.support.AvroBinarySerde;
import dev.readout.sink.support.TestEvents;
import dev.readout.sink.topology.SinkTopology;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queries over the events store as the topology fills it. */
class LocalEventsTest {

  private static final Instant T0 = Instant.parse("2025-02-18T10:00:00Z");

  private final Serde<Event> serde = AvroBinarySerde.of(Event.class);
  private TopologyTestDriver driver;
  private LocalEvents local;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, SinkTopology.APPLICATION_ID);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(SinkTopology.build(serde, AvroBinarySerde.of(EventMention.class)), props);
    TestInputTopic<String, Event> meetings =
        driver.createInputTopic(Topics.EVENTS_MEETING, Serdes.String().serializer(), serde.serializer());
    TestInputTopic<String, Event> calls =
        driver.createInputTopic(Topics.EVENTS_CALL, Serdes.String().serializer(), serde.serializer());
    for (int i = 0; i < 10; i++) {
      meetings.pipeInput("m" + i, TestEvents.event("m" + i, EventType.MEETING, T0.plusSeconds(60L * i), RUBIO, LAVROV).build());
    }
    calls.pipeInput("c0", TestEvents.event("c0", EventType.CALL, T0.plusSeconds(30), TRUMP, PUTIN).build());
    local = new LocalEvents(driver.getKeyValueStore(SinkTopology.EVENTS_STORE));
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static List<String> ids(EventPage page) {
    return page.events().stream().map(Event::getId).toList();
  }

  @Test
  void pagesAreNewestFirstAndCountEveryMatch() {
    EventPage first = local.page(EventQuery.all().page(3, 0));
    EventPage second = local.page(EventQuery.all().page(3, 3));

    assertThat(first.total()).isEqualTo(11);
    assertThat(ids(first)).containsExactly("m9", "m8", "m7");
    assertThat(ids(second)).containsExactly("m6", "m5", "m4");
  }

  @Test
  void filterNarrowsThePageAndTheTotal() {
    EventPage calls = local.page(EventQuery.parse(Map.of("type", List.of("CALL"))));

    assertThat(calls.total()).isEqualTo(1);
    assertThat(ids(calls)).containsExactly("c0");
  }

  @Test
  void offsetPastTheEndGivesAnEmptyPageWithTheTotal() {
    EventPage page = local.page(EventQuery.all().page(5, 50));

    assertThat(page.events()).isEmpty();
    assertThat(page.total()).isEqualTo(11);
  }

  @Test
  void actorsAreCountedByEventType() {
    Map<String, ActorTally> actors = local.actors(EventQuery.all());

    assertThat(actors.get(RUBIO.getId()).count(EventType.MEETING)).isEqualTo(10);
    assertThat(actors.get(RUBIO.getId()).count(EventType.CALL)).isZero();
    assertThat(actors.get(PUTIN.getId()).count(EventType.CALL)).isEqualTo(1);
    assertThat(actors.get(PUTIN.getId()).country()).isEqualTo("RUS");
    assertThat(actors).hasSize(4);
  }
}
