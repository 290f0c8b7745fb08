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
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractBenchmark {

  private ExtractionEngine engine;
  private List<ArticleInput> articles;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    engine = ExtractionEngine.createDefault();
    articles = BenchmarkArticles.load();
    long words = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    System.out.printf("%n%d articles, %d words on average, engine %s%n",
        articles.size(), words / Math.max(1, articles.size()), ExtractionEngine.VERSION);
  }

  @Benchmark
  public List<EventMention> extractOneArticle() {
    ArticleInput article = articles.get(next);
    next = (next + 1) % articles.size();
    return engine.extract(article);
  }
}
