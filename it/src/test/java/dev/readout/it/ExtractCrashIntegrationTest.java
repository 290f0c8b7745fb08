package dev.readout.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.testkit.CommittedRecords;
import dev.readout.testkit.CorpusArticles;
import dev.readout.testkit.RegistryExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract service killed as {@code kill -9} does (a child JVM ended with {@code
 * destroyForcibly}: no commit, no leaving the group, a transaction possibly open) while it works
 * through real articles. Whatever survives, the output topics read {@code read_committed} end up
 * holding exactly the offline extraction and {@code Fuser.fuse} of the same articles, with no
 * work applied twice.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class ExtractCrashIntegrationTest {

  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final Duration SETTLE = Duration.ofMinutes(4);

  @RegisterExtension static final RegistryExtension REGISTRY = new RegistryExtension();
  private static List<Article> feed;
  private static OfflineEvents expected;

  @TempDir Path tmp;
  private CrashStage stage;
  private ReadoutConfig config;

  @BeforeAll
  static void computeTheTruth() {
    feed = CorpusArticles.all();
    expected = new OfflineEvents(ExtractionEngine.createDefault(), feed);
    assertThat(expected.eventCount()).as("the engine finds events in the test articles").isPositive();
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

  private ChildJvm startExtract(String name, String stateDir) throws Exception {
    return stage.start(ExtractProcess.class, name, stateDir, ExtractProcess.READY, STARTUP);
  }

  private void produce(List<Article> articles) {
    Topics topics = new Topics(config.serdeConfig());
    try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
        config.producerProperties(), new StringSerializer(), topics.articles().valueSerde().serializer())) {
      for (Article a : articles) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES, null, a.getPublishedAt().toEpochMilli(), a.getId(), a));
      }
      producer.flush();
    }
  }

  @Test
  void extractKilledMidStreamAndRestartedOnItsStateHoldsEveryEventExactlyOnce() throws Exception {
    ChildJvm first = startExtract("extract-1", "state-1");
    try (CommittedRecords output = new CommittedRecords(config.consumerProperties("it-reader-" + UUID.randomUUID()), new Topics(config.serdeConfig()))) {
      produce(feed.subList(0, feed.size() / 2));
      output.pollUntil(() -> !output.mentions().isEmpty(), SETTLE, () -> "the extract instance commits some mentions");
      produce(feed.subList(feed.size() / 2, feed.size()));
      first.kill();
      output.drain(Duration.ofSeconds(1));
      int mentionsAtKill = output.mentions().size();
      System.out.printf("killed the only extract instance with %d of %d mentions committed%n", mentionsAtKill, expected.mentions.size());

      startExtract("extract-1-restarted", "state-1");
      awaitTheTruth(output, "after kill -9 at " + mentionsAtKill + " of " + expected.mentions.size()
          + " mentions and a restart on the same state directory");
    }
  }

  @Test
  void oneOfTwoExtractInstancesKilledTheOtherCompletesEveryEventExactlyOnce() throws Exception {
    ChildJvm doomed = startExtract("extract-a", "state-a");
    startExtract("extract-b", "state-b");
    try (CommittedRecords output = new CommittedRecords(config.consumerProperties("it-reader-" + UUID.randomUUID()), new Topics(config.serdeConfig()))) {
      produce(feed.subList(0, feed.size() / 2));
      output.pollUntil(() -> !output.mentions().isEmpty(), SETTLE, () -> "the two instances commit some mentions");
      produce(feed.subList(feed.size() / 2, feed.size()));
      doomed.kill();
      output.drain(Duration.ofSeconds(1));
      int mentionsAtKill = output.mentions().size();
      System.out.printf("killed one of two extract instances with %d of %d mentions committed%n", mentionsAtKill, expected.mentions.size());

      awaitTheTruth(output, "after kill -9 of one of two instances at " + mentionsAtKill + " of "
          + expected.mentions.size() + " mentions, the survivor alone");
    }
  }

  private static void awaitTheTruth(CommittedRecords output, String when) {
    output.pollUntil(() -> output.events().equals(expected.events) && output.mentions().size() == expected.mentions.size(),
        SETTLE, () -> when + ": the event topics hold the offline fusion of " + expected.eventCount() + " events ("
            + output.eventCount() + " events, " + output.mentions().size() + " of " + expected.mentions.size()
            + " mentions so far)");
    output.drain(Duration.ofSeconds(3));
    assertThat(output.events()).as("%s: every event exactly as offline fusion, none lost, none extra", when)
        .isEqualTo(expected.events);
    assertThat(output.mentions().keySet()).as("%s: every mention of the offline extraction", when)
        .containsExactlyInAnyOrderElementsOf(expected.mentions.stream().map(m -> m.getId()).toList());
    assertThat(output.repeatedMentionAssignments()).as("%s: mention records published twice (work applied twice)", when)
        .isEmpty();
  }
}
