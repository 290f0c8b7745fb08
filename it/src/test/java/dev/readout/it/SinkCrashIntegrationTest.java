package dev.readout.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.sink.json.EventJson;
import dev.readout.sink.service.SinkService;
import dev.readout.testkit.CommittedRecords;
import dev.readout.testkit.CorpusArticles;
import dev.readout.testkit.RegistryExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink service killed as {@code kill -9} does (a child JVM ended with {@code
 * destroyForcibly}) while it materializes the event topics: real events (the offline extraction
 * and fusion of the test articles) arrive in two rounds, the second adding the rest, revising
 * some events twice and deleting others. Restarted, its query API answers every event exactly as
 * the event topics, read {@code read_committed} as compacted tables, hold it, and no deleted one.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class SinkCrashIntegrationTest {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final Duration SETTLE = Duration.ofMinutes(3);
  private static final int REVISIONS = 3;

  @RegisterExtension static final RegistryExtension REGISTRY = new RegistryExtension();
  private static List<Event> events;
  private static List<EventMention> mentions;

  @TempDir Path tmp;
  private CrashStage stage;
  private ReadoutConfig config;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void extractRealEvents() {
    OfflineEvents offline = new OfflineEvents(ExtractionEngine.createDefault(), CorpusArticles.all());
    events = offline.events.values().stream().flatMap(m -> m.values().stream()).sorted(Comparator.comparing(Event::getId)).toList();
    mentions = offline.mentions;
    assertThat(events).as("the engine finds events in the test articles").hasSizeGreaterThan(10);
  }

  @BeforeEach
  void startBroker() {
    stage = new CrashStage(tmp, REGISTRY.url());
    config = stage.config();
  }

  @AfterEach
  void stopAll() throws InterruptedException {
    if (stage != null) {
      stage.close();
    }
  }

  /** Starts a sink on {@code stateDir}. */
  private Sink startSink(String name, String stateDir) throws Exception {
    int port = freePort();
    ChildJvm jvm = stage.start(SinkProcess.class, name, stateDir, SinkProcess.READY, STARTUP, ReadoutConfig.HTTP_PORT + "=" + port);
    return new Sink(jvm, "http://127.0.0.1:" + port);
  }

  /** A sink in its child JVM and the base URL of its API. */
  private record Sink(ChildJvm jvm, String url) {}

  @Test
  void sinkKilledWhileMaterializingAndRestartedOnItsStateAnswersEveryEventAsTheTopicsHoldIt() throws Exception {
    crashAndRestart("state-1", "a restart on the same state directory");
  }

  @Test
  void sinkRestartedOnAnEmptyStateDirectoryRebuildsEveryEventFromTheTopics() throws Exception {
    crashAndRestart("state-2", "a restart on a new, empty state directory (the disk lost)");
  }

  private void crashAndRestart(String restartStateDir, String restart) throws Exception {
    Sink started = startSink("sink-1", "state-1");
    String first = started.url();
    ChildJvm doomed = started.jvm();
    Topics topics = new Topics(config.serdeConfig());
    List<Event> firstRound = events.subList(0, events.size() / 2);
    try (KafkaProducer<String, Event> producer = new KafkaProducer<>(
            config.producerProperties(), new StringSerializer(), topics.events(EventType.MEETING).valueSerde().serializer());
        KafkaProducer<String, EventMention> mentionProducer = new KafkaProducer<>(
            config.producerProperties(), new StringSerializer(), topics.mentions().valueSerde().serializer());
        CommittedRecords onTopics = new CommittedRecords(config.consumerProperties("it-reader-" + UUID.randomUUID()), topics)) {
      mentions.forEach(m -> mentionProducer.send(new ProducerRecord<>(Topics.MENTIONS, m.getId(), m)));
      mentionProducer.flush();
      firstRound.forEach(e -> upsert(producer, topics, e));
      producer.flush();
      awaitTotal(first, n -> n > 0, "the sink answers some events of the first round");

      long answeredBeforeSecondRound = total(first);

      // The second round: the rest, three revisions of each early event, every fifth one deleted.
      events.subList(events.size() / 2, events.size()).forEach(e -> upsert(producer, topics, e));
      int produced = events.size();
      for (int revision = 1; revision <= REVISIONS; revision++) {
        for (int i = 0; i < firstRound.size(); i++) {
          Event e = firstRound.get(i);
          if (i % 5 != 0) {
            upsert(producer, topics, revised(e, revision));
            produced++;
          }
        }
      }
      for (int i = 0; i < firstRound.size(); i += 5) {
        Event e = firstRound.get(i);
        producer.send(new ProducerRecord<>(topics.events(e.getType()).name(), e.getId(), null));
        produced++;
      }
      producer.flush();
      doomed.kill();
      System.out.printf("killed the sink while it materialized the second round (%d events answered before it,"
          + " %d of %d event records committed as consumed)%n", answeredBeforeSecondRound, committedEventRecords(), produced);

      String restarted = startSink("sink-restarted", restartStateDir).url();
      int records = produced;
      onTopics.pollUntil(() -> onTopics.eventRecords().values().stream().mapToInt(List::size).sum() == records,
          SETTLE, () -> "the " + records + " event records produced are readable on the event topics");
      onTopics.drain(Duration.ofSeconds(1));
      Map<String, ObjectNode> truth = new HashMap<>();
      onTopics.events().values().forEach(table -> table.values().forEach(e -> truth.put(e.getId(), EventJson.event(e))));
      String when = "after kill -9 of the sink while it materialized " + records + " event records ("
          + answeredBeforeSecondRound + " events answered before the second round) and " + restart;

      awaitAnswers(restarted, truth, when);
      Set<String> deleted = new TreeSet<>();
      for (int i = 0; i < firstRound.size(); i += 5) {
        deleted.add(firstRound.get(i).getId());
      }
      assertThat(deleted).as("%s: deleted events are off the topics", when).doesNotContainAnyElementsOf(truth.keySet());
      for (String id : deleted) {
        assertThat(get(restarted + "/api/events/" + id).statusCode()).as("%s: GET of deleted event %s", when, id).isEqualTo(404);
      }
      Set<String> mentionIds = new HashSet<>();
      mentions.forEach(m -> mentionIds.add(m.getId()));
      for (Map.Entry<String, ObjectNode> expected : truth.entrySet()) {
        HttpResponse<String> response = get(restarted + "/api/events/" + expected.getKey());
        assertThat(response.statusCode()).as("%s: GET of event %s: %s", when, expected.getKey(), response.body()).isEqualTo(200);
        ObjectNode answer = (ObjectNode) EventJson.MAPPER.readTree(response.body());
        JsonNode evidence = answer.remove("mentions");
        assertThat(answer).as("%s: event %s as its topic holds it", when, expected.getKey()).isEqualTo(expected.getValue());
        List<String> evidenceIds = new ArrayList<>();
        evidence.forEach(m -> evidenceIds.add(m.path("id").asText()));
        List<String> expectedEvidence = new ArrayList<>();
        expected.getValue().path("mention_ids").forEach(id -> expectedEvidence.add(id.asText()));
        assertThat(evidenceIds).as("%s: the evidence of event %s is its mentions", when, expected.getKey())
            .containsExactlyInAnyOrderElementsOf(expectedEvidence.stream().filter(mentionIds::contains).toList());
      }
    }
  }

  /** Event records the sink's group has committed as consumed: what a restart does not read again. */
  private long committedEventRecords() throws Exception {
    try (Admin admin = Admin.create(config.adminProperties())) {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin
          .listConsumerGroupOffsets("readout-" + SinkService.SERVICE).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
      return offsets.entrySet().stream()
          .filter(e -> e.getKey().topic().startsWith(Topics.EVENTS_PREFIX) && e.getValue() != null)
          .mapToLong(e -> e.getValue().offset()).sum();
    }
  }

  private static void upsert(KafkaProducer<String, Event> producer, Topics topics, Event e) {
    producer.send(new ProducerRecord<>(topics.events(e.getType()).name(), e.getId(), e));
  }

  /** A later report of the same event: reported {@code revision} hours on, a little less sure. */
  private static Event revised(Event e, int revision) {
    return Event.newBuilder(e)
        .setLastReportedAt(e.getLastReportedAt().plusSeconds(3600L * revision))
        .setConfidence(e.getConfidence() / (1 + revision))
        .build();
  }

  /** Pages through {@code GET /api/events} until it answers exactly {@code truth}; fails saying what differs. */
  private void awaitAnswers(String base, Map<String, ObjectNode> truth, String when) throws Exception {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    String difference = "no answer yet";
    while (System.nanoTime() < deadline) {
      Map<String, ObjectNode> answered = allEvents(base);
      if (answered != null) {
        if (answered.equals(truth)) {
          return;
        }
        Set<String> missing = new TreeSet<>(truth.keySet());
        missing.removeAll(answered.keySet());
        Set<String> extra = new TreeSet<>(answered.keySet());
        extra.removeAll(truth.keySet());
        Set<String> differing = new TreeSet<>();
        truth.forEach((id, e) -> {
          if (answered.containsKey(id) && !answered.get(id).equals(e)) differing.add(id);
        });
        difference = "answers " + answered.size() + " of " + truth.size() + " events; missing " + missing
            + ", extra (deleted or unknown) " + extra + ", different from the topic " + differing;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not OK after " + SETTLE.toSeconds() + " s, " + when + ": the sink's API " + difference);
  }

  /** Every event {@code GET /api/events} answers, by id; {@code null} while the sink answers 503. */
  private Map<String, ObjectNode> allEvents(String base) throws IOException, InterruptedException {
    Map<String, ObjectNode> out = new HashMap<>();
    long total = Long.MAX_VALUE;
    for (int offset = 0; offset < total; offset += 500) {
      HttpResponse<String> response = get(base + "/api/events?limit=500&offset=" + offset);
      if (response.statusCode() == 503) {
        return null;
      }
      assertThat(response.statusCode()).as("GET /api/events: %s", response.body()).isEqualTo(200);
      JsonNode page = EventJson.MAPPER.readTree(response.body());
      total = page.path("total").asLong();
      page.path("events").forEach(e -> out.put(e.path("id").asText(), (ObjectNode) e));
    }
    return out;
  }

  private long total(String base) throws IOException, InterruptedException {
    HttpResponse<String> response = get(base + "/api/events?limit=1");
    return response.statusCode() == 200 ? EventJson.MAPPER.readTree(response.body()).path("total").asLong() : -1;
  }

  private void awaitTotal(String base, java.util.function.LongPredicate done, String what) throws Exception {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    long last = -1;
    while (System.nanoTime() < deadline) {
      last = total(base);
      if (done.test(last)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not OK after " + SETTLE.toSeconds() + " s: " + what + " (total " + last + ")");
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    }
  }
}
