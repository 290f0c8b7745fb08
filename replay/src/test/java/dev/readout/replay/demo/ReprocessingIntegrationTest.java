package dev.readout.replay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.replay.ReplaySummary;
import dev.readout.replay.pacing.Speed;
import dev.readout.replay.progress.ReplayProgress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole pipeline (broker, registry, ingest, extract, sink) fed by the sample feed: a second
 * replay of the same feed leaves the compacted event topics exactly as the first left them.
 */
@Timeout(900)
class ReprocessingIntegrationTest {

  private static final Path FEED = Path.of(System.getProperty("basedir", ".")).resolve("../samples/feed").normalize();
  private static final Duration QUIET = Duration.ofSeconds(15);
  private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

  private static Demo demo;

  @BeforeAll
  static void startPipeline() {
    demo = Demo.start(new DemoOptions(List.of(FEED.toString()), Speed.MAX, null, null, 0, 0, 0), line -> {});
  }

  @AfterAll
  static void stopPipeline() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void replayingTheSameFeedTwiceLeavesTheEventTopicsAsAfterOneReplay() throws Exception {
    ReplaySummary first = demo.replay(ReplayProgress.SILENT);
    assertThat(first.published()).as("articles published by the first replay").isEqualTo(24);
    awaitQuiet();
    Map<String, String> afterOne = compactedEvents();
    assertThat(afterOne.keySet()).as("events extracted from the sample feed")
        .anyMatch(k -> k.startsWith("meeting/")).anyMatch(k -> k.startsWith("statement/"));

    ReplaySummary second = demo.replay(ReplayProgress.SILENT);
    assertThat(second.published()).as("articles published by the second replay").isEqualTo(24);
    awaitQuiet();
    Map<String, String> afterTwo = compactedEvents();

    assertThat(afterTwo).as("the event topics' latest value per key after a second replay").isEqualTo(afterOne);
    assertThat(dashboardEvents()).as("the sink's API serves the events").contains("\"id\"");
  }

  /** Waits until no event has changed for a while: extract has caught up. */
  private static void awaitQuiet() throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
    long changes = -1;
    long quietSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long now = demo.tally().changes();
      if (now != changes || now == 0) {
        changes = now;
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > QUIET.toNanos()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("events still changing after " + SETTLE_TIMEOUT.toMinutes() + " min: " + demo.tally().summary());
  }

  /** {@code <type>/<event id>} to the latest value (hex, or "tombstone"), as compaction will leave it. */
  private static Map<String, String> compactedEvents() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, demo.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "reprocessing-test-" + UUID.randomUUID());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    Map<String, String> latest = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = EventWatcher.TOPICS.stream()
          .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
          .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          String type = r.topic().substring(r.topic().lastIndexOf('.') + 1);
          latest.put(type + "/" + r.key(), r.value() == null ? "tombstone" : Arrays.toString(r.value()));
        }
      }
    }
    return latest;
  }

  private static String dashboardEvents() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(demo.dashboardUrl() + "api/events")).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET /api/events").isEqualTo(200);
    return response.body();
  }
}
