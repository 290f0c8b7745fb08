package dev.readout.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run measured.
 *
 * @param articles published
 * @param targetRate articles/s asked for (0 = max)
 * @param publishRate articles/s actually published
 * @param extractInstances extract instances in process
 * @param partitions partitions of the input topics
 * @param articlesWithMentions articles with at least one mention on {@code readout.mentions}
 * @param articlesWithEvents articles that reached at least one event upsert
 * @param events distinct event ids upserted for this run's articles
 * @param seconds wall time from the first publish to the last output record
 * @param throughput articles/s through the whole pipeline (articles published / seconds)
 * @param latency raw publish to the first event upsert of the article, read back read_committed
 * @param maxLag largest consumer lag seen per service group (records)
 * @param finalLag lag per group at the end
 * @param resources CPU and memory, per service where in process
 * @param components the engine and serde timed alone, or {@code null}
 * @param settled whether output went quiet with zero lag before the timeout
 * @param outputRecords records read from the mention and event topics (upserts, tombstones)
 * @param outputMegabytes their values' size: an event is rewritten whole at every upsert, so
 *     large events multiply it
 * @param largestEvent the most mentions one event of this run reached
 * @param warmupSeconds the warm-up left out of {@code steadyLatency}
 * @param steadyLatency as {@code latency}, for the articles published after the warm-up
 * @param steadyThroughput articles/s reaching their first event after the warm-up, over the time
 *     from the end of the warm-up to the last output record (so the drain at the end counts);
 *     0 when the run ended less than {@code Bench.MIN_STEADY_WINDOW} after a warm-up
 * @param latencyBySlice the latencies of the articles published in each {@value LatencySlice#SECONDS}
 *     seconds of the run: where a cold start's tail ends
 * @param recordsWritten records each in-process service sent, per topic (outputs, repartition
 *     and changelog topics); empty when the services run elsewhere
 */
public record BenchReport(
    int articles, double targetRate, double publishRate, int extractInstances, int partitions,
    int articlesWithMentions, int articlesWithEvents, int events, double seconds, double throughput,
    LatencyStats latency, Map<String, Long> maxLag, Map<String, Long> finalLag, ResourceSampler.Usage resources,
    ComponentTimings components, boolean settled, long outputRecords, double outputMegabytes, long largestEvent,
    int warmupSeconds, LatencyStats steadyLatency, double steadyThroughput, List<LatencySlice> latencyBySlice,
    Map<String, Map<String, Long>> recordsWritten) {

  /** Topics the table lists by name per service; the rest are summed up. */
  private static final int TOPICS_SHOWN = 4;

  /** The same report with the records the services wrote. */
  public BenchReport withRecordsWritten(Map<String, Map<String, Long>> written) {
    return new BenchReport(articles, targetRate, publishRate, extractInstances, partitions, articlesWithMentions,
        articlesWithEvents, events, seconds, throughput, latency, maxLag, finalLag, resources, components, settled,
        outputRecords, outputMegabytes, largestEvent, warmupSeconds, steadyLatency, steadyThroughput, latencyBySlice,
        Map.copyOf(written));
  }

  /** Slices the table shows one by one; later ones are summed up in {@code steadyLatency}. */
  private static final int SLICES_SHOWN = 6;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void writeJson(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writeValue(file.toFile(), this);
  }

  /** A human-readable table. */
  public String table() {
    StringBuilder b = new StringBuilder();
    row(b, "articles published", "%d (target %s, published at %.0f/s)", articles,
        targetRate > 0 ? String.format(Locale.ROOT, "%.0f/s", targetRate) : "max", publishRate);
    row(b, "pipeline", "%d extract instance(s), %d input partitions", extractInstances, partitions);
    row(b, "articles with mentions", "%d", articlesWithMentions);
    row(b, "articles with events", "%d (%d distinct events)", articlesWithEvents, events);
    row(b, "sustained throughput", "%.1f articles/s (%.1f s first publish to last output)%s", throughput, seconds,
        settled ? "" : "  NOT SETTLED: timed out");
    if (steadyThroughput > 0) {
      row(b, "  after warm-up", "%.1f articles/s (articles reaching their first event after the first %d s, until the last output)",
          steadyThroughput, warmupSeconds);
    } else {
      row(b, "  after warm-up", "- (the run ended less than %d s after the first %d s: a longer run measures the warm pipeline)",
          Bench.MIN_STEADY_WINDOW.toSeconds(), warmupSeconds);
    }
    row(b, "latency publish->event", "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d)", latency.p50(), latency.p95(),
        latency.p99(), latency.max(), latency.count());
    if (steadyLatency.count() > 0) {
      row(b, "  after warm-up", "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d published after the first %d s)",
          steadyLatency.p50(), steadyLatency.p95(), steadyLatency.p99(), steadyLatency.max(), steadyLatency.count(),
          warmupSeconds);
    } else {
      row(b, "  after warm-up", "- (no article was published after the first %d s)", warmupSeconds);
    }
    if (latencyBySlice.size() > 1) {
      StringBuilder slices = new StringBuilder();
      for (LatencySlice slice : latencyBySlice.subList(0, Math.min(SLICES_SHOWN, latencyBySlice.size()))) {
        slices.append(String.format(Locale.ROOT, "%s%d-%d s: %d/%d ms", slices.isEmpty() ? "" : ", ", slice.fromSecond(),
            slice.toSecond(), slice.latency().p50(), slice.latency().p99()));
      }
      row(b, "  p50/p99 by publish time", "%s%s", slices, latencyBySlice.size() > SLICES_SHOWN ? ", ... (all in the JSON)" : "");
    }
    row(b, "output", "%d records, %.1f MB (%.1f KB per article); largest event %d mentions", outputRecords,
        outputMegabytes, outputMegabytes * 1024 / Math.max(1, articles), largestEvent);
    row(b, "consumer lag max", "%s", maxLag);
    row(b, "consumer lag final", "%s", finalLag);
    if (resources != null) {
      row(b, "process CPU", "%.1f s = %.2f of %d cores (machine load average %.1f); heap max used %d MB of %d MB (whole JVM)",
          resources.processCpuSeconds(), resources.processCores(), resources.availableCores(), resources.systemLoadAverage(),
          resources.maxHeapUsedMb(), resources.heapMaxMb());
      resources.services().forEach((service, u) -> row(b, "  CPU " + service, "%.1f s = %.2f cores, allocating %.0f MB/s",
          u.cpuSeconds(), u.cores(), u.allocatedMbPerSecond()));
    }
    recordsWritten.forEach((service, byTopic) -> {
      long total = byTopic.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder top = new StringBuilder();
      byTopic.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .limit(TOPICS_SHOWN)
          .forEach(e -> top.append(String.format(Locale.ROOT, "%s%s %.1f", top.isEmpty() ? "" : ", ", e.getKey(),
              e.getValue() / (double) Math.max(1, articles))));
      row(b, "  records written " + service, "%.1f per article (%d); largest: %s", total / (double) Math.max(1, articles),
          total, top);
    });
    if (components != null) {
      row(b, "engine alone", "%.1f articles/s on 1 thread (%.2f ms/article, %.1f mentions/article, n=%d)",
          components.engineArticlesPerSecond(), components.engineMillisPerArticle(), components.mentionsPerArticle(),
          components.articles());
      row(b, "Avro serde alone", "%.0f us/article (article + its mentions, write and read)",
          components.serdeMicrosPerArticle());
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, String format, Object... args) {
    b.append(String.format(Locale.ROOT, "%-26s %s%n", name, String.format(Locale.ROOT, format, args)));
  }
}
