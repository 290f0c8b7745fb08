package dev.readout.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.schemas.avro.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed for {@code readout.articles.raw} as producers send it: real articles as raw JSON, with
 * exact copies under new ids, rewritten near-duplicates and poison pills among them. The copies
 * and rewrites of early articles come late, so that duplicate detection must remember what it
 * saw before a crash.
 */
final class RawFeed {

  /** One raw record: its key and the bytes a producer sends. */
  record Raw(String key, byte[] value) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every record, in the order it is produced. */
  final List<Raw> records = new ArrayList<>();
  /** Key of each poison pill to the reason ingest gives it. */
  final Map<String, String> poison = new LinkedHashMap<>();
  /** Id of each exact copy to the id of the article it copies. */
  final Map<String, String> exactCopies = new LinkedHashMap<>();
  /** Id of each rewrite to the id of the article it rewrites. */
  final Map<String, String> rewrites = new LinkedHashMap<>();
  /** Records before this index are the first part; copies of first-part articles follow it. */
  final int split;

  RawFeed(List<Article> articles) {
    int n = articles.size();
    int splitAt = -1;
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      records.add(new Raw(a.getId(), json(a.getId(), a.getSource(), a.getUrl(), a.getTitle(), a.getPublishedAt().toString(), a.getText())));
      if (i == 2) {
        exactCopy(articles.get(0));
        poison("NOT_JSON", "NOT_JSON", "{\"id\": \"broken\", \"source\": \"Wire\"".getBytes(StandardCharsets.UTF_8));
      }
      if (i == n / 2 - 1) {
        rewrite(longest(articles.subList(0, n / 4)));
        poison("BINARY", "NOT_JSON", new byte[] {0, 1, 2, (byte) 0xFE, (byte) 0xFF, (byte) 0xC3, 0x28});
      }
      if (i == n / 2) {
        splitAt = records.size();
      }
      if (i == n / 2 + 2) {
        exactCopy(articles.get(1));
        exactCopy(articles.get(n / 3));
        rewrite(longest(articles.subList(n / 4, n / 2)));
        poison("EMPTY_TEXT", "EMPTY_TEXT", json(null, "Wire", null, null, "2025-01-01T00:00:00Z", "   "));
        poison("BAD_TIMESTAMP", "BAD_TIMESTAMP", json(null, "Wire", null, null, "last Tuesday", "Talks."));
      }
      if (i == n - 1) {
        exactCopy(articles.get(n / 2 + 1));
        poison("MISSING_FIELD", "MISSING_FIELD", json(null, null, null, null, "2025-01-01T00:00:00Z", "No source."));
      }
    }
    split = splitAt;
  }

  List<Raw> firstPart() {
    return records.subList(0, split);
  }

  List<Raw> secondPart() {
    return records.subList(split, records.size());
  }

  private void exactCopy(Article original) {
    String id = "copy-of-" + original.getId();
    exactCopies.put(id, original.getId());
    records.add(new Raw(id, json(id, "Copy desk", null, null, original.getPublishedAt().toString(), original.getText())));
  }

  private void rewrite(Article original) {
    String id = "rewrite-of-" + original.getId();
    rewrites.put(id, original.getId());
    String text = "(AFP) " + original.getText().replace(" the ", " a ").replace(" said", " stated");
    records.add(new Raw(id, json(id, "Rewrite desk", null, null, original.getPublishedAt().plusSeconds(3600).toString(), text)));
  }

  private void poison(String name, String reason, byte[] value) {
    String key = "poison-" + name;
    poison.put(key, reason);
    records.add(new Raw(key, value));
  }

  // A long text keeps most of its shingles through a rewrite, so it reads as a near-duplicate.
  private static Article longest(List<Article> articles) {
    Article best = articles.get(0);
    for (Article a : articles) {
      if (a.getText().length() > best.getText().length()) {
        best = a;
      }
    }
    return best;
  }

  private static byte[] json(String id, String source, String url, String title, String publishedAt, String text) {
    ObjectNode raw = JSON.createObjectNode();
    if (id != null) raw.put("id", id);
    if (source != null) raw.put("source", source);
    if (url != null) raw.put("url", url);
    if (title != null) raw.put("title", title);
    if (publishedAt != null) raw.put("published_at", publishedAt);
    raw.put("text", text);
    try {
      return JSON.writeValueAsBytes(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
