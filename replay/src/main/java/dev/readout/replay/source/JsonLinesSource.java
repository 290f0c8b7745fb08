package dev.readout.replay.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.replay.ArticleJson;
import dev.readout.replay.InvalidArticleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines: one article object per line ({@code id, url, source, title, published_at, text}),
 * plain or gzip-compressed. Blank lines are ignored; a bad line is reported with its number.
 */
public final class JsonLinesSource implements ArticleSource {

  /** Longest line read; JSON escapes make a line longer than the text it holds. */
  static final int MAX_LINE_CHARS = 2 * ArticleJson.MAX_TEXT_CHARS + 64 * 1024;

  private final String name;
  private final InputSupplier input;

  public JsonLinesSource(String name, InputSupplier input) {
    this.name = name;
    this.input = input;
  }

  @Override
  public String describe() {
    return name + " (JSON Lines)";
  }

  private String defaultSource() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  @Override
  public void read(SourceListener listener) throws IOException {
    try (InputStream in = input.open();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      BoundedLineReader lines = new BoundedLineReader(reader, MAX_LINE_CHARS);
      BoundedLineReader.Line line;
      while ((line = lines.next()) != null) {
        String where = name + ":" + line.number();
        if (line.tooLong()) {
          listener.problem(new Problem(where, "line longer than " + MAX_LINE_CHARS + " characters"));
          continue;
        }
        String text = line.number() == 1 ? stripBom(line.text()) : line.text();
        if (text.isBlank()) {
          continue;
        }
        try {
          JsonNode node = ArticleJson.mapper().readTree(text);
          listener.article(ArticleJson.fromJson(node, defaultSource()));
        } catch (JsonProcessingException e) {
          listener.problem(new Problem(where, "not valid JSON: " + e.getOriginalMessage()));
        } catch (InvalidArticleException e) {
          listener.problem(new Problem(where, e.getMessage()));
        }
      }
    }
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }
}
