package dev.readout.sink.service;

import static dev.readout.sink.support.TestEvents.LAVROV;
import static dev.readout.sink.support.TestEvents.PUTIN;
import static dev.readout.sink.support.TestEvents.RUBIO;
import static dev.readout.sink.support.TestEvents.TRUMP;
import static dev.readout.sink.support.TestEvents.ZELENSKYY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.sink.support.Eventually;
import dev.readout.sink.support.SinkHarness;
import dev.readout.sink.support.TestEvents;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** The HTTP API of a sink running on a real broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class SinkApiTest {

  private static final Instant T0 = Instant.parse("2025-02-10T08:00:00Z");
  private static final Duration SOON = Duration.ofSeconds(30);

  private SinkHarness harness;
  private SinkService sink;
  private final List<Event> seeded = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    harness = new SinkHarness(SinkHarness.Registry.LOCAL);
    sink = harness.startSink();
    harness.awaitReady(sink);
    for (int i = 0; i < 12; i++) {
      seeded.add(TestEvents.event("api-meeting-" + i, EventType.MEETING, T0.plusSeconds(3600L * i), RUBIO, LAVROV).build());
    }
    seeded.add(TestEvents.event("api-call", EventType.CALL, T0.plusSeconds(600), TRUMP, PUTIN, ZELENSKYY)
        .setStatus(EventStatus.PLANNED).setDate(LocalDate.parse("2025-02-12")).build());
    seeded.add(TestEvents.statement("api-statement", T0.plusSeconds(900), LAVROV, "Sanctions must be lifted first").build());
    seeded.forEach(harness::publish);
    harness.publish(TestEvents.mention("api-call", T0.plusSeconds(600)).setType(EventType.CALL)
        .setTrigger("spoke by phone").setSentence("Trump spoke by phone with Putin and Zelenskyy.").build());
    Eventually.await(SOON, "the seeded events are not all listed", () ->
        harness.json(sink, "/api/events?limit=100").path("total").asInt() == seeded.size() ? true : null);
  }

  @AfterAll
  void stop() {
    if (harness != null) harness.close();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("events").forEach(e -> ids.add(e.path("id").asText()));
    return ids;
  }

  @Test
  void listIsNewestFirstAndPagesWalkThroughEveryEventOnce() {
    List<String> walked = new ArrayList<>();
    for (int offset = 0; offset < seeded.size(); offset += 5) {
      JsonNode page = harness.json(sink, "/api/events?limit=5&offset=" + offset);
      assertThat(page.path("total").asInt()).isEqualTo(seeded.size());
      walked.addAll(ids(page));
    }

    assertThat(walked).as("every seeded event exactly once").hasSize(seeded.size()).doesNotHaveDuplicates();
    assertThat(walked.get(0)).as("the latest report comes first").isEqualTo("api-meeting-11");
    assertThat(walked.subList(0, 3)).containsExactly("api-meeting-11", "api-meeting-10", "api-meeting-9");
  }

  @Test
  void filtersNarrowTheList() {
    assertThat(ids(harness.json(sink, "/api/events?type=CALL"))).containsExactly("api-call");
    assertThat(ids(harness.json(sink, "/api/events?status=PLANNED"))).containsExactly("api-call");
    assertThat(ids(harness.json(sink, "/api/events?country=UKR"))).containsExactly("api-call");
    assertThat(ids(harness.json(sink, "/api/events?actor=lavrov&type=STATEMENT"))).containsExactly("api-statement");
    assertThat(ids(harness.json(sink, "/api/events?q=sanctions"))).containsExactly("api-statement");
    assertThat(ids(harness.json(sink, "/api/events?from=2025-02-12&to=2025-02-12"))).containsExactly("api-call");
    assertThat(harness.json(sink, "/api/events?type=MEETING&limit=1").path("total").asInt()).isEqualTo(12);
  }

  @Test
  void badFilterIsRejectedWithAMessage() {
    HttpResponse<String> response = harness.get(sink, "/api/events?type=PARTY");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("type must be one of").contains("PARTY");
  }

  @Test
  void unknownEventIs404() {
    HttpResponse<String> response = harness.get(sink, "/api/events/no-such-event");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("no event with id 'no-such-event'");
  }

  @Test
  void eventDetailCarriesItsMentionsAsEvidence() {
    JsonNode call = Eventually.await(SOON, "the call's evidence is not attached", () -> {
      JsonNode e = harness.json(sink, "/api/events/api-call");
      return e.path("mentions").size() == 1 ? e : null;
    });

    assertThat(call.path("type").asText()).isEqualTo("CALL");
    assertThat(call.path("participants")).hasSize(3);
    JsonNode evidence = call.path("mentions").get(0);
    assertThat(evidence.path("sentence").asText()).isEqualTo("Trump spoke by phone with Putin and Zelenskyy.");
    assertThat(evidence.path("trigger").asText()).isEqualTo("spoke by phone");
    assertThat(evidence.path("source").asText()).isEqualTo("Example News");
    assertThat(evidence.path("url").asText()).isEqualTo("https://news.example/api-call");
    assertThat(evidence.path("published_at").asText()).isEqualTo("2025-02-10T08:10:00Z");
  }

  @Test
  void actorsAreCountedByEventType() {
    JsonNode actors = harness.json(sink, "/api/actors");
    JsonNode lavrov = find(actors, LAVROV.getId());
    JsonNode putin = find(actors, PUTIN.getId());

    assertThat(lavrov.path("counts").path("MEETING").asInt()).isEqualTo(12);
    assertThat(lavrov.path("counts").path("STATEMENT").asInt()).isEqualTo(1);
    assertThat(lavrov.path("total").asInt()).isEqualTo(13);
    assertThat(putin.path("counts").path("CALL").asInt()).isEqualTo(1);
    assertThat(actors.path("actors").get(0).path("id").asText()).as("most active first").isEqualTo(LAVROV.getId());
  }

  private static JsonNode find(JsonNode actors, String id) {
    for (JsonNode a : actors.path("actors")) {
      if (a.path("id").asText().equals(id)) return a;
    }
    throw new AssertionError("actor " + id + " missing from " + actors);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/", "/js/app.js", "/api/events", "/api/events/no-such-event", "/health")) {
      HttpResponse<String> response = harness.get(sink, path);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as("CSP on " + path).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as("nosniff on " + path).contains("nosniff");
    }
  }

  @Test
  void dashboardIsServedFromTheJar() {
    HttpResponse<String> page = harness.get(sink, "/");
    HttpResponse<String> script = harness.get(sink, "/js/app.js");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script type=\"module\" src=\"/js/app.js\">");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
  }

  @Test
  void healthSaysReadyAndMetricsArePrometheusText() {
    JsonNode health = harness.json(sink, "/health");
    HttpResponse<String> metrics = harness.get(sink, "/metrics");

    assertThat(health.path("ready").asBoolean()).isTrue();
    assertThat(health.path("state").asText()).isEqualTo("RUNNING");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory").contains("readout_sink_live_clients");
  }
}
