package dev.readout.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.schemas.avro.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real articles for tests, as the {@code Article}s ingest writes: the shared annotated corpus
 * ({@code <readout.shared.dir>/corpus}) and the sample feed ({@code samples/feed}), each an
 * {@code <id>.txt} with an {@code <id>.json} beside it.
 */
public final class CorpusArticles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusArticles() {}

  /** The shared corpus directory; the root pom passes {@code readout.shared.dir} to Surefire. */
  public static Path corpusDirectory() {
    String shared = System.getProperty("readout.shared.dir");
    if (shared == null) {
      throw new IllegalStateException("system property readout.shared.dir is not set (the root pom sets it for Surefire)");
    }
    return existing(Path.of(shared, "corpus"));
  }

  /** The sample feed checked in with the project. */
  public static Path sampleFeedDirectory() {
    return existing(Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "samples", "feed"));
  }

  // A module's tests run with the module as working directory; the reactor root is one up.
  private static Path existing(Path dir) {
    if (!Files.isDirectory(dir)) {
      Path fallback = Path.of("..").resolve(dir.getParent().getFileName()).resolve(dir.getFileName());
      if (Files.isDirectory(fallback)) {
        return fallback;
      }
      throw new IllegalStateException("test articles directory " + dir.toAbsolutePath() + " does not exist");
    }
    return dir;
  }

  /** The shared corpus, by file name. */
  public static List<Article> corpus() {
    return load(corpusDirectory());
  }

  /** The corpus and the sample feed, earliest first (ties by id). */
  public static List<Article> all() {
    List<Article> out = new ArrayList<>(corpus());
    out.addAll(load(sampleFeedDirectory()));
    out.sort(Comparator.comparing(Article::getPublishedAt).thenComparing(Article::getId));
    return out;
  }

  /** Every {@code <id>.txt} in {@code dir} with its {@code <id>.json}, by file name. */
  public static List<Article> load(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().map(CorpusArticles::article).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list test articles in " + dir, e);
    }
  }

  private static Article article(Path textFile) {
    try {
      String name = textFile.getFileName().toString();
      String id = name.substring(0, name.length() - ".txt".length());
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      JsonNode meta = JSON.readTree(textFile.resolveSibling(id + ".json").toFile());
      Instant published = Instant.parse(meta.path("published_at").asText());
      return Article.newBuilder()
          .setId(id)
          .setSource(meta.path("source").asText("unknown"))
          .setUrl(meta.hasNonNull("url") ? meta.get("url").asText() : null)
          .setTitle(meta.hasNonNull("title") ? meta.get("title").asText() : null)
          .setPublishedAt(published)
          .setIngestedAt(published)
          .setLanguage("eng")
          .setText(text)
          .setContentHash(sha256(text))
          .setDuplicateOf(null)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test article " + textFile, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }
}
