package dev.readout.ingest.stream;

import static dev.readout.ingest.testing.Corpus.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.ingest.testing.Corpus;
import dev.readout.runtime.DeadLetterHeaders;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestTopologyTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, Article> articles;
  private TestOutputTopic<byte[], byte[]> dlq;

  private void start(IngestConfig config) {
    Topics topics = new Topics(Map.of("schema.registry.url", "mock://ingest-topology-" + UUID.randomUUID()));
    driver = new TopologyTestDriver(IngestTopology.build(config, topics),
        ReadoutConfig.of(Map.of()).streamsProperties(IngestTopology.SERVICE, Topics.ARTICLES_DLQ), NOW);
    raw = driver.createInputTopic(Topics.ARTICLES_RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    articles = driver.createOutputTopic(Topics.ARTICLES, Serdes.String().deserializer(),
        topics.articles().valueSerde().deserializer());
    dlq = driver.createOutputTopic(Topics.ARTICLES_DLQ, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
  }

  private void start() {
    start(IngestConfig.defaults());
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  @Test
  void validArticleComesOutKeyedByIdWithItsPublicationTimeAsTimestamp() {
    start();
    Corpus.Entry entry = Corpus.get("seed-001");
    raw.pipeInput("any-key", entry.json(), NOW);

    TestRecord<String, Article> out = articles.readRecord();
    assertThat(out.key()).isEqualTo("seed-001");
    assertThat(out.timestamp()).isEqualTo(Instant.parse(entry.publishedAt()).toEpochMilli());
    assertThat(out.value().getText()).isEqualTo(entry.text());
    assertThat(out.value().getLanguage()).isEqualTo("eng");
    assertThat(out.value().getIngestedAt()).isEqualTo(NOW);
    assertThat(out.value().getDuplicateOf()).isNull();
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void everyKindOfBadRecordGoesToTheDeadLetterTopicWithItsReasonAndTheStreamGoesOn() {
    start(new IngestConfig(new dev.readout.ingest.article.IngestLimits(50_000, 10_000, 500), Duration.ofHours(1),
        Duration.ofDays(7), Duration.ofMinutes(1), 0.5, 32));
    Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
    bad.put("NOT_JSON", "{\"source\": \"Wire\", ".getBytes(UTF_8));
    bad.put("WRONG_TYPE", json("source", List.of("a"), "published_at", "2025-01-01T00:00:00Z", "text", "t"));
    bad.put("MISSING_FIELD", json("published_at", "2025-01-01T00:00:00Z", "text", "no source"));
    bad.put("BAD_TIMESTAMP", json("source", "s", "published_at", "15/02/2025", "text", "t"));
    bad.put("TOO_LARGE", json("source", "s", "published_at", "2025-01-01T00:00:00Z", "text", "x ".repeat(40_000)));
    bad.put("EMPTY_TEXT", json("source", "s", "published_at", "2025-01-01T00:00:00Z", "html", "<div>  </div>"));
    List<String> reasons = List.copyOf(bad.keySet());
    for (String reason : reasons) {
      raw.pipeInput("key-" + reason, bad.get(reason), NOW);
    }
    raw.pipeInput("good", Corpus.get("asia-05").json(), NOW);

    assertThat(articles.readKeyValuesToMap()).as("the good record after the bad ones").containsOnlyKeys("asia-05");
    List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
    assertThat(dead).hasSize(reasons.size());
    for (int i = 0; i < dead.size(); i++) {
      TestRecord<byte[], byte[]> record = dead.get(i);
      String reason = reasons.get(i);
      assertThat(new String(record.key(), UTF_8)).isEqualTo("key-" + reason);
      assertThat(record.value()).as("original bytes of the %s record", reason).isEqualTo(bad.get(reason));
      assertThat(header(record.headers(), DeadLetterHeaders.REASON)).isEqualTo(reason);
      assertThat(header(record.headers(), DeadLetterHeaders.MESSAGE)).as("message of %s", reason).isNotBlank();
      assertThat(header(record.headers(), DeadLetterHeaders.EXCEPTION)).contains("RejectedArticleException");
      assertThat(header(record.headers(), DeadLetterHeaders.TOPIC)).isEqualTo(Topics.ARTICLES_RAW);
      assertThat(header(record.headers(), DeadLetterHeaders.PARTITION)).isEqualTo("0");
      assertThat(header(record.headers(), DeadLetterHeaders.OFFSET)).isEqualTo(Integer.toString(i));
    }
  }

  @Test
  void exactDuplicateUnderAnotherIdIsDropped() {
    start();
    Corpus.Entry entry = Corpus.get("euam-10");
    raw.pipeInput(entry.json());
    raw.pipeInput(json("id", "republished", "source", "Other outlet", "published_at", "2024-05-08T14:00:00Z",
        "text", "  " + entry.text().replace("\n", "\r\n") + "\n"));

    assertThat(articles.readKeyValuesToMap()).containsOnlyKeys("euam-10");
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void nearDuplicateIsMarkedWithTheOriginalsId() {
    start();
    Corpus.Entry entry = Corpus.get("seed-002");
    raw.pipeInput(entry.json());
    String rewritten = "(AP) Updated.\n" + entry.text().replace(" the ", " a ").replace(" said", " stated");
    raw.pipeInput(json("id", "rewrite", "source", "Copycat", "published_at", "2025-02-15T22:00:00Z", "text", rewritten));
    raw.pipeInput(Corpus.get("seed-004").json());

    Map<String, Article> out = articles.readKeyValuesToMap();
    assertThat(out).containsOnlyKeys("seed-002", "rewrite", "seed-004");
    assertThat(out.get("rewrite").getDuplicateOf()).isEqualTo("seed-002");
    assertThat(out.get("seed-002").getDuplicateOf()).isNull();
    assertThat(out.get("seed-004").getDuplicateOf()).isNull();
  }

  @Test
  void futurePublicationTimeIsClampedToNowAndFlagged() {
    start();
    Instant claimed = NOW.plus(Duration.ofDays(2));
    raw.pipeInput(json("id", "future", "source", "s", "published_at", claimed.toString(), "text", "Talks ended."), NOW);
    raw.pipeInput(json("id", "soon", "source", "s", "published_at", NOW.plusSeconds(600).toString(), "text", "Talks start."), NOW);

    TestRecord<String, Article> future = articles.readRecord();
    assertThat(future.value().getPublishedAt()).isEqualTo(NOW);
    assertThat(future.timestamp()).isEqualTo(NOW.toEpochMilli());
    assertThat(header(future.headers(), IngestHeaders.PUBLISHED_AT_CLAMPED)).isEqualTo(claimed.toString());
    TestRecord<String, Article> soon = articles.readRecord();
    assertThat(soon.value().getPublishedAt()).isEqualTo(NOW.plusSeconds(600));
    assertThat(soon.headers().lastHeader(IngestHeaders.PUBLISHED_AT_CLAMPED)).isNull();
  }

  @Test
  void htmlArticleBecomesPlainText() {
    start();
    raw.pipeInput(json("url", "https://news.test/a#x", "source", "News", "title", "<b>ignored</b> title",
        "published_at", 1739660400000L,
        "html", "<html><body><nav>Menu</nav><h1>Rubio &amp; Lavrov meet</h1><p>They met in <a href=x>Riyadh</a>.</p>"
            + "<script>track()</script><p>Talks went on.</p></body></html>"));

    TestRecord<String, Article> out = articles.readRecord();
    assertThat(out.key()).startsWith("url-");
    assertThat(out.value().getText()).isEqualTo("Menu\nRubio & Lavrov meet\nThey met in Riyadh.\nTalks went on.");
    assertThat(out.value().getUrl()).isEqualTo("https://news.test/a#x");
    assertThat(out.timestamp()).isEqualTo(1739660400000L);
  }

  @Test
  void contentSeenLongerAgoThanTheRetentionIsNoLongerADuplicate() {
    start(IngestConfig.defaults().withDedupRetention(Duration.ofDays(1)));
    Corpus.Entry entry = Corpus.get("mea-08");
    raw.pipeInput(entry.json());
    raw.pipeInput(json("id", "same-day", "source", "s", "published_at", entry.publishedAt(), "text", entry.text()));
    driver.advanceWallClockTime(Duration.ofDays(2));
    raw.pipeInput(json("id", "two-days-on", "source", "s", "published_at", entry.publishedAt(), "text", entry.text()));

    Map<String, Article> out = articles.readKeyValuesToMap();
    assertThat(out).as("the copy seen within a day is dropped, the one two days on is not")
        .containsOnlyKeys("mea-08", "two-days-on");
    assertThat(out.get("two-days-on").getDuplicateOf()).isNull();
  }

  @Test
  void replayedArchiveSpanningYearsIsDeduplicatedAsOneBatch() {
    start(IngestConfig.defaults().withDedupRetention(Duration.ofDays(1)));
    Corpus.Entry old = Corpus.get("euam-12"); // 2017
    raw.pipeInput(old.json());
    raw.pipeInput(Corpus.get("seed-004").json()); // 2025
    raw.pipeInput(json("id", "old-again", "source", "s", "published_at", old.publishedAt(), "text", old.text()));

    assertThat(articles.readKeyValuesToMap()).containsOnlyKeys("euam-12", "seed-004");
  }

  @Test
  void expiredEntriesArePurgedFromTheStores() {
    start(IngestConfig.defaults().withDedupRetention(Duration.ofDays(1)));
    Corpus.Entry entry = Corpus.get("mea-08");
    raw.pipeInput(entry.json());
    var exact = driver.<String, String>getTimestampedKeyValueStore(IngestTopology.EXACT_DEDUP_STORE);
    var signatures = driver.<String, byte[]>getTimestampedKeyValueStore(IngestTopology.NEAR_DUP_SIGNATURES_STORE);
    var bands = driver.<String, String>getTimestampedKeyValueStore(IngestTopology.NEAR_DUP_BANDS_STORE);
    String hash = dev.readout.ingest.article.ArticleIds.contentHash(entry.text());
    assertThat(exact.get(hash)).isNotNull();
    assertThat(signatures.get("mea-08")).isNotNull();
    assertThat(bands.approximateNumEntries()).isPositive();

    driver.advanceWallClockTime(Duration.ofHours(23));
    assertThat(exact.get(hash)).as("content hash within the retention").isNotNull();
    driver.advanceWallClockTime(Duration.ofHours(2));

    assertThat(exact.get(hash)).as("expired content hash").isNull();
    assertThat(signatures.get("mea-08")).as("expired signature").isNull();
    try (var all = bands.all()) {
      assertThat(all.hasNext()).as("expired LSH bands").isFalse();
    }
  }

  private static String header(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    return h == null ? null : new String(h.value(), UTF_8);
  }
}
