package dev.readout.replay.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a replay source by looking at it rather than trusting its name: a directory is a
 * directory of {@code <id>.txt}; a file (gzip-compressed or not) whose first character is
 * {@code &#123;} is JSON Lines and one starting with {@code <} is an RSS or Atom feed; {@code -}
 * is JSON Lines on standard input.
 */
public final class Sources {

  /** The name that stands for standard input. */
  public static final String STDIN = "-";

  private Sources() {}

  /**
   * @throws NoSuchFileException when the path does not exist
   * @throws IOException when it is of no known format (the message says what is accepted)
   */
  public static ArticleSource open(String location) throws IOException {
    if (STDIN.equals(location)) {
      return new JsonLinesSource("<stdin>", () -> unclosable(decompressed(System.in)));
    }
    Path path = Path.of(location);
    if (Files.isDirectory(path)) {
      return new DirectorySource(path);
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(location);
    }
    InputSupplier content = () -> decompressed(Files.newInputStream(path));
    int first;
    try (InputStream in = content.open()) {
      first = firstSignificant(in);
    }
    return switch (first) {
      case '{' -> new JsonLinesSource(location, content);
      case '<' -> new FeedSource(location, content);
      case -1 -> throw new IOException("empty file");
      default -> throw new IOException("neither JSON Lines (a '{' first) nor RSS/Atom (a '<' first); replay reads directories of"
          + " <id>.txt, .jsonl[.gz] and RSS/Atom files");
    };
  }

  /** Unwraps gzip when the stream starts with its magic bytes. */
  static InputStream decompressed(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in)) : in;
  }

  private static int firstSignificant(InputStream in) throws IOException {
    int c;
    // UTF-8 byte order mark, then whitespace.
    while ((c = in.read()) != -1 && (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c))) {
      // skip
    }
    return c;
  }

  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
