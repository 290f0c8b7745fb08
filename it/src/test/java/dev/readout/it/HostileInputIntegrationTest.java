package dev.readout.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.local.EmbeddedKafka;
import dev.readout.local.LocalRegistry;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.testkit.CommittedRecords;
import dev.readout.testkit.CorpusArticles;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile records through the real pipeline (ingest and extract on a real broker and registry):
 * each lands in a dead-letter topic or yields no event, the engine spends a bounded time on
 * whatever passes ingest, and the good articles sent after them still become events.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class HostileInputIntegrationTest {

  private static final Duration SETTLE = Duration.ofMinutes(4);
  /** The engine's bound per hostile article that passes ingest, generous for a loaded 2-core machine. */
  private static final Duration ENGINE_BOUND = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PUBLISHED = "2025-02-16T09:00:00Z";

  @TempDir Path tmp;

  /** Hostile raw records by key (= id where the record has one). */
  private static Map<String, byte[]> hostile() throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
    invalidUtf8.write("{\"id\": \"invalid-utf8\", \"source\": \"Wire\", \"published_at\": \"2025-02-16T09:00:00Z\", \"text\": \"Rubio met Lavrov "
        .getBytes(UTF_8));
    invalidUtf8.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
    invalidUtf8.write(" in Riyadh.\"}".getBytes(UTF_8));
    out.put("invalid-utf8", invalidUtf8.toByteArray());
    out.put("over-record-limit", article("over-record-limit", "Talks. ".repeat(650_000))); // 4.5 MB
    out.put("over-text-limit", article("over-text-limit", "The weather was mild. ".repeat(100_000))); // 2.2 MB
    out.put("deep-nesting", ("{\"id\": \"deep-nesting\", \"text\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(UTF_8));
    ObjectNode huge = (ObjectNode) JSON.readTree(article("huge-json", "Nothing of note happened in the capital today."));
    var array = huge.putArray("extra");
    for (int i = 0; i < 150_000; i++) {
      array.addObject().put("k" + (i % 7), i);
    }
    out.put("huge-json", JSON.writeValueAsBytes(huge));
    StringBuilder control = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      control.append((char) (i % 32)).append(i % 5 == 0 ? "\u202E\uFEFF\u200B" : "");
    }
    out.put("control-characters", article("control-characters", control.toString()));
    out.put("long-sentence", article("long-sentence",
        "Officials in the region discussed " + "the weather and the harvest and the roads, ".repeat(2_400)));
    out.put("quote-nesting", article("quote-nesting", "\"'\u201c\u2018(".repeat(20_000) + "said" + ")\u2019\u201d'\"".repeat(20_000)));
    out.put("html-script", html("html-script",
        "<html><head><script>document.write('Marco Rubio met Sergey Lavrov in Riyadh on Tuesday.')</script>"
            + "<style>p:after{content:'Trump spoke by phone with Putin'}</style></head>"
            + "<body><p onclick=\"alert('Macron met Xi')\">Nothing of note happened today.</p>"
            + "<iframe src=\"javascript:alert(1)\"></iframe></body></html>"));
    out.put("russian", article("russian", "Министр иностранных дел России Сергей Лавров встретился с госсекретарём США "
        + "Марко Рубио в Эр-Рияде во вторник. «Мы договорились продолжить работу», — сказал Лавров."));
    out.put("chinese", article("chinese", "中国外交部长王毅周二在慕尼黑会见了美国国务卿鲁比奥。王毅表示，双方同意保持沟通。"));
    out.put("arabic", article("arabic", "التقى وزير الخارجية السعودي فيصل بن فرحان بنظيره الروسي سيرغي لافروف في الرياض يوم الثلاثاء."));
    return out;
  }

  private static byte[] article(String id, String text) throws Exception {
    return JSON.writeValueAsBytes(JSON.createObjectNode().put("id", id).put("source", "Hostile Wire")
        .put("published_at", PUBLISHED).put("text", text));
  }

  private static byte[] html(String id, String html) throws Exception {
    return JSON.writeValueAsBytes(JSON.createObjectNode().put("id", id).put("source", "Hostile Wire")
        .put("published_at", PUBLISHED).put("html", html));
  }

  @Test
  void everyHostileRecordIsDeadLetteredOrEventlessAndGoodArticlesAfterThemStillBecomeEvents() throws Exception {
    ExtractionEngine engine = ExtractionEngine.createDefault();
    List<Article> corpus = CorpusArticles.corpus();
    List<Article> good = new ArrayList<>();
    for (Article a : corpus) {
      if (good.size() < 3 && new OfflineEvents(engine, List.of(a)).eventCount() > 0) {
        good.add(a);
      }
    }
    assertThat(good).as("corpus articles the engine finds events in").hasSize(3);
    Map<String, byte[]> hostile = hostile();

    try (LocalRegistry registry = LocalRegistry.start();
        EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(tmp.resolve("kafka")).start()) {
      ReadoutConfig config = InProcessPipeline.config(kafka, registry);
      try (InProcessPipeline pipeline = InProcessPipeline.start(config, tmp)) {

        Properties props = config.producerProperties();
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(16 * 1024 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024));
        long began = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
          send(producer, good.get(0).getId(), raw(good.get(0)));
          hostile.forEach((key, value) -> send(producer, key, value));
          send(producer, good.get(1).getId(), raw(good.get(1)));
          // 10 MB is over what the raw topic takes: the producer is refused, nothing half-written.
          byte[] tenMegabytes = article("ten-megabytes", "Rubio met Lavrov. ".repeat(580_000));
          assertThat(tenMegabytes.length).isGreaterThan(10_000_000);
          try {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, "ten-megabytes".getBytes(UTF_8), tenMegabytes)).get();
            throw new AssertionError("a 10 MB record was accepted by " + Topics.ARTICLES_RAW);
          } catch (ExecutionException e) {
            assertThat(e.getCause()).as("the producer is told the record is too large").isInstanceOf(RecordTooLargeException.class);
          }
          send(producer, good.get(2).getId(), raw(good.get(2)));
        }

        Set<String> goodIds = Set.of(good.get(0).getId(), good.get(1).getId(), good.get(2).getId());
        try (CommittedRecords output = new CommittedRecords(config.consumerProperties("it-reader-" + UUID.randomUUID()), new Topics(config.serdeConfig()))) {
          output.pollUntil(() -> articlesWithEvents(output).containsAll(goodIds)
                  && hostile.keySet().stream().allMatch(k -> output.deadLetters().contains(Topics.ARTICLES_DLQ + ":" + k)
                      || output.articles().containsKey(k)),
              SETTLE, () -> "every good article has events (have " + articlesWithEvents(output) + ") and every hostile "
                  + "record is dead-lettered or ingested (dead letters " + output.deadLetters() + ", articles "
                  + output.articles().keySet() + ")");
          Duration took = Duration.ofNanos(System.nanoTime() - began);
          output.drain(Duration.ofSeconds(3));

          Set<String> withEvents = articlesWithEvents(output);
          for (String key : hostile.keySet()) {
            assertThat(withEvents).as("hostile record %s yields no event", key).doesNotContain(key);
          }
          assertThat(output.deadLetters()).as("records refused by ingest")
              .contains(Topics.ARTICLES_DLQ + ":invalid-utf8", Topics.ARTICLES_DLQ + ":over-record-limit",
                  Topics.ARTICLES_DLQ + ":over-text-limit", Topics.ARTICLES_DLQ + ":deep-nesting");
          assertThat(output.deadLetters()).as("no article reaches the extract dead-letter topic")
              .noneMatch(d -> d.startsWith(Topics.MENTIONS_DLQ));
          for (Article passed : output.articles().values()) {
            if (hostile.containsKey(passed.getId())) {
              assertThat(passed.getText()).as("no script or style text of %s survives ingest", passed.getId())
                  .doesNotContain("Rubio").doesNotContain("Putin").doesNotContain("Macron");
              long start = System.nanoTime();
              engine.extract(new ArticleInput(passed.getId(), passed.getText(), passed.getPublishedAt(), passed.getSource(), null));
              assertThat(Duration.ofNanos(System.nanoTime() - start)).as("engine time on hostile article %s (%d chars)",
                  passed.getId(), passed.getText().length()).isLessThan(ENGINE_BOUND);
            }
          }
          assertThat(took).as("the whole hostile batch and the good articles after it went through").isLessThan(SETTLE);
        }
      }
    }
  }

  private static Set<String> articlesWithEvents(CommittedRecords output) {
    Set<String> ids = new HashSet<>();
    for (Map<String, Event> events : output.events().values()) {
      events.values().forEach(e -> ids.addAll(e.getArticleIds()));
    }
    return ids;
  }

  private static byte[] raw(Article a) throws Exception {
    return JSON.writeValueAsBytes(JSON.createObjectNode().put("id", a.getId()).put("source", a.getSource())
        .put("url", a.getUrl()).put("published_at", a.getPublishedAt().toString()).put("text", a.getText()));
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key.getBytes(UTF_8), value)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError("could not publish " + key + " (" + value.length + " bytes): " + e.getMessage(), e);
    }
  }
}
