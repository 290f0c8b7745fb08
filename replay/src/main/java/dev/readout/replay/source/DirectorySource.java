package dev.readout.replay.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.replay.ArticleJson;
import dev.readout.replay.InvalidArticleException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A directory of {@code <id>.txt} article texts, each with an optional {@code <id>.json} of
 * metadata ({@code id, url, source, title, published_at}; other fields, such as gold events, are
 * ignored). Without a {@code published_at} the text file's modification time is used; without a
 * {@code source}, the URL's host or the directory's name.
 */
public final class DirectorySource implements ArticleSource {

  /** Larger files are skipped: no news article is this long. */
  static final long MAX_FILE_BYTES = 4L * ArticleJson.MAX_TEXT_CHARS;

  private final Path dir;

  public DirectorySource(Path dir) {
    this.dir = dir;
  }

  @Override
  public String describe() {
    return dir + " (directory)";
  }

  @Override
  public void read(SourceListener listener) throws IOException {
    Set<String> texts = new TreeSet<>();
    Set<String> metadata = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
          continue;
        }
        if (name.endsWith(".txt")) {
          texts.add(stem(name));
        } else if (name.endsWith(".json")) {
          metadata.add(stem(name));
        }
      }
    }
    for (String stem : texts) {
      readOne(stem, listener);
    }
    List<String> orphans = new ArrayList<>(metadata);
    orphans.removeAll(texts);
    for (String stem : orphans) {
      listener.problem(new Problem(dir.resolve(stem + ".json").toString(), "metadata without a text file " + stem + ".txt"));
    }
  }

  private void readOne(String stem, SourceListener listener) {
    Path textFile = dir.resolve(stem + ".txt");
    Path metaFile = dir.resolve(stem + ".json");
    String location = textFile.toString();
    try {
      if (Files.size(textFile) > MAX_FILE_BYTES) {
        listener.problem(new Problem(location, "larger than " + MAX_FILE_BYTES + " bytes"));
        return;
      }
      String text = decode(Files.readAllBytes(textFile));
      ObjectNode node = ArticleJson.mapper().createObjectNode();
      if (Files.exists(metaFile)) {
        location = metaFile.toString();
        if (Files.size(metaFile) > MAX_FILE_BYTES) {
          listener.problem(new Problem(location, "larger than " + MAX_FILE_BYTES + " bytes"));
          return;
        }
        JsonNode meta = ArticleJson.mapper().readTree(metaFile.toFile());
        if (meta == null || !meta.isObject()) {
          listener.problem(new Problem(location + ":1", "metadata is not a JSON object"));
          return;
        }
        node.setAll((ObjectNode) meta);
        location = textFile.toString();
      }
      if (!node.hasNonNull("id")) {
        node.put("id", stem);
      }
      if (!node.hasNonNull("published_at")) {
        node.put("published_at", Files.getLastModifiedTime(textFile).toInstant().truncatedTo(ChronoUnit.MILLIS).toString());
      }
      node.put("text", text);
      listener.article(ArticleJson.fromJson(node, dirName()));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      listener.problem(new Problem(location + ":" + line, "not valid JSON: " + e.getOriginalMessage()));
    } catch (CharacterCodingException e) {
      listener.problem(new Problem(location, "not UTF-8 text"));
    } catch (InvalidArticleException e) {
      listener.problem(new Problem(location, e.getMessage()));
    } catch (IOException e) {
      listener.problem(new Problem(location, "cannot be read: " + e.getMessage()));
    }
  }

  private String dirName() {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? dir.toString() : name.toString();
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static String stem(String fileName) {
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }
}
