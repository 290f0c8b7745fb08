package dev.readout.extract.stream;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.schemas.avro.EventMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs the engine, and fusion on what it finds, over a few built-in articles before the service
 * takes traffic. A fresh JVM interprets the engine at first: the first article of a cold start
 * took 0.8–1.3 s, and at 50 articles/s the articles queued behind it decided the run's p99. A
 * time budget bounds the delay it adds to every start; 0 skips it.
 */
public final class EngineWarmUp {

  /** Setting: milliseconds to spend warming up at start; 0 skips it. */
  public static final String BUDGET_MS = "extract.warmup.ms";
  public static final long DEFAULT_BUDGET_MS = 3_000;

  private static final List<String> ARTICLES = List.of("warmup-1.txt", "warmup-2.txt", "warmup-3.txt");
  private static final Instant PUBLISHED = Instant.parse("2026-03-12T10:00:00Z");

  private final Function<ArticleInput, List<EventMention>> extractor;
  private final MentionFusion fusion;
  private final List<String> texts;

  public EngineWarmUp(Function<ArticleInput, List<EventMention>> extractor, MentionFusion fusion) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.fusion = Objects.requireNonNull(fusion, "fusion");
    this.texts = ARTICLES.stream().map(EngineWarmUp::read).toList();
  }

  /** What a warm-up did. */
  public record Result(int articles, int mentions, Duration took) {}

  /** Extracts and fuses the built-in articles round after round until {@code budget} is spent. */
  public Result run(Duration budget) {
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    int articles = 0;
    int mentions = 0;
    while (System.nanoTime() < deadline) {
      List<EventMention> round = new ArrayList<>();
      for (int i = 0; i < texts.size() && System.nanoTime() < deadline; i++) {
        // Fresh ids each round, so fusion compares and merges rather than deduplicating.
        round.addAll(extractor.apply(new ArticleInput("warmup-" + articles, texts.get(i), PUBLISHED, "Readout", null)));
        articles++;
      }
      mentions += round.size();
      if (!round.isEmpty()) {
        fusion.fuse(round);
        round.forEach(fusion::blockingKeys);
      }
    }
    return new Result(articles, mentions, Duration.ofNanos(System.nanoTime() - start));
  }

  private static String read(String name) {
    try (InputStream in = EngineWarmUp.class.getResourceAsStream("warmup/" + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in warm-up article " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in warm-up article " + name, e);
    }
  }
}
