package dev.readout.sink.service;

import static dev.readout.sink.support.TestEvents.LAVROV;
import static dev.readout.sink.support.TestEvents.RUBIO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.schemas.avro.EventType;
import dev.readout.sink.json.EventJson;
import dev.readout.sink.support.Eventually;
import dev.readout.sink.support.SinkHarness;
import dev.readout.sink.support.SseReader;
import dev.readout.sink.support.SseReader.Frame;
import dev.readout.sink.support.TestEvents;
import dev.readout.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** {@code /api/stream} of a sink on a real broker: upserts and deletes as they happen, resumable. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class SinkStreamTest {

  private static final Duration SOON = Duration.ofSeconds(15);
  private static final Instant T0 = Instant.parse("2025-02-18T10:00:00Z");

  private SinkHarness harness;
  private SinkService sink;

  @BeforeAll
  void start() throws Exception {
    harness = new SinkHarness(SinkHarness.Registry.IN_MEMORY);
    sink = harness.startSink();
    harness.awaitReady(sink);
  }

  @AfterAll
  void stop() {
    if (harness != null) harness.close();
  }

  private SseReader connect(String lastEventId) {
    SseReader reader = new SseReader(harness.http(), sink.url() + "/api/stream", lastEventId);
    Eventually.await(SOON, "the stream client is not registered",
        () -> harness.json(sink, "/health").path("live_clients").asInt() > 0 ? true : null);
    return reader;
  }

  private static JsonNode data(Frame f) throws Exception {
    return EventJson.MAPPER.readTree(f.data());
  }

  @Test
  void streamSendsAnUpsertThenADeleteWithIdsAndResumesAfterTheLastSeenId() throws Exception {
    String firstId;
    try (SseReader stream = connect(null)) {
      harness.publish(TestEvents.event("sse-1", EventType.MEETING, T0, RUBIO, LAVROV).build());
      Frame upsert = stream.next(SOON, "an upsert of sse-1");
      assertThat(upsert.event()).isEqualTo("upsert");
      assertThat(upsert.id()).as("an id to resume from").isNotBlank();
      assertThat(data(upsert).path("id").asText()).isEqualTo("sse-1");
      assertThat(data(upsert).path("event").path("participants").get(0).path("name").asText()).isEqualTo("Marco Rubio");

      harness.delete(EventType.MEETING, "sse-1");
      Frame delete = stream.next(SOON, "a delete of sse-1");
      assertThat(delete.event()).isEqualTo("delete");
      assertThat(data(delete).path("id").asText()).isEqualTo("sse-1");
      assertThat(data(delete).path("type").asText()).isEqualTo("MEETING");
      firstId = upsert.id();
    }

    try (SseReader resumed = connect(firstId)) {
      Frame replayed = resumed.next(SOON, "the delete replayed after Last-Event-ID");
      assertThat(replayed.event()).isEqualTo("delete");
      assertThat(data(replayed).path("id").asText()).isEqualTo("sse-1");
      assertThat(resumed.isQuietFor(Duration.ofSeconds(1))).as("nothing replayed twice").isTrue();
    }
  }

  @Test
  void unreadableRecordIsSkippedAndLaterEventsStillArrive() throws Exception {
    try (SseReader stream = connect(null)) {
      harness.publishRaw(Topics.EVENTS_CALL, "garbage", "not avro at all".getBytes(StandardCharsets.UTF_8));
      harness.publish(TestEvents.event("after-garbage", EventType.CALL, T0, RUBIO, LAVROV).build());

      Frame next = stream.next(SOON, "the valid event after an unreadable one");
      assertThat(data(next).path("id").asText()).isEqualTo("after-garbage");
    }
    Eventually.await(SOON, "the valid event after an unreadable one is not stored", () ->
        harness.get(sink, "/api/events/after-garbage").statusCode() == 200 ? true : null);
    assertThat(harness.get(sink, "/api/events/garbage").statusCode()).isEqualTo(404);
    assertThat(harness.json(sink, "/health").path("ready").asBoolean()).as("still healthy").isTrue();
  }

  @Test
  void unknownLastEventIdGetsAReset() throws Exception {
    try (SseReader stream = connect("0.42")) {
      assertThat(stream.next(SOON, "a reset").event()).isEqualTo("reset");
    }
  }
}
