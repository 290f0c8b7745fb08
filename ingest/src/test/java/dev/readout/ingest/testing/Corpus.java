package dev.readout.ingest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The annotated articles of {@code <readout.shared.dir>/corpus}, as raw JSON a producer would send. */
public final class Corpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param id the corpus id, used as the article id
   * @param text the article text as stored
   * @param json the raw record: {@code {id, url, source, title, published_at, text}}
   */
  public record Entry(String id, String text, String publishedAt, byte[] json) {}

  private Corpus() {}

  public static Path dir() {
    String shared = System.getProperty("readout.shared.dir");
    if (shared == null) {
      throw new IllegalStateException("system property readout.shared.dir is not set (the root pom's Surefire config sets it)");
    }
    Path dir = Path.of(shared, "corpus");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no corpus at " + dir.toAbsolutePath());
    }
    return dir;
  }

  public static List<Entry> load() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().map(Corpus::entry).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Entry get(String id) {
    return entry(dir().resolve(id + ".json"));
  }

  private static Entry entry(Path meta) {
    try {
      JsonNode gold = JSON.readTree(meta.toFile());
      String id = gold.get("id").asText();
      String text = Files.readString(meta.resolveSibling(id + ".txt"));
      ObjectNode raw = JSON.createObjectNode();
      raw.put("id", id);
      if (gold.hasNonNull("url")) {
        raw.put("url", gold.get("url").asText());
      }
      // Some seed articles have no source; a producer must name one.
      raw.put("source", gold.hasNonNull("source") ? gold.get("source").asText() : "Readout corpus");
      raw.put("published_at", gold.get("published_at").asText());
      raw.put("text", text);
      return new Entry(id, text, gold.get("published_at").asText(), JSON.writeValueAsBytes(raw));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A raw record from fields; {@code null} values are left out. */
  public static byte[] json(Object... keyValues) {
    ObjectNode raw = JSON.createObjectNode();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      if (v != null) {
        raw.set((String) keyValues[i], JSON.valueToTree(v));
      }
    }
    try {
      return JSON.writeValueAsBytes(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
