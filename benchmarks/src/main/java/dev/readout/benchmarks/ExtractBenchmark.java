package dev.readout.benchmarks;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.schemas.avro.EventMention;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second through {@link ExtractionEngine#extract}, single-threaded: each operation
 * extracts one article, cycling through the corpus so that the figure is an average over real
 * articles of different lengths, not one favourite.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractBenchmark {

  /** {@code corpus}: the shared corpus (see {@link BenchmarkArticles}); {@code bundled}: ~600-word articles. */
  @Param({"corpus", "bundled"})
  public String articles;

  private ExtractionEngine engine;
  private List<ArticleInput> texts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    engine = ExtractionEngine.createDefault();
    texts = BenchmarkArticles.load(articles);
    long words = texts.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    System.out.printf("%n%d articles, %d words on average, engine %s%n",
        texts.size(), words / Math.max(1, texts.size()), ExtractionEngine.VERSION);
  }

  @Benchmark
  public List<EventMention> extractOneArticle() {
    ArticleInput article = texts.get(next);
    next = (next + 1) % texts.size();
    return engine.extract(article);
  }
}
