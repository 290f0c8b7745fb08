package dev.readout.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.schemas.avro.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Real articles for the tests: the shared corpus and the sample feed, as the {@code Article}s ingest writes. */
final class TestArticles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestArticles() {}

  static Path corpus() {
    String shared = System.getProperty("readout.shared.dir");
    if (shared == null) {
      throw new IllegalStateException("system property readout.shared.dir is not set (the root pom sets it for Surefire)");
    }
    return existing(Path.of(shared, "corpus"));
  }

  static Path sampleFeed() {
    return existing(Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "samples", "feed"));
  }

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

  /** The corpus and the sample feed, earliest first. */
  static List<Article> all() {
    List<Article> out = new ArrayList<>(load(corpus()));
    out.addAll(load(sampleFeed()));
    out.sort(Comparator.comparing(Article::getPublishedAt).thenComparing(Article::getId));
    return out;
  }

  static List<Article> load(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().map(TestArticles::article).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Article article(Path textFile) {
    try {
      String id = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
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
          .setContentHash(HexFormat.of().formatHex(sha256(text)))
          .setDuplicateOf(null)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test article " + textFile, e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
