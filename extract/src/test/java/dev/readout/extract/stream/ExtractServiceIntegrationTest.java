package dev.readout.extract.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.fusion.Fuser;
import dev.readout.local.EmbeddedKafka;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.registry.SchemaRegistryClient;
import dev.readout.schemas.registry.SchemaRegistryConfig;
import dev.readout.runtime.DeadLetterHeaders;
import dev.readout.testkit.CommittedRecords;
import dev.readout.testkit.CorpusArticles;
import dev.readout.testkit.RegistryExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract service on a real KRaft broker and Apicurio Registry, reading back with {@code
 * read_committed}. A broker per test (topic names are fixed), one registry for the class.
 */
class ExtractServiceIntegrationTest {

  @RegisterExtension static final RegistryExtension REGISTRY = new RegistryExtension();

  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final Duration OUTPUT = Duration.ofSeconds(180);

  @TempDir Path tmp;

  private EmbeddedKafka kafka;
  private ReadoutConfig config;
  private Topics topics;
  private final List<ExtractService> services = new ArrayList<>();

  @BeforeEach
  void startBroker() {
    kafka = EmbeddedKafka.builder().dataDir(tmp.resolve("kafka")).start();
    config = ReadoutConfig.of(Map.of(
        ReadoutConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
        ReadoutConfig.SCHEMA_REGISTRY_URL, REGISTRY.url(),
        ReadoutConfig.COMMIT_INTERVAL_MS, "200"));
    topics = new Topics(config.serdeConfig());
  }

  @AfterEach
  void stopAll() {
    services.forEach(service -> service.close(Duration.ofSeconds(30)));
    if (kafka != null) {
      kafka.close();
    }
  }

  private ExtractService start(String stateDir, Function<ArticleInput, List<EventMention>> extractor, MentionFusion fusion)
      throws InterruptedException {
    return start(stateDir, extractor, fusion, false);
  }

  private ExtractService start(
      String stateDir, Function<ArticleInput, List<EventMention>> extractor, MentionFusion fusion, boolean withHttp)
      throws InterruptedException {
    ExtractService service = new ExtractService(
        config.with(ReadoutConfig.STATE_DIR, tmp.resolve(stateDir).toString()).with(ReadoutConfig.HTTP_PORT, "0"),
        extractor, fusion, withHttp);
    services.add(service);
    service.start();
    assertThat(service.streams().awaitRunning(STARTUP))
        .as("extract service %s reached RUNNING within %d s", stateDir, STARTUP.toSeconds()).isTrue();
    return service;
  }

  private void produce(List<Article> articles) {
    var articleTopic = topics.articles();
    try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
        config.producerProperties(), new StringSerializer(), articleTopic.valueSerde().serializer())) {
      for (Article article : articles) {
        producer.send(new ProducerRecord<>(
            Topics.ARTICLES, null, article.getPublishedAt().toEpochMilli(), article.getId(), article));
      }
      producer.flush();
    }
  }

  private static Map<EventType, Map<String, Event>> offline(MentionFusion fusion, List<EventMention> mentions) {
    Map<EventType, Map<String, Event>> tables = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      tables.put(type, new HashMap<>());
    }
    fusion.fuse(mentions).forEach(event -> tables.get(event.getType()).put(event.getId(), event));
    return tables;
  }

  @Test
  void schemasOfEverythingTheServiceWritesAreRegisteredWhenItStartsBeforeAnyArticle() throws Exception {
    // An application id of its own, so the internal topics' subjects cannot come from another test.
    String applicationId = "readout-extract-warm-" + UUID.randomUUID().toString().substring(0, 8);
    config = config.with("streams." + StreamsConfig.APPLICATION_ID_CONFIG, applicationId);

    start("state", input -> List.of(), MentionFusion.of(new Fuser()));

    Map<String, Schema> expected = new LinkedHashMap<>();
    expected.put(applicationId + "-" + ExtractTopology.MENTIONS_BY_FUSION_KEY + "-repartition-value", EventMention.getClassSchema());
    expected.put(applicationId + "-" + ExtractTopology.MENTION_STORE + "-changelog-value", EventMention.getClassSchema());
    expected.put(Topics.MENTIONS + "-value", EventMention.getClassSchema());
    for (EventType type : EventType.values()) {
      expected.put(Topics.eventTopicName(type) + "-value", Event.getClassSchema());
    }
    SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistryConfig.from(
        Map.of(SchemaRegistryConfig.URL, REGISTRY.url())));
    expected.forEach((subject, schema) -> assertThat(client.latest(subject).schema())
        .as("subject %s registered when the service started, so its first record does not wait for it", subject)
        .isEqualTo(schema));
  }

  @Test
  void corpusEventsOnTheBrokerEqualOfflineFusionOfTheEnginesMentions() throws Exception {
    List<Article> corpus = CorpusArticles.corpus();
    assertThat(corpus).as("corpus articles in %s", CorpusArticles.corpusDirectory()).isNotEmpty();
    ExtractionEngine engine = ExtractionEngine.createDefault();
    MentionFusion fusion = MentionFusion.of(new Fuser());
    List<EventMention> mentions = new ArrayList<>();
    corpus.forEach(a -> mentions.addAll(engine.extract(
        new ArticleInput(a.getId(), a.getText(), a.getPublishedAt(), a.getSource(), a.getUrl()))));
    Map<EventType, Map<String, Event>> expected = offline(fusion, mentions);
    assumeTrue(!mentions.isEmpty(), "the engine on this branch finds no events in the corpus yet");

    start("state", engine::extract, fusion);
    produce(corpus);

    try (CommittedRecords output = new CommittedRecords(config.consumerProperties("extract-test-reader-" + UUID.randomUUID()), topics)) {
      output.pollUntil(() -> output.events().equals(expected) && output.mentions().size() == mentions.size(), OUTPUT,
          "the event topics hold the offline fusion of the engine's " + mentions.size() + " mentions of "
              + corpus.size() + " corpus articles");
      output.drain(Duration.ofSeconds(2));
      assertThat(output.events()).as("event topics after the corpus settled").isEqualTo(expected);
      output.mentions().values().forEach(m -> assertThat(m.getEventId())
          .as("mention %s is stamped with its fused event", m.getId()).isNotNull());
    }
  }

  @Test
  void instanceCrashingMidStreamAndRestartedOnFreshStateLosesNoEventAndDuplicatesNone() throws Exception {
    List<Article> feed = new ArrayList<>();
    List<EventMention> mentions = new ArrayList<>();
    Instant start = Instant.parse("2025-02-12T06:00:00Z");
    for (int i = 0; i < 120; i++) {
      Instant published = start.plusSeconds(1800L * i);
      Article article = TestMentions.article("feed-" + i, published);
      feed.add(article);
      mentions.addAll(TestMentions.synthetic(article.getId(), published));
    }
    MentionFusion fusion = new OverlapFusion();
    Map<EventType, Map<String, Event>> expected = offline(fusion, mentions);

    // Once some of its work is committed, the first instance dies with an Error inside an open
    // transaction, after one more article: what it wrote in that transaction must never show.
    AtomicBoolean armed = new AtomicBoolean();
    AtomicInteger sinceArmed = new AtomicInteger();
    ExtractService first = start("state-first", article -> {
      if (armed.get() && sinceArmed.incrementAndGet() == 2) {
        throw new SimulatedCrash();
      }
      pause(20);
      return TestMentions.synthetic(article.id(), article.publishedAt());
    }, fusion);
    produce(feed.subList(0, feed.size() / 2));

    try (CommittedRecords output = new CommittedRecords(config.consumerProperties("extract-test-reader-" + UUID.randomUUID()), topics)) {
      output.pollUntil(() -> !output.mentions().isEmpty(), OUTPUT, "the first instance commits some output");
      armed.set(true);
      produce(feed.subList(feed.size() / 2, feed.size()));
      output.pollUntil(() -> first.streams().state() == KafkaStreams.State.ERROR, STARTUP,
          "the first instance crashes on its second article of the second half (state " + first.streams().state() + ")");
      first.close(Duration.ofSeconds(30));
      output.drain(Duration.ofSeconds(3));
      assertThat(output.events()).as("the crash happened mid-stream: output incomplete").isNotEqualTo(expected);

      start("state-second", article -> TestMentions.synthetic(article.id(), article.publishedAt()), fusion);
      output.pollUntil(() -> output.events().equals(expected) && output.mentions().size() == mentions.size(), OUTPUT,
          "after the restart the event topics hold the offline fusion of all " + mentions.size() + " mentions");
      output.drain(Duration.ofSeconds(2));

      assertThat(output.events()).as("no event lost, none extra").isEqualTo(expected);
      assertNoDuplicates(output);
    }
  }

  @Test
  void articleTheEngineFailsOnIsDeadLetteredWhileTheServiceStaysReady() throws Exception {
    Instant published = Instant.parse("2025-02-12T06:00:00Z");
    List<Article> feed = List.of(
        TestMentions.article("good-1", published),
        TestMentions.article("poison", published.plusSeconds(60)),
        TestMentions.article("good-2", published.plusSeconds(120)));
    ExtractService service = start("state", article -> {
      // It fails on the built-in warm-up articles too: the service must start cold, not fail to start.
      if (article.id().equals("poison") || article.id().startsWith("warmup-")) {
        throw new IllegalArgumentException("no sentence boundary in 2 MB of text");
      }
      return TestMentions.synthetic(article.id(), article.publishedAt());
    }, new OverlapFusion(), true);
    produce(feed);

    List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> dlq = new KafkaConsumer<>(
            config.consumerProperties("extract-test-dlq"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        CommittedRecords output = new CommittedRecords(config.consumerProperties("extract-test-reader-" + UUID.randomUUID()), topics)) {
      dlq.subscribe(List.of(Topics.MENTIONS_DLQ));
      long deadline = System.nanoTime() + OUTPUT.toNanos();
      while (dead.isEmpty() && System.nanoTime() < deadline) {
        dlq.poll(Duration.ofMillis(200)).forEach(dead::add);
      }
      assertThat(dead).as("the failing article reached %s", Topics.MENTIONS_DLQ).hasSize(1);
      ConsumerRecord<byte[], byte[]> record = dead.get(0);
      assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("poison");
      assertThat(topics.articles().valueSerde().deserializer().deserialize(Topics.ARTICLES, record.value()).getId())
          .as("the dead letter holds the original article").isEqualTo("poison");
      assertThat(header(record, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.REASON_PROCESSING_FAILURE);
      assertThat(header(record, "__streams.errors.message"))
          .contains("extracting article poison failed").contains("no sentence boundary");

      Set<String> goodMentions = new HashSet<>();
      TestMentions.synthetic("good-1", published).forEach(m -> goodMentions.add(m.getId()));
      TestMentions.synthetic("good-2", published.plusSeconds(120)).forEach(m -> goodMentions.add(m.getId()));
      output.pollUntil(() -> output.mentions().keySet().equals(goodMentions), OUTPUT,
          "the articles around the failing one are extracted: " + goodMentions);
    }
    HttpResponse<String> ready = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.streams().http().port() + "/health/ready")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).as("/health/ready after a dead letter: %s", ready.body()).isEqualTo(200);
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    var header = record.headers().lastHeader(name);
    assertThat(header).as("dead-letter header %s", name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  /**
   * In one exactly-once pass every mention arrives once and only ever grows its component, so an
   * event id is never published twice with the same mention count and a mention never twice
   * with the same event: a repeat means some work was applied twice.
   */
  private static void assertNoDuplicates(CommittedRecords output) {
    Set<String> mentionAssignments = new HashSet<>();
    output.mentionRecords().forEach(r -> assertThat(mentionAssignments.add(r.key() + " -> " + r.value().getEventId()))
        .as("mention %s published twice with event %s", r.key(), r.value().getEventId()).isTrue());
    output.eventRecords().forEach((type, records) -> {
      Set<String> versions = new HashSet<>();
      records.stream().filter(r -> r.value() != null).forEach(r -> assertThat(
              versions.add(r.key() + " x" + r.value().getMentionCount()))
          .as("%s event %s published twice with %d mentions", type, r.key(), r.value().getMentionCount()).isTrue());
    });
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An Error, not an Exception: it bypasses the dead-letter handler and kills the stream thread. */
  private static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash of the extract instance");
    }
  }
}
