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
 * The articles the engine benchmark reads: every {@code <id>.txt} of the directory named by the
 * system property {@code readout.corpus} (default {@code ../shared/corpus}, the shared corpus
 * seen from the repository root), or, when that directory is absent, the articles bundled with
 * the benchmarks.
 */
final class BenchmarkArticles {

  static final String CORPUS_PROPERTY = "readout.corpus";
  static final String DEFAULT_CORPUS = "../shared/corpus";
  private static final List<String> BUNDLED = List.of("bench-001");
  private static final Instant PUBLISHED = Instant.parse("2025-02-18T20:00:00Z");

  private BenchmarkArticles() {}

  static List<ArticleInput> load() {
    Path corpus = Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS));
    if (Files.isDirectory(corpus)) {
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
