package dev.readout.sink.service;

import static dev.readout.sink.support.TestEvents.LAVROV;
import static dev.readout.sink.support.TestEvents.RUBIO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventType;
import dev.readout.sink.support.Eventually;
import dev.readout.sink.support.SinkHarness;
import dev.readout.sink.support.TestEvents;
import dev.readout.sink.topology.SinkTopology;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** Two sink instances sharing the partitions: every instance answers for all events. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class SinkClusterTest {

  private static final Duration SOON = Duration.ofSeconds(60);
  private static final int EVENTS = 24;

  private SinkHarness harness;
  private SinkService a;
  private SinkService b;
  private final List<String> ids = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    harness = new SinkHarness(SinkHarness.Registry.IN_MEMORY);
    a = harness.startSink();
    b = harness.startSink();
    harness.awaitReady(a, b);
    Eventually.await(SOON, "the two instances do not share the event partitions", () ->
        a.streamsService().streams().streamsMetadataForStore(SinkTopology.EVENTS_STORE).size() == 2
            && a.streamsService().state() == KafkaStreams.State.RUNNING
            && b.streamsService().state() == KafkaStreams.State.RUNNING ? true : null);
    Instant t0 = Instant.parse("2025-02-18T10:00:00Z");
    for (int i = 0; i < EVENTS; i++) {
      String id = "cluster-" + i;
      ids.add(id);
      harness.publish(TestEvents.event(id, EventType.MEETING, t0.plusSeconds(i), RUBIO, LAVROV).build());
    }
  }

  @AfterAll
  void stop() {
    if (harness != null) harness.close();
  }

  private boolean ownedBy(SinkService owner, String id) {
    return owner.streamsService().streams()
        .queryMetadataForKey(SinkTopology.EVENTS_STORE, id, Serdes.String().serializer())
        .activeHost().equals(owner.hostInfo());
  }

  @Test
  void listsFanOutToEveryInstance() {
    for (SinkService sink : List.of(a, b)) {
      Eventually.await(SOON, "instance " + sink.url() + " does not list all " + EVENTS + " events", () ->
          harness.json(sink, "/api/events?limit=100").path("total").asInt() == EVENTS ? true : null);
      assertThat(harness.json(sink, "/api/events?limit=5").path("events").get(0).path("id").asText())
          .as("newest first across instances").isEqualTo("cluster-" + (EVENTS - 1));
      assertThat(harness.json(sink, "/api/actors").path("actors").get(0).path("total").asInt())
          .as("actor counts summed across instances").isEqualTo(EVENTS);
    }
  }

  @Test
  void keyLookupIsForwardedToTheOwningInstance() {
    long ownedByB = ids.stream().filter(id -> ownedBy(b, id)).count();
    assertThat(ownedByB).as("both instances own some events (else nothing is forwarded)").isBetween(1L, EVENTS - 1L);

    for (String id : ids) {
      for (SinkService asked : List.of(a, b)) {
        HttpResponse<String> response = Eventually.await(SOON, id + " is not found through " + asked.url(), () -> {
          HttpResponse<String> r = harness.get(asked, "/api/events/" + id);
          return r.statusCode() == 200 ? r : null;
        });
        assertThat(response.body()).contains("\"id\":\"" + id + "\"");
      }
    }
    assertThat(harness.get(a, "/api/events/cluster-none").statusCode()).as("unknown id still 404").isEqualTo(404);
  }
}
