package dev.readout.benchmarks;

import dev.readout.extract.eval.ArticleFiles;
import dev.readout.extract.eval.LoadedArticle;
import dev.readout.extract.engine.ArticleInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The articles the engine benchmark reads. {@code corpus}: every {@code <id>.txt} of the
 * directory named by the system property {@code readout.corpus} (default
 * {@code ../shared/corpus}, the shared corpus seen from the repository root), falling back to
 * the bundled articles when that directory is absent. {@code bundled}: the ~600-word articles
 * shipped in the benchmarks jar.
 */
final class BenchmarkArticles {

  static final String CORPUS_PROPERTY = "readout.corpus";
  static final String DEFAULT_CORPUS = "../shared/corpus";
  private static final List<String> BUNDLED = List.of("bench-001");
  private static final Instant PUBLISHED = Instant.parse("2025-02-18T20:00:00Z");

  private BenchmarkArticles() {}

  static List<ArticleInput> load(String source) {
    Path corpus = Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS));
    if (!source.equals("corpus") && !source.equals("bundled")) {
      throw new IllegalArgumentException("articles must be corpus or bundled, not " + source);
    }
    if (source.equals("corpus") && !Files.isDirectory(corpus)) {
      System.out.printf("%nno corpus at %s (set -D%s=DIR); using the bundled articles%n", corpus.toAbsolutePath(), CORPUS_PROPERTY);
    }
    if (source.equals("corpus") && Files.isDirectory(corpus)) {
      ArticleFiles.Defaults defaults = new ArticleFiles.Defaults(PUBLISHED, "benchmark", PUBLISHED);
      return ArticleFiles.expand(List.of(corpus)).stream()
          .map(file -> ArticleFiles.read(file, defaults))
          .map(LoadedArticle::input)
          .toList();
    }
    return BUNDLED.stream().map(BenchmarkArticles::bundled).toList();
  }

  private static ArticleInput bundled(String id) {
    try (InputStream in = BenchmarkArticles.class.getResourceAsStream("/articles/" + id + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("bundled article " + id + " is missing from the benchmarks jar");
      }
      return new ArticleInput(id, new String(in.readAllBytes(), StandardCharsets.UTF_8), PUBLISHED, "benchmark", null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
