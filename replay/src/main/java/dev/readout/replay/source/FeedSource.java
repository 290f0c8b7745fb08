package dev.readout.replay.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.readout.replay.ArticleJson;
import dev.readout.replay.InvalidArticleException;
import dev.readout.replay.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed read with Rome: each item or entry is an article whose
 * text is its full content if given, else its description, turned into plain text when HTML.
 * Doctypes are refused (no external entities). An entry without a date or text is reported by
 * its position and skipped.
 */
public final class FeedSource implements ArticleSource {

  private final String name;
  private final InputSupplier input;

  public FeedSource(String name, InputSupplier input) {
    this.name = name;
    this.input = input;
  }

  @Override
  public String describe() {
    return name + " (RSS/Atom)";
  }

  @Override
  public void read(SourceListener listener) throws IOException {
    SyndFeed feed;
    try (InputStream in = input.open()) {
      SyndFeedInput parser = new SyndFeedInput();
      parser.setAllowDoctypes(false);
      feed = parser.build(new XmlReader(in));
    } catch (ParsingFeedException e) {
      listener.problem(new Problem(name + ":" + Math.max(1, e.getLineNumber()), "not a readable RSS or Atom feed: " + e.getMessage()));
      return;
    } catch (FeedException | IllegalArgumentException e) {
      listener.problem(new Problem(name, "not a readable RSS or Atom feed: " + e.getMessage()));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      try {
        listener.article(toArticle(feed, entry, fileName()));
      } catch (InvalidArticleException e) {
        String title = entry.getTitle() == null ? "" : " (\"" + entry.getTitle().strip() + "\")";
        listener.problem(new Problem(name + ": entry " + (i + 1) + title, e.getMessage()));
      }
    }
  }

  private static RawArticle toArticle(SyndFeed feed, SyndEntry entry, String fileName) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date == null) {
      throw new InvalidArticleException("no publication date (pubDate, published or updated)");
    }
    String text = text(entry);
    if (text == null || text.isBlank()) {
      throw new InvalidArticleException("no text (content or description)");
    }
    text = ArticleJson.checkedText(text);
    String url = blankToNull(entry.getLink());
    String id = blankToNull(entry.getUri());
    if (id == null) {
      id = url != null ? url : ArticleJson.contentId(text);
    }
    String source = entry.getSource() != null && entry.getSource().getTitle() != null
        ? entry.getSource().getTitle() : feed.getTitle();
    source = blankToNull(source);
    if (source == null) {
      source = ArticleJson.hostOf(url, fileName);
    }
    return new RawArticle(id, url, source, blankToNull(entry.getTitle()), date.toInstant(), text);
  }

  private String fileName() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  private static String text(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      String value = plain(content);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return entry.getDescription() == null ? null : plain(entry.getDescription());
  }

  private static String plain(SyndContent content) {
    String value = content.getValue();
    if (value == null) {
      return null;
    }
    String type = content.getType() == null ? "" : content.getType();
    return type.contains("html") || HtmlText.looksLikeHtml(value) ? HtmlText.toPlainText(value) : value.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
