package dev.readout.replay.export;

import dev.readout.replay.ArticleTarget;
import dev.readout.replay.RawArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports the replayed articles to files instead of Kafka: JSON Lines ({@code .gz} compressed
 * when so named) and/or RSS 2.0. This is how {@code samples/feed.jsonl.gz} and
 * {@code samples/feed.rss} are made from {@code samples/feed/}.
 */
public final class FileExportTarget implements ArticleTarget {

  private final Path jsonLines;
  private final Path rss;
  private final List<RawArticle> articles = new ArrayList<>();

  /**
   * @param jsonLines JSON Lines file to write, or {@code null}
   * @param rss RSS file to write, or {@code null}
   */
  public FileExportTarget(Path jsonLines, Path rss) {
    if (jsonLines == null && rss == null) {
      throw new IllegalArgumentException("nothing to export to: give a JSON Lines or an RSS file");
    }
    this.jsonLines = jsonLines;
    this.rss = rss;
  }

  @Override
  public String describe() {
    List<String> files = new ArrayList<>();
    if (jsonLines != null) {
      files.add(jsonLines.toString());
    }
    if (rss != null) {
      files.add(rss.toString());
    }
    return String.join(" and ", files);
  }

  @Override
  public void send(RawArticle article) {
    articles.add(article);
  }

  @Override
  public Delivery flush() throws IOException {
    if (jsonLines != null) {
      JsonLinesWriter.write(articles, jsonLines);
    }
    if (rss != null) {
      RssWriter.write(articles, rss, "Readout sample feed", "https://readout.example/samples/feed",
          "Fictional wire-style diplomatic news written for Readout's demo and tests.");
    }
    return new Delivery(articles.size(), List.of());
  }

  @Override
  public void close() {}
}
