package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The load harness end to end on a local broker and registry: a small run, every figure checked for sense. */
class BenchIntegrationTest {

  private static final int ARTICLES = 40;

  @TempDir Path dir;

  @Test
  @Timeout(600)
  void smallRunReportsEveryArticleThroughThePipelineWithItsLatencyAndCost() throws Exception {
    BenchOptions options = new BenchOptions(ARTICLES, 0, null, null, true, 1, 0, List.of(Path.of("../samples/feed")),
        10, 240, Map.of(), 0, ArticleGenerator.DEFAULT_STORIES);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    BenchReport report = new Bench(options, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

    assertThat(report.settled()).as("the pipeline settled (output quiet, lag 0) before the timeout").isTrue();
    assertThat(report.articles()).isEqualTo(ARTICLES);
    assertThat(report.articlesWithEvents())
        .as("generated articles open with a template's lead event, so nearly all reach an event")
        .isGreaterThanOrEqualTo(ARTICLES * 9 / 10);
    assertThat(report.latency().count()).as("one latency per article with an event").isEqualTo(report.articlesWithEvents());
    assertThat(report.latency().p50()).isPositive().isLessThanOrEqualTo(report.latency().max());
    assertThat(report.steadyLatency()).as("no warm-up asked: every latency counts in both figures")
        .isEqualTo(report.latency());
    assertThat(report.latencyBySlice()).as("latencies by slice of publish time").isNotEmpty();
    assertThat(report.latencyBySlice().stream().mapToInt(s -> s.latency().count()).sum())
        .as("every latency falls in one slice").isEqualTo(report.latency().count());
    assertThat(report.throughput()).isPositive();
    assertThat(report.steadyThroughput()).as("no warm-up asked: the whole run counts after it").isPositive();
    assertThat(report.finalLag()).as("final consumer lag per service group").isNotEmpty().allSatisfy((group, lag) ->
        assertThat(lag).as("final lag of %s", group).isZero());
    assertThat(report.outputRecords()).as("mentions and events read back").isGreaterThan(report.events());
    assertThat(report.largestEvent()).isPositive();
    assertThat(report.resources().services()).as("CPU attributed per service and per kind of hidden thread")
        .containsKeys("ingest", "extract", "bench", "other", "jit", "gc", "rocksdb", "unattributed");
    if (Files.isDirectory(Path.of("/proc/self/task"))) {
      assertThat(report.resources().services().get("jit").cpuSeconds())
          .as("CPU of the JIT compiler threads, read from /proc (a run always compiles)").isPositive();
    }
    assertThat(report.recordsWritten().get("ingest")).as("ingest's records per topic")
        .containsKey("readout.articles")
        .doesNotContainKey("readout-ingest-ingest-near-dup-bands-store-changelog");
    assertThat(report.recordsWritten().get("extract")).as("extract's records per topic")
        .containsKey("readout.mentions")
        .containsKey("readout-extract-extract-fusion-mention-store-changelog")
        .doesNotContainKey("readout-extract-extract-fusion-index-store-changelog")
        .doesNotContainKey("readout-extract-extract-fusion-event-members-store-changelog");
    assertThat(report.recordsWritten().get("extract").getOrDefault("readout-extract-extract-fusion-progress-store-changelog", 0L))
        .as("the cached progress count is written once per commit, not once per mention")
        .isLessThan(report.recordsWritten().get("extract").get("readout-extract-extract-fusion-mention-store-changelog"));
    assertThat(report.recordsWritten().get("extract").get("readout.mentions"))
        .as("every mention an article gave is written at least once").isGreaterThanOrEqualTo(report.articlesWithEvents());
    assertThat(report.components().engineArticlesPerSecond()).as("engine timed alone").isPositive();

    Path json = dir.resolve("report.json");
    report.writeJson(json);
    assertThat(Files.readString(json)).contains("\"throughput\"", "\"largestEvent\"", "\"latency\"");
    assertThat(report.table()).contains("sustained throughput", "latency publish->event", "largest event",
        "records written extract");
  }
}
