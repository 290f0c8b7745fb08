package dev.readout.replay.export;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.rss.Source;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.readout.replay.RawArticle;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Writes articles as an RSS 2.0 channel with Rome, newest first as feeds are: each item has the
 * id as its guid, the text as HTML paragraphs in its description and the outlet as its source.
 */
public final class RssWriter {

  private RssWriter() {}

  public static void write(List<RawArticle> articles, Path file, String title, String link, String description)
      throws IOException {
    Channel channel = new Channel("rss_2.0");
    channel.setTitle(title);
    channel.setLink(link);
    channel.setDescription(description);
    channel.setEncoding(StandardCharsets.UTF_8.name());
    List<RawArticle> newestFirst = new ArrayList<>(articles);
    newestFirst.sort(Comparator.comparing(RawArticle::publishedAt).reversed());
    if (!newestFirst.isEmpty()) {
      channel.setPubDate(Date.from(newestFirst.get(0).publishedAt()));
    }
    List<Item> items = new ArrayList<>();
    for (RawArticle article : newestFirst) {
      items.add(item(article, link));
    }
    channel.setItems(items);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new WireFeedOutput().output(channel, writer, true);
    } catch (FeedException e) {
      throw new IOException("cannot write RSS to " + file + ": " + e.getMessage(), e);
    }
  }

  private static Item item(RawArticle article, String channelLink) {
    Item item = new Item();
    item.setTitle(article.title());
    item.setLink(article.url());
    Guid guid = new Guid();
    guid.setValue(article.id());
    guid.setPermaLink(false);
    item.setGuid(guid);
    item.setPubDate(Date.from(article.publishedAt()));
    if (article.source() != null) {
      Source source = new Source();
      source.setValue(article.source());
      source.setUrl(article.url() != null ? home(article.url(), channelLink) : channelLink);
      item.setSource(source);
    }
    Description body = new Description();
    body.setType("text/html");
    body.setValue(html(article.text()));
    item.setDescription(body);
    return item;
  }

  /** One {@code <p>} per line of text, escaped. */
  static String html(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(escape(paragraph.strip())).append("</p>");
      }
    }
    return html.toString();
  }

  // Element content needs only these three; quotes stay readable for any HTML parser.
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The outlet's home page ({@code https://host/}) from an article's URL. */
  static String home(String url, String fallback) {
    try {
      URI uri = URI.create(url);
      return uri.getScheme() != null && uri.getHost() != null ? uri.getScheme() + "://" + uri.getHost() + "/" : fallback;
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
