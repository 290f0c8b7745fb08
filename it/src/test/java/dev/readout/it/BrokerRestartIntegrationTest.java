package dev.readout.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.local.EmbeddedKafka;
import dev.readout.local.LocalRegistry;
import dev.readout.replay.Replay;
import dev.readout.replay.ReplayOptions;
import dev.readout.replay.ReplaySummary;
import dev.readout.replay.Selection;
import dev.readout.replay.kafka.KafkaArticleTarget;
import dev.readout.replay.pacing.Speed;
import dev.readout.replay.pacing.Ticker;
import dev.readout.replay.progress.ReplayProgress;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.testkit.CommittedRecords;
import dev.readout.testkit.CorpusArticles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stopped and started again (same data directory, same port) while a replay publishes
 * the corpus and the sample feed through ingest and extract. The replay, ingest and extract
 * ride it out, and the output read {@code read_committed} holds each article once and exactly the
 * events of the offline extraction and fusion of what ingest committed.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class BrokerRestartIntegrationTest {

  private static final Duration SETTLE = Duration.ofMinutes(4);

  @TempDir Path tmp;

  @Test
  void brokerRestartDuringReplayLosesAndDuplicatesNothing() throws Exception {
    Path kafkaData = tmp.resolve("kafka");
    List<String> sources = List.of(CorpusArticles.corpusDirectory().toString(), CorpusArticles.sampleFeedDirectory().toString());
    int expectedArticles = CorpusArticles.corpus().size() + CorpusArticles.load(CorpusArticles.sampleFeedDirectory()).size();

    try (LocalRegistry registry = LocalRegistry.start()) {
      EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(kafkaData).start();
      int port = kafka.port();
      ReadoutConfig config = InProcessPipeline.config(kafka, registry);
      try (InProcessPipeline pipeline = InProcessPipeline.start(config, tmp)) {

        // Each gap between publication times waits at most 300 ms: the replay lasts ~12 s.
        ReplayOptions paced = new ReplayOptions(Speed.REALTIME, Duration.ofMillis(300), Selection.ALL);
        KafkaArticleTarget target = KafkaArticleTarget.connect(kafka.bootstrapServers(), Topics.ARTICLES_RAW);
        CompletableFuture<ReplaySummary> replay = CompletableFuture.supplyAsync(() -> {
          try (target) {
            return new Replay(paced, Ticker.system(), ReplayProgress.SILENT).run(sources, target);
          } catch (Exception e) {
            throw new IllegalStateException("replay failed: " + e.getMessage(), e);
          }
        });

        Thread.sleep(3_000);
        assertThat(replay).as("the replay is still publishing when the broker stops").isNotDone();
        kafka.close();
        Thread.sleep(3_000);
        kafka = EmbeddedKafka.builder().dataDir(kafkaData).port(port).start();

        ReplaySummary summary = replay.get(SETTLE.toSeconds(), TimeUnit.SECONDS);
        assertThat(summary.exitCode()).as("replay across the broker restart: %s", summary.format()).isZero();

        try (CommittedRecords output = new CommittedRecords(config.consumerProperties("it-reader-" + UUID.randomUUID()), new Topics(config.serdeConfig()))) {
          output.pollUntil(() -> output.articles().size() == expectedArticles, SETTLE,
              () -> "ingest committed every replayed article once (" + output.articles().size() + " of " + expectedArticles + ")");
          OfflineEvents expected = new OfflineEvents(ExtractionEngine.createDefault(), output.articles().values());
          output.pollUntil(() -> output.events().equals(expected.events) && output.mentions().size() == expected.mentions.size(),
              SETTLE, () -> "after the broker restart the event topics hold the offline fusion of " + expected.eventCount()
                  + " events (" + output.eventCount() + " events, " + output.mentions().size() + " of "
                  + expected.mentions.size() + " mentions so far; ingest " + pipeline.ingest.state() + ", extract "
                  + pipeline.extract.streams().state() + ")");
          output.drain(Duration.ofSeconds(3));
          assertThat(output.duplicatedArticles()).as("articles committed twice to %s", Topics.ARTICLES).isEmpty();
          assertThat(output.events()).as("every event exactly as offline fusion, none lost, none extra").isEqualTo(expected.events);
          assertThat(output.repeatedMentionAssignments()).as("mention records published twice (work applied twice)").isEmpty();
        }
      } finally {
        kafka.close();
      }
    }
  }
}
