package dev.readout.bench;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.fusion.Fuser;
import dev.readout.extract.stream.ExtractService;
import dev.readout.extract.stream.ExtractTopology;
import dev.readout.extract.stream.MentionFusion;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.registry.MockSchemaRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * How the extract topology's cost per article grows with the history it has seen: the real
 * topology and stores (RocksDB) in a {@link TopologyTestDriver}, no broker, with the engine's
 * mentions computed beforehand so that only Streams, serdes and live fusion are timed.
 *
 * <pre>{@code java -cp cli/target/readout.jar dev.readout.bench.LiveFusionScaling 2000 samples/feed ../shared/corpus}</pre>
 */
public final class LiveFusionScaling {

  private static final int BATCH = 250;

  private LiveFusionScaling() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    List<Path> dirs = args.length > 1
        ? java.util.Arrays.stream(args).skip(1).map(Path::of).toList()
        : List.of(Path.of("samples/feed"), Path.of("../shared/corpus"));
    ArticleGenerator generator = new ArticleGenerator(ArticleGenerator.load(dirs), "scale", n, 42);
    ExtractionEngine engine = ExtractionEngine.createDefault();
    Map<String, List<EventMention>> extracted = new HashMap<>();
    List<Article> articles = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      ArticleGenerator.Generated g = generator.next(i);
      extracted.put(g.id(), engine.extract(new ArticleInput(g.id(), g.text(), g.publishedAt(), "Bench Wire", null)));
      articles.add(Article.newBuilder().setId(g.id()).setSource("Bench Wire").setUrl(null).setTitle(null)
          .setPublishedAt(g.publishedAt()).setIngestedAt(g.publishedAt()).setLanguage("eng").setText(g.text())
          .setContentHash(Integer.toHexString(g.text().hashCode())).setDuplicateOf(null).build());
    }
    String scope = "live-fusion-scaling";
    Topics topics = new Topics(Map.of("schema.registry.url", "mock://" + scope));
    Path state = Files.createTempDirectory("readout-fusion-scaling");
    ReadoutConfig config = ReadoutConfig.of(Map.of(ReadoutConfig.STATE_DIR, state.toString()));
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    System.out.println("Streams + serdes + live fusion per article, engine excluded; CPU is this thread's "
        + "(RocksDB's own threads and GC not counted), steadier than wall time on a busy machine");
    System.out.println("articles    wall ms   CPU ms  mentions so far");
    try (TopologyTestDriver driver = new TopologyTestDriver(
        new ExtractTopology(topics, a -> extracted.get(a.id()), MentionFusion.of(new Fuser())).build(),
        config.streamsProperties(ExtractService.SERVICE, Topics.MENTIONS_DLQ))) {
      TestInputTopic<String, Article> input = driver.createInputTopic(
          Topics.ARTICLES, Serdes.String().serializer(), topics.articles().valueSerde().serializer());
      long mentions = 0;
      for (int from = 0; from < n; from += BATCH) {
        long began = System.nanoTime();
        long cpuBegan = threads.getCurrentThreadCpuTime();
        int to = Math.min(n, from + BATCH);
        for (Article a : articles.subList(from, to)) {
          input.pipeInput(a.getId(), a, a.getPublishedAt());
          mentions += extracted.get(a.getId()).size();
        }
        double ms = (System.nanoTime() - began) / 1e6 / (to - from);
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuBegan) / 1e6 / (to - from);
        System.out.printf(Locale.ROOT, "%5d-%-5d %8.2f %8.2f %12d%n", from, to, ms, cpuMs, mentions);
      }
    } finally {
      MockSchemaRegistry.dropScope(scope);
    }
  }
}
