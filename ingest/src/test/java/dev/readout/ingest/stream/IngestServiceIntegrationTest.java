package dev.readout.ingest.stream;

import static dev.readout.ingest.testing.Corpus.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.ingest.testing.Corpus;
import dev.readout.runtime.DeadLetterHeaders;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.testkit.BrokerExtension;
import dev.readout.testkit.RegistryExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The ingest service on a real broker and registry: the corpus in, Articles out exactly once; poison to the DLQ. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class IngestServiceIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final int FIVE_MB = 5_000_000;

  @RegisterExtension static final RegistryExtension REGISTRY = new RegistryExtension();
  /** A broker per test, so that each reads only its own output. */
  @RegisterExtension final BrokerExtension kafka = new BrokerExtension();

  @TempDir Path stateDir;

  private ReadoutConfig config() {
    return ReadoutConfig.of(Map.of(
        ReadoutConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
        ReadoutConfig.SCHEMA_REGISTRY_URL, REGISTRY.url(),
        ReadoutConfig.STATE_DIR, stateDir.toString(),
        ReadoutConfig.HTTP_PORT, "0"));
  }

  @Test
  void corpusComesOutExactlyOnceAndEveryPoisonPillLandsInTheDeadLetterTopic() throws Exception {
    ReadoutConfig config = config();
    List<Corpus.Entry> corpus = Corpus.load();
    Map<String, byte[]> poison = new LinkedHashMap<>();
    poison.put("NOT_JSON", "{\"id\": \"broken\", \"source\": \"Wire\"".getBytes(UTF_8));
    poison.put("BINARY", new byte[] {0, 1, 2, (byte) 0xFE, (byte) 0xFF, (byte) 0xC3, 0x28});
    poison.put("TOO_LARGE", json("source", "Wire", "published_at", "2025-01-01T00:00:00Z", "text", "x".repeat(FIVE_MB)));
    poison.put("EMPTY_TEXT", json("source", "Wire", "published_at", "2025-01-01T00:00:00Z", "text", "   "));
    poison.put("BAD_TIMESTAMP", json("source", "Wire", "published_at", "last Tuesday", "text", "Talks."));
    poison.put("WRONG_TYPE", json("source", "Wire", "published_at", "2025-01-01T00:00:00Z", "text", 42));
    Map<String, String> expectedReason = Map.of("NOT_JSON", "NOT_JSON", "BINARY", "NOT_JSON", "TOO_LARGE", "TOO_LARGE",
        "EMPTY_TEXT", "EMPTY_TEXT", "BAD_TIMESTAMP", "BAD_TIMESTAMP", "WRONG_TYPE", "WRONG_TYPE");

    try (IngestService ingest = new IngestService(config).start()) {
      assertThat(ingest.runtime().awaitRunning(WAIT)).as("ingest reaches RUNNING, state %s", ingest.state()).isTrue();

      try (KafkaProducer<byte[], byte[]> producer = producer(config)) {
        int i = 0;
        Map<String, byte[]> keyOf = new HashMap<>();
        for (Corpus.Entry entry : corpus) {
          byte[] key = ("k" + i++).getBytes(UTF_8);
          keyOf.put(entry.id(), key);
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key, entry.json())).get();
          if (i == 3) {
            poison.forEach((k, value) -> send(producer, k, value));
          }
        }
        // The same corpus article again, under a new id: an exact duplicate, dropped. Under the
        // original's key, so it arrives after it: which of two copies on different partitions is
        // seen first is up to the order the tasks run in (README, Duplicates).
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, keyOf.get("seed-000"), json("id", "copy-of-seed-000",
            "source", "Copy", "published_at", "2025-02-16T00:00:00Z", "text", Corpus.get("seed-000").text()))).get();
      }

      Deserializer<Article> articleDeserializer =
          new Topics(config.serdeConfig()).articles().valueSerde().deserializer();
      List<ConsumerRecord<String, Article>> articles =
          consume(config, Topics.ARTICLES, new StringDeserializer(), articleDeserializer, corpus.size());
      List<ConsumerRecord<byte[], byte[]>> dead =
          consume(config, Topics.ARTICLES_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer(), poison.size());

      Map<String, Integer> copies = new HashMap<>();
      articles.forEach(r -> copies.merge(r.key(), 1, Integer::sum));
      assertThat(copies).as("every corpus article exactly once, the duplicate dropped")
          .containsOnlyKeys(corpus.stream().map(Corpus.Entry::id).toList())
          .allSatisfy((id, n) -> assertThat(n).as("copies of %s", id).isEqualTo(1));
      Map<String, Corpus.Entry> byId = new HashMap<>();
      corpus.forEach(e -> byId.put(e.id(), e));
      for (ConsumerRecord<String, Article> r : articles) {
        Corpus.Entry entry = byId.get(r.key());
        assertThat(r.value().getText()).as("text of %s", r.key()).isEqualTo(entry.text());
        assertThat(r.timestamp()).as("timestamp of %s is its publication time", r.key())
            .isEqualTo(java.time.Instant.parse(entry.publishedAt()).toEpochMilli());
        assertThat(r.value().getLanguage()).as("language of %s", r.key()).isEqualTo("eng");
      }

      Map<String, String> reasons = new HashMap<>();
      for (ConsumerRecord<byte[], byte[]> r : dead) {
        String key = new String(r.key(), UTF_8);
        assertThat(r.value()).as("the DLQ keeps the original bytes of %s", key).isEqualTo(poison.get(key));
        assertThat(header(r, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.ARTICLES_RAW);
        assertThat(header(r, DeadLetterHeaders.OFFSET)).as("offset header of %s", key).isNotNull();
        assertThat(header(r, DeadLetterHeaders.PARTITION)).as("partition header of %s", key).isNotNull();
        assertThat(header(r, DeadLetterHeaders.MESSAGE)).as("message of %s", key).isNotBlank();
        reasons.put(key, header(r, DeadLetterHeaders.REASON));
      }
      assertThat(reasons).as("reason of each poison pill").isEqualTo(expectedReason);

      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + ingest.runtime().http().port();
      HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).as("ready while running: %s", ready.body()).isEqualTo(200);
      String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(metrics).as("Kafka Streams metrics on /metrics").contains("kafka_stream");
      assertThat(metrics).as("activity counters on /metrics").contains("readout_activity_total");
    }
  }

  @Test
  void duplicateDetectionSurvivesARestart() throws Exception {
    ReadoutConfig config = config();
    Corpus.Entry original = Corpus.get("euam-12");
    try (IngestService ingest = new IngestService(config).start();
        KafkaProducer<byte[], byte[]> producer = producer(config)) {
      assertThat(ingest.runtime().awaitRunning(WAIT)).isTrue();
      producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, original.json())).get();
      assertThat(consumeKeys(config, 1)).containsExactly("euam-12");
    }
    try (IngestService ingest = new IngestService(config).start();
        KafkaProducer<byte[], byte[]> producer = producer(config)) {
      assertThat(ingest.runtime().awaitRunning(WAIT)).as("restarted ingest reaches RUNNING").isTrue();
      producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, json("id", "exact", "source", "s",
          "published_at", original.publishedAt(), "text", original.text()))).get();
      String rewritten = "(AFP) " + original.text().replace(" the ", " a ");
      producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, json("id", "rewrite", "source", "s",
          "published_at", original.publishedAt(), "text", rewritten))).get();

      Deserializer<Article> des = new Topics(config.serdeConfig()).articles().valueSerde().deserializer();
      List<ConsumerRecord<String, Article>> out = consume(config, Topics.ARTICLES, new StringDeserializer(), des, 2);
      Map<String, String> duplicateOf = new HashMap<>();
      out.forEach(r -> duplicateOf.put(r.key(), String.valueOf(r.value().getDuplicateOf())));
      assertThat(duplicateOf).as("after the restart the exact copy is dropped and the rewrite marked")
          .isEqualTo(Map.of("euam-12", "null", "rewrite", "euam-12"));
    }
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key.getBytes(UTF_8), value)).get();
    } catch (Exception e) {
      throw new AssertionError("could not produce poison pill " + key, e);
    }
  }

  private static KafkaProducer<byte[], byte[]> producer(ReadoutConfig config) {
    Properties p = config.producerProperties();
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(2 * FIVE_MB));
    return new KafkaProducer<>(p);
  }

  private List<String> consumeKeys(ReadoutConfig config, int expected) {
    return consume(config, Topics.ARTICLES, new StringDeserializer(), new ByteArrayDeserializer(), expected)
        .stream().map(ConsumerRecord::key).toList();
  }

  /**
   * Reads {@code topic} from the start, read_committed, until {@code expected} records arrived,
   * then a little longer to catch extra ones.
   */
  private static <K, V> List<ConsumerRecord<K, V>> consume(
      ReadoutConfig config, String topic, Deserializer<K> keys, Deserializer<V> values, int expected) {
    Properties p = config.consumerProperties("ingest-it-" + UUID.randomUUID());
    List<ConsumerRecord<K, V>> out = new ArrayList<>();
    try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(p, keys, values)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(out::add);
      }
      long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      while (System.nanoTime() < settle) {
        consumer.poll(Duration.ofMillis(500)).forEach(out::add);
      }
    }
    assertThat(out).as("records on %s (read_committed)", topic).hasSizeGreaterThanOrEqualTo(expected);
    return out;
  }

  private static String header(ConsumerRecord<?, ?> r, String name) {
    var h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), UTF_8);
  }
}
