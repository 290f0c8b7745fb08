package dev.readout.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.ingest.stream.IngestTopology;
import dev.readout.runtime.DeadLetterHeaders;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.testkit.CommittedRecords;
import dev.readout.testkit.CorpusArticles;
import dev.readout.testkit.RegistryExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest service killed as {@code kill -9} does (a child JVM ended with {@code
 * destroyForcibly}) while it works through raw articles with exact copies, rewrites and poison
 * pills among them, then restarted. Read {@code read_committed}, {@code readout.articles} ends
 * up holding exactly what the same input through {@link OfflineIngest} gives (each article once,
 * the same {@code duplicate_of} marks, copies dropped) and the dead-letter topic each poison
 * pill once with its reason.
 *
 * <p>Every raw record goes to partition 0: duplicate detection keeps the first of two copies,
 * so the truth depends on the order in which articles reach it, and one partition fixes that
 * order for the service and the offline run alike.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class IngestCrashIntegrationTest {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final Duration SETTLE = Duration.ofMinutes(4);

  @RegisterExtension static final RegistryExtension REGISTRY = new RegistryExtension();
  private static RawFeed feed;
  private static OfflineIngest expected;

  @TempDir Path tmp;
  private CrashStage stage;
  private ReadoutConfig config;

  @BeforeAll
  static void computeTheTruth() {
    feed = new RawFeed(CorpusArticles.all());
    expected = new OfflineIngest(feed);
    assertThat(expected.articles.keySet()).as("the offline run drops every exact copy")
        .doesNotContainAnyElementsOf(feed.exactCopies.keySet());
    feed.rewrites.forEach((rewrite, original) -> assertThat(expected.articles.get(rewrite).getDuplicateOf())
        .as("the offline run marks %s a near-duplicate of %s", rewrite, original).isEqualTo(original));
    List<String> firstPartIds = feed.firstPart().stream().map(RawFeed.Raw::key).toList();
    assertThat(feed.secondPart().stream().map(RawFeed.Raw::key).filter(id -> firstPartIds.contains(feed.exactCopies.get(id))))
        .as("the second part of the feed copies articles of the first").isNotEmpty();
    assertThat(expected.deadLetters).as("the offline run dead-letters every poison pill with its reason")
        .isEqualTo(feed.poison);
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

  private ChildJvm startIngest(String name, String stateDir) throws Exception {
    return stage.start(IngestProcess.class, name, stateDir, IngestProcess.READY, STARTUP, ReadoutConfig.HTTP_PORT + "=0");
  }

  private void produce(List<RawFeed.Raw> records) {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config.producerProperties(), new StringSerializer(), new ByteArraySerializer())) {
      for (RawFeed.Raw r : records) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, 0, r.key(), r.value()));
      }
      producer.flush();
    }
  }

  @Test
  void ingestKilledMidStreamAndRestartedOnItsStateWritesEveryArticleExactlyOnce() throws Exception {
    crashAndRestart(1, "state-1", "a restart on the same state directory");
  }

  @Test
  void ingestRestartedOnAnEmptyStateDirectoryStillDetectsDuplicatesFromTheChangelogs() throws Exception {
    // The originals of the copies and rewrites to come are committed before the crash, so only
    // the changelogs can tell the restarted instance about them.
    long firstPartArticles = feed.firstPart().stream().filter(r -> expected.articles.containsKey(r.key())).count();
    crashAndRestart(firstPartArticles, "state-2", "a restart on a new, empty state directory (the disk lost)");
  }

  /**
   * Produces the first part of the feed, waits until {@code committedBeforeKill} articles are
   * committed, produces the rest, kills ingest and restarts it on {@code restartStateDir}.
   */
  private void crashAndRestart(long committedBeforeKill, String restartStateDir, String restart) throws Exception {
    ChildJvm first = startIngest("ingest-1", "state-1");
    try (CommittedRecords output = new CommittedRecords(config.consumerProperties("it-reader-" + UUID.randomUUID()), new Topics(config.serdeConfig()))) {
      produce(feed.firstPart());
      output.pollUntil(() -> output.articles().size() >= committedBeforeKill, SETTLE,
          () -> "the ingest instance commits " + committedBeforeKill + " articles before the crash (" + output.articles().size() + " so far)");
      produce(feed.secondPart());
      first.kill();
      output.drain(Duration.ofSeconds(1));
      int articlesAtKill = output.articles().size();
      System.out.printf("killed ingest with %d of %d articles committed, %d of %d raw records committed as consumed%n",
          articlesAtKill, expected.articles.size(), committedRawRecords(), feed.records.size());

      startIngest("ingest-restarted", restartStateDir);
      String when = "after kill -9 at " + articlesAtKill + " of " + expected.articles.size() + " articles and " + restart;
      output.pollUntil(() -> output.articles().size() >= expected.articles.size()
              && output.deadLetters().size() >= expected.deadLetters.size(),
          SETTLE, () -> when + ": " + Topics.ARTICLES + " holds " + output.articles().size() + " of "
              + expected.articles.size() + " articles, " + Topics.ARTICLES_DLQ + " " + output.deadLetters().size()
              + " of " + expected.deadLetters.size() + " poison pills");
      output.drain(Duration.ofSeconds(3));

      assertThat(output.duplicatedArticles()).as("%s: articles committed twice to %s", when, Topics.ARTICLES).isEmpty();
      Map<String, Article> committed = new HashMap<>();
      output.articles().forEach((id, a) -> committed.put(id, OfflineIngest.withoutIngestTime(a)));
      assertThat(committed.keySet()).as("%s: the articles of an uninterrupted run, copies dropped, none lost", when)
          .containsExactlyInAnyOrderElementsOf(expected.articles.keySet());
      Map<String, String> marks = new HashMap<>();
      committed.forEach((id, a) -> marks.put(id, String.valueOf(a.getDuplicateOf())));
      Map<String, String> expectedMarks = new HashMap<>();
      expected.articles.forEach((id, a) -> expectedMarks.put(id, String.valueOf(a.getDuplicateOf())));
      assertThat(marks).as("%s: duplicate_of of each article as an uninterrupted run marks it", when).isEqualTo(expectedMarks);
      assertThat(committed.keySet().stream().filter(id -> !committed.get(id).equals(expected.articles.get(id))).sorted().toList())
          .as("%s: articles that differ from what an uninterrupted run writes (ingested_at aside)", when).isEmpty();
      assertThat(committedDeadLetters()).as("%s: each poison pill once in %s, with its reason", when, Topics.ARTICLES_DLQ)
          .containsExactlyInAnyOrderElementsOf(expected.deadLetters.entrySet().stream()
              .map(e -> e.getKey() + " -> " + e.getValue()).toList());
    }
  }

  /** Raw records ingest's group has committed as consumed: what a restart does not read again. */
  private long committedRawRecords() throws Exception {
    try (Admin admin = Admin.create(config.adminProperties())) {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin
          .listConsumerGroupOffsets("readout-" + IngestTopology.SERVICE).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
      return offsets.entrySet().stream()
          .filter(e -> e.getKey().topic().equals(Topics.ARTICLES_RAW) && e.getValue() != null)
          .mapToLong(e -> e.getValue().offset()).sum();
    }
  }

  /** {@code <key> -> <reason>} of every dead letter, read {@code read_committed}: a repeat shows twice. */
  private List<String> committedDeadLetters() {
    Properties p = config.consumerProperties("it-dlq-reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<String> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.ARTICLES_DLQ));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline && out.size() < expected.deadLetters.size()) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(describe(r)));
      }
      long quiet = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (System.nanoTime() < quiet) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(describe(r)));
      }
    }
    return out;
  }

  private static String describe(ConsumerRecord<byte[], byte[]> r) {
    String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
    return key + " -> " + OfflineIngest.reason(r.headers().lastHeader(DeadLetterHeaders.REASON));
  }
}
