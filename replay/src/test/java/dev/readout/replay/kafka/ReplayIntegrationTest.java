package dev.readout.replay.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.replay.ArticleJson;
import dev.readout.replay.Replay;
import dev.readout.replay.ReplayOptions;
import dev.readout.replay.ReplaySummary;
import dev.readout.replay.Selection;
import dev.readout.replay.export.FileExportTarget;
import dev.readout.replay.pacing.Speed;
import dev.readout.replay.pacing.Ticker;
import dev.readout.replay.progress.ReplayProgress;
import dev.readout.schemas.Topics;
import dev.readout.testkit.BrokerExtension;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Replays every source format into a real in-process broker and reads the topic back. */
@Timeout(300)
class ReplayIntegrationTest {

  @RegisterExtension static final BrokerExtension KAFKA = new BrokerExtension();

  @TempDir Path dir;

  @Test
  void aDirectoryArrivesKeyedByIdWithThePublicationTimeAsTimestamp() throws IOException {
    Files.writeString(dir.resolve("af-01.txt"), "The ministers met in Nairobi.\nThey spoke of trade.");
    Files.writeString(dir.resolve("af-01.json"), """
        {"id": "af-01", "source": "Sahel Observer", "url": "https://sahel.example/1", "title": "Nairobi talks",
         "published_at": "2026-02-03T09:15:00Z"}""");
    Files.writeString(dir.resolve("af-02.txt"), "A call took place.");
    Files.writeString(dir.resolve("af-02.json"), "{\"published_at\": \"2026-02-02T07:00:00Z\"}");

    List<ConsumerRecord<String, byte[]>> records = replayAndReadBack(dir.toString(), 2);

    assertThat(records).extracting(ConsumerRecord::key).containsExactly("af-02", "af-01");
    ConsumerRecord<String, byte[]> nairobi = records.get(1);
    assertThat(nairobi.timestamp())
        .as("record timestamp is the article's publication time")
        .isEqualTo(Instant.parse("2026-02-03T09:15:00Z").toEpochMilli());
    JsonNode value = json(nairobi);
    assertThat(value.get("id").asText()).isEqualTo("af-01");
    assertThat(value.get("source").asText()).isEqualTo("Sahel Observer");
    assertThat(value.get("url").asText()).isEqualTo("https://sahel.example/1");
    assertThat(value.get("title").asText()).isEqualTo("Nairobi talks");
    assertThat(value.get("published_at").asText()).isEqualTo("2026-02-03T09:15:00Z");
    assertThat(value.get("text").asText()).isEqualTo("The ministers met in Nairobi.\nThey spoke of trade.");
  }

  @Test
  void jsonLinesAndTheirGzipCopyArriveTheSame() throws IOException {
    Path plain = Files.writeString(dir.resolve("feed.jsonl"), line("j1", "2026-02-05T10:00:00Z") + "\n"
        + line("j2", "2026-02-06T10:00:00Z") + "\n");
    Path gz = dir.resolve("feed.jsonl.gz");
    new Replay(ReplayOptions.AS_FAST_AS_POSSIBLE, Ticker.system(), ReplayProgress.SILENT)
        .run(List.of(plain.toString()), new FileExportTarget(gz, null));

    List<ConsumerRecord<String, byte[]>> fromPlain = replayAndReadBack(plain.toString(), 2);
    List<ConsumerRecord<String, byte[]>> fromGzip = replayAndReadBack(gz.toString(), 2);

    assertThat(fromPlain).extracting(ConsumerRecord::key).containsExactly("j1", "j2");
    assertThat(fromGzip).extracting(ConsumerRecord::key).containsExactly("j1", "j2");
    assertThat(fromGzip).extracting(r -> new String(r.value())).isEqualTo(
        fromPlain.stream().map(r -> new String(r.value())).toList());
    assertThat(fromGzip).extracting(ConsumerRecord::timestamp).isEqualTo(
        fromPlain.stream().map(ConsumerRecord::timestamp).toList());
  }

  @Test
  void rssItemsArriveAsPlainTextArticles() throws Exception {
    List<ConsumerRecord<String, byte[]>> records = replayAndReadBack(resource("feeds/wire.rss"), 2);

    assertThat(records).extracting(ConsumerRecord::key)
        .containsExactly("https://meridian.example/2026/02/18/call", "meridian-0220-montevideo");
    assertThat(json(records.get(1)).get("text").asText())
        .startsWith("The foreign ministers of Brazil and Argentina met in Montevideo on Friday.")
        .doesNotContain("<p>", "alert");
    assertThat(json(records.get(1)).get("source").asText()).isEqualTo("Meridian Wire");
  }

  @Test
  void atomEntriesArrive() throws Exception {
    List<ConsumerRecord<String, byte[]>> records = replayAndReadBack(resource("feeds/ministry.atom"), 2);

    assertThat(records).extracting(ConsumerRecord::key).containsExactly(
        "tag:ministry.example,2026:release-41", "tag:ministry.example,2026:release-42");
    assertThat(records.get(0).timestamp()).isEqualTo(Instant.parse("2026-02-12T07:00:00Z").toEpochMilli());
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineAndTheRestIsPublished() throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
        line("m1", "2026-02-05T10:00:00Z"), "{broken", line("m2", "2026-02-06T10:00:00Z"),
        "{\"id\": \"m3\", \"text\": \"no date\"}", line("m4", "2026-02-07T10:00:00Z")));
    String topic = freshTopic();

    ReplaySummary summary = replay(ReplayOptions.AS_FAST_AS_POSSIBLE, topic, file.toString());

    assertThat(read(topic, 3)).extracting(ConsumerRecord::key).containsExactly("m1", "m2", "m4");
    assertThat(summary.published()).isEqualTo(3);
    assertThat(summary.problems()).extracting(p -> p.location()).containsExactly(file + ":2", file + ":4");
    assertThat(summary.exitCode()).as("some input was unreadable").isEqualTo(2);
  }

  @Test
  void fromToAndLimitPublishOnlyTheSelectedArticles() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int day = 1; day <= 9; day++) {
      lines.add(line("d" + day, "2026-02-0" + day + "T12:00:00Z"));
    }
    Path file = Files.writeString(dir.resolve("days.jsonl"), String.join("\n", lines));
    String topic = freshTopic();

    ReplaySummary summary = replay(
        new ReplayOptions(Speed.MAX, null, Selection.of("2026-02-03", "2026-02-08", 4)), topic, file.toString());

    assertThat(read(topic, 4)).extracting(ConsumerRecord::key).containsExactly("d3", "d4", "d5", "d6");
    assertThat(summary.skipped()).isEqualTo(Map.of(
        "published before --from", 2L, "published after --to", 1L, "over --limit", 2L));
  }

  @Test
  void pacingByEventTimeIsHonouredAgainstTheWallClock() throws IOException {
    // Four articles an hour apart at 3600x: three one-second gaps on the wall clock.
    Path file = Files.writeString(dir.resolve("paced.jsonl"), String.join("\n",
        line("p1", "2026-02-05T10:00:00Z"), line("p2", "2026-02-05T11:00:00Z"),
        line("p3", "2026-02-05T12:00:00Z"), line("p4", "2026-02-05T13:00:00Z")) + "\n");
    String topic = freshTopic();

    long started = System.nanoTime();
    ReplaySummary summary = replay(new ReplayOptions(Speed.parse("3600x"), null, Selection.of(null, null, null)),
        topic, file.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(summary.published()).as(summary.format()).isEqualTo(4);
    assertThat(read(topic, 4)).extracting(ConsumerRecord::key).containsExactly("p1", "p2", "p3", "p4");
    // Never faster than the feed's own rhythm; the upper bound only allows for a loaded machine.
    assertThat(took).as("wall time of a replay whose gaps add up to 3 s at 3600x")
        .isGreaterThanOrEqualTo(Duration.ofMillis(2_900))
        .isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void theRawTopicIsCreatedWhenMissingWithInfiniteRetention() throws Exception {
    Path file = Files.writeString(dir.resolve("one.jsonl"), line("old", "2020-01-01T00:00:00Z"));
    String topic = freshTopic();

    replay(ReplayOptions.AS_FAST_AS_POSSIBLE, topic, file.toString());

    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
      TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
      assertThat(description.partitions()).hasSize(Topics.DEFAULT_PARTITIONS);
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      String retention = admin.describeConfigs(List.of(resource)).all().get().get(resource)
          .get(TopicConfig.RETENTION_MS_CONFIG).value();
      assertThat(retention).as("old articles must not be deleted by time retention").isEqualTo("-1");
    }
    assertThat(read(topic, 1)).extracting(ConsumerRecord::key).containsExactly("old");
  }

  @Test
  void anUnreachableBrokerIsNamedInTheError() throws IOException {
    String nowhere;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      nowhere = "127.0.0.1:" + socket.getLocalPort(); // closed again: nobody listens there
    }

    assertThatThrownBy(() -> KafkaArticleTarget.connect(nowhere, Topics.ARTICLES_RAW))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no Kafka broker answered at " + nowhere);
  }

  private List<ConsumerRecord<String, byte[]>> replayAndReadBack(String location, int expected) throws IOException {
    String topic = freshTopic();
    ReplaySummary summary = replay(ReplayOptions.AS_FAST_AS_POSSIBLE, topic, location);
    assertThat(summary.published()).as("articles acknowledged by the broker: %s", summary.format()).isEqualTo(expected);
    return read(topic, expected);
  }

  private static ReplaySummary replay(ReplayOptions options, String topic, String location) throws IOException {
    try (KafkaArticleTarget target = KafkaArticleTarget.connect(KAFKA.bootstrapServers(), topic)) {
      return new Replay(options, Ticker.system(), ReplayProgress.SILENT).run(List.of(location), target);
    }
  }

  /** Reads {@code expected} records from every partition, ordered by timestamp as the replay sent them. */
  private static List<ConsumerRecord<String, byte[]>> read(String topic, int expected) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "replay-test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
      // Nothing more than expected may be there.
      consumer.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    assertThat(records).as("records read back from %s", topic).hasSize(expected);
    records.sort(java.util.Comparator.comparingLong(ConsumerRecord::timestamp));
    return records;
  }

  private static JsonNode json(ConsumerRecord<String, byte[]> record) throws IOException {
    return ArticleJson.mapper().readTree(record.value());
  }

  private static String freshTopic() {
    return "replay-test-" + UUID.randomUUID();
  }

  private static String line(String id, String publishedAt) {
    return "{\"id\":\"" + id + "\",\"source\":\"Test Wire\",\"published_at\":\"" + publishedAt
        + "\",\"text\":\"Article " + id + ".\"}";
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(ReplayIntegrationTest.class.getClassLoader().getResource(name).toURI()).toString();
  }
}
