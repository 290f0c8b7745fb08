package dev.readout.extract.stream;

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
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The shared annotated corpus ({@code <readout.shared.dir>/corpus}) as the {@code Article}s ingest would write. */
final class Corpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  static Path directory() {
    String shared = System.getProperty("readout.shared.dir");
    if (shared == null) {
      throw new IllegalStateException("system property readout.shared.dir is not set (the root pom sets it for Surefire)");
    }
    Path dir = Path.of(shared, "corpus");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("corpus directory " + dir.toAbsolutePath() + " does not exist");
    }
    return dir;
  }

  static List<Article> articles() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().map(Corpus::article).toList();
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
          .setTitle(null)
          .setPublishedAt(published)
          .setIngestedAt(published)
          .setLanguage("eng")
          .setText(text)
          .setContentHash(sha256(text))
          .setDuplicateOf(null)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus article " + textFile, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
