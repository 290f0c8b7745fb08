package dev.readout.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.extract.engine.ArticleInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads articles as the corpus lays them out: {@code <id>.txt} holds the text and an optional
 * {@code <id>.json} beside it gives {@code id}, {@code source}, {@code url} and
 * {@code published_at}. Without metadata the caller's defaults apply, and without any
 * publication time "now" is used (and the article says so).
 */
public final class ArticleFiles {

  /** Longer texts are not news articles; refusing them bounds the engine's work per input. */
  public static final int MAX_TEXT_BYTES = 1024 * 1024;

  /** What to assume when an article has no metadata file. */
  public record Defaults(Instant publishedAt, String source, Instant now) {}

  private ArticleFiles() {}

  /**
   * The {@code .txt} files named by the arguments: a file as given, a directory's
   * {@code *.txt} files in name order. Fails, naming it, on a path that does not exist or a
   * directory without any {@code .txt}.
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          List<Path> texts = listing
              .filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
              .sorted()
              .toList();
          if (texts.isEmpty()) {
            throw new IllegalArgumentException(path + ": directory holds no <id>.txt article");
          }
          files.addAll(texts);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new IllegalArgumentException(path + ": no such file or directory");
      }
    }
    return files;
  }

  /** The article id a file stands for: its name without the extension. */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The metadata or gold file beside a text file, whether it exists or not. */
  public static Path metadataOf(Path textFile) {
    return textFile.resolveSibling(idOf(textFile) + ".json");
  }

  public static LoadedArticle read(Path textFile, Defaults defaults) {
    byte[] bytes;
    try {
      if (Files.size(textFile) > MAX_TEXT_BYTES) {
        throw new IllegalArgumentException(
            textFile + ": larger than " + MAX_TEXT_BYTES + " bytes; not read as an article");
      }
      bytes = Files.readAllBytes(textFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + textFile + ": " + e.getMessage(), e);
    }
    String text = decode(bytes, textFile.toString());
    Path metadata = metadataOf(textFile);
    if (!Files.isRegularFile(metadata)) {
      return withDefaults(idOf(textFile), text, textFile, defaults);
    }
    JsonNode root = GoldFiles.readTree(metadata);
    String id = GoldFiles.text(root, "id", metadata, "");
    String source = GoldFiles.text(root, "source", metadata, "");
    Instant published = GoldFiles.instant(root, "published_at", metadata);
    boolean assumed = published == null && defaults.publishedAt() == null;
    return new LoadedArticle(
        new ArticleInput(
            id == null ? idOf(textFile) : id,
            text,
            published != null ? published : defaults.publishedAt() != null ? defaults.publishedAt() : defaults.now(),
            source != null ? source : defaults.source(),
            GoldFiles.text(root, "url", metadata, "")),
        textFile,
        metadata,
        assumed);
  }

  /**
   * One article from a stream (stdin). Its id is {@code stdin-} and the start of the text's
   * SHA-256, so the same text gets the same id on every run.
   */
  public static LoadedArticle read(InputStream in, Defaults defaults) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_TEXT_BYTES) {
      throw new IllegalArgumentException(
          "standard input: larger than " + MAX_TEXT_BYTES + " bytes; not read as an article");
    }
    String text = decode(bytes, "standard input");
    return withDefaults("stdin-" + sha256(bytes).substring(0, 12), text, null, defaults);
  }

  private static LoadedArticle withDefaults(String id, String text, Path textFile, Defaults defaults) {
    boolean assumed = defaults.publishedAt() == null;
    return new LoadedArticle(
        new ArticleInput(id, text, assumed ? defaults.now() : defaults.publishedAt(), defaults.source(), null),
        textFile,
        null,
        assumed);
  }

  private static String decode(byte[] bytes, String where) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(where + ": not UTF-8 text", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
