package dev.readout.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * The JSON form of a {@link RawArticle}, written to {@code readout.articles.raw} and read from
 * JSON Lines files and {@code <id>.json} metadata.
 */
public final class ArticleJson {

  /** Longest article text accepted, in characters; longer input is skipped, never truncated. */
  public static final int MAX_TEXT_CHARS = 200_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The record value: fields in contract order, absent ones left out. */
  public static byte[] toBytes(RawArticle article) {
    return toLine(article).getBytes(StandardCharsets.UTF_8);
  }

  /** One JSON object on one line (JSON escapes every newline inside strings). */
  public static String toLine(RawArticle article) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", article.id());
    putIfPresent(node, "url", article.url());
    putIfPresent(node, "source", article.source());
    putIfPresent(node, "title", article.title());
    node.put("published_at", article.publishedAt().toString());
    node.put("text", article.text());
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write article " + article.id() + " as JSON", e);
    }
  }

  /**
   * Reads an article object. A missing {@code id} falls back to the {@code url}, then to a hash of
   * the text, so that the same input always gets the same key; a missing {@code source} (which
   * ingest requires) falls back to the URL's host, then to {@code defaultSource}.
   *
   * @param defaultSource names the input (file or directory) when nothing better is known
   * @throws InvalidArticleException when text or publication time are missing or unusable
   */
  public static RawArticle fromJson(JsonNode node, String defaultSource) {
    if (node == null || !node.isObject()) {
      throw new InvalidArticleException("not a JSON object");
    }
    String text = text(node, "text");
    if (text == null || text.isBlank()) {
      throw new InvalidArticleException("no \"text\"");
    }
    JsonNode publishedNode = node.get("published_at");
    Instant publishedAt;
    if (publishedNode != null && publishedNode.isIntegralNumber() && publishedNode.canConvertToLong()) {
      publishedAt = Instant.ofEpochMilli(publishedNode.longValue());
    } else {
      String published = text(node, "published_at");
      if (published == null) {
        throw new InvalidArticleException("no \"published_at\"");
      }
      publishedAt = parseInstant(published);
    }
    String url = text(node, "url");
    String id = text(node, "id");
    if (id == null) {
      id = url != null ? url : contentId(text);
    }
    String source = text(node, "source");
    if (source == null) {
      source = hostOf(url, defaultSource);
    }
    return new RawArticle(id, url, source, text(node, "title"), publishedAt, checkedText(text));
  }

  /** Rejects text over {@link #MAX_TEXT_CHARS} and trims surrounding whitespace. */
  public static String checkedText(String text) {
    if (text.length() > MAX_TEXT_CHARS) {
      throw new InvalidArticleException(
          "text of " + text.length() + " characters is over the limit of " + MAX_TEXT_CHARS);
    }
    return text.strip();
  }

  /**
   * Parses a publication time: an instant ({@code 2026-02-03T09:15:00Z}), a time with offset
   * ({@code 2026-02-03T10:15:00+01:00}) or a date ({@code 2026-02-03}, taken as midnight UTC).
   */
  public static Instant parseInstant(String value) {
    String v = value.strip();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidArticleException(
          "\"published_at\" is not an ISO-8601 time or date: \"" + abbreviate(v) + "\"");
    }
  }

  /** A stable id for an article that came without one. */
  public static String contentId(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidArticleException("\"" + field + "\" is not a string");
    }
    String s = value.asText();
    return s.isBlank() ? null : s;
  }

  /** The host of a URL ({@code meridian.example}), or the fallback. */
  public static String hostOf(String url, String fallback) {
    if (url != null) {
      try {
        String host = java.net.URI.create(url.strip()).getHost();
        if (host != null && !host.isBlank()) {
          return host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall back
      }
    }
    return fallback;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
