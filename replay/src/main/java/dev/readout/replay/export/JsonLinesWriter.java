package dev.readout.replay.export;

import dev.readout.replay.ArticleJson;
import dev.readout.replay.RawArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes articles as JSON Lines, one object per line; gzip-compressed when the name ends in {@code .gz}. */
public final class JsonLinesWriter {

  private JsonLinesWriter() {}

  public static void write(Iterable<RawArticle> articles, Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      for (RawArticle article : articles) {
        writer.write(ArticleJson.toLine(article));
        writer.write('\n');
      }
    }
  }
}
