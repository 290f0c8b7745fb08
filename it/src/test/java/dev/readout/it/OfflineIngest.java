package dev.readout.it;

import dev.readout.ingest.stream.IngestConfig;
import dev.readout.ingest.stream.IngestTopology;
import dev.readout.runtime.DeadLetterHeaders;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The truth an ingest run is checked against: the same raw records, in the same order, through
 * {@link IngestTopology} in a {@code TopologyTestDriver}. It is the topology's own answer with
 * no fault, no broker and no timing: given one input order, what an uninterrupted run gives.
 * Articles are compared with {@code ingested_at} cleared, the one field that is wall-clock time.
 */
final class OfflineIngest {

  /** Article id to the article ingest writes, {@code ingested_at} cleared. */
  final Map<String, Article> articles = new LinkedHashMap<>();
  /** Dead-letter key to its {@code readout.error.reason}. */
  final Map<String, String> deadLetters = new LinkedHashMap<>();

  OfflineIngest(RawFeed feed) {
    Topics topics = new Topics(Map.of("schema.registry.url", "mock://offline-ingest-" + UUID.randomUUID()));
    try (TopologyTestDriver driver = new TopologyTestDriver(IngestTopology.build(IngestConfig.defaults(), topics),
        ReadoutConfig.of(Map.of()).streamsProperties(IngestTopology.SERVICE, Topics.ARTICLES_DLQ), Instant.now())) {
      TestInputTopic<String, byte[]> raw =
          driver.createInputTopic(Topics.ARTICLES_RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
      TestOutputTopic<String, Article> out = driver.createOutputTopic(
          Topics.ARTICLES, Serdes.String().deserializer(), topics.articles().valueSerde().deserializer());
      TestOutputTopic<byte[], byte[]> dlq =
          driver.createOutputTopic(Topics.ARTICLES_DLQ, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
      feed.records.forEach(r -> raw.pipeInput(r.key(), r.value()));
      for (TestRecord<String, Article> r : out.readRecordsToList()) {
        if (articles.put(r.key(), withoutIngestTime(r.value())) != null) {
          throw new IllegalStateException("the offline run wrote " + r.key() + " twice");
        }
      }
      for (TestRecord<byte[], byte[]> r : dlq.readRecordsToList()) {
        deadLetters.put(new String(r.key(), StandardCharsets.UTF_8), reason(r.headers().lastHeader(DeadLetterHeaders.REASON)));
      }
    }
  }

  static Article withoutIngestTime(Article a) {
    return Article.newBuilder(a).setIngestedAt(Instant.EPOCH).build();
  }

  static String reason(Header h) {
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
