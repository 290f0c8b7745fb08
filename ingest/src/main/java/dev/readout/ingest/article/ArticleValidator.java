package dev.readout.ingest.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses and type-checks a raw article, JSON {@code {id?, url?, source, title?, published_at,
 * text | html, language?}}. {@code published_at} is ISO-8601 with an offset or epoch
 * milliseconds (a number or a string of digits). A JSON {@code null} counts as absent.
 *
 * @throws RejectedArticleException from {@link #parse} with the reason for any violation
 */
public final class ArticleValidator {

  /** Earliest accepted publication time: older dates are typos more often than archives. */
  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
  private static final int SHOWN_CHARS = 80;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final IngestLimits limits;

  public ArticleValidator(IngestLimits limits) {
    this.limits = limits;
  }

  /** The raw article in {@code value}. */
  public RawArticle parse(byte[] value) {
    if (value == null || value.length == 0) {
      throw reject(RejectReason.NOT_JSON, "the record has no value");
    }
    if (value.length > limits.maxRecordBytes()) {
      throw reject(RejectReason.TOO_LARGE,
          "the record is " + value.length + " bytes, over the limit of " + limits.maxRecordBytes());
    }
    JsonNode root;
    try {
      root = JSON.readTree(value);
    } catch (JacksonException e) {
      throw reject(RejectReason.NOT_JSON, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw reject(RejectReason.NOT_JSON, "not JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw reject(RejectReason.NOT_JSON, "the record holds no JSON value");
    }
    if (!root.isObject()) {
      throw reject(RejectReason.WRONG_TYPE, "an article is a JSON object, got " + kind(root));
    }
    String text = optionalString(root, "text");
    String html = optionalString(root, "html");
    boolean isHtml = isBlank(text) && html != null;
    String body = isHtml ? html : text;
    if (isBlank(body)) {
      if (text == null && html == null) {
        throw reject(RejectReason.MISSING_FIELD, "one of text or html is required");
      }
      throw reject(RejectReason.EMPTY_TEXT, "text is empty");
    }
    String source = optionalString(root, "source");
    if (isBlank(source)) {
      throw reject(RejectReason.MISSING_FIELD, "source is required");
    }
    return new RawArticle(
        field(root, "id"), field(root, "url"), source.strip(), field(root, "title"),
        publishedAt(root), body, isHtml, field(root, "language"));
  }

  private String field(JsonNode root, String name) {
    String value = optionalString(root, name);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > limits.maxFieldChars()) {
      throw reject(RejectReason.TOO_LARGE,
          name + " has " + stripped.length() + " characters, over the limit of " + limits.maxFieldChars());
    }
    return stripped.isEmpty() ? null : stripped;
  }

  private static String optionalString(JsonNode root, String name) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw reject(RejectReason.WRONG_TYPE, name + " must be a string, got " + kind(node));
    }
    return node.textValue();
  }

  private static Instant publishedAt(JsonNode root) {
    JsonNode node = root.get("published_at");
    if (node == null || node.isNull()) {
      throw reject(RejectReason.MISSING_FIELD, "published_at is required");
    }
    Instant instant;
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) {
        throw reject(RejectReason.BAD_TIMESTAMP, "published_at " + node.asText() + " is out of range");
      }
      instant = Instant.ofEpochMilli(node.longValue());
    } else if (node.isTextual()) {
      instant = parseTimestamp(node.textValue().strip());
    } else {
      throw reject(RejectReason.WRONG_TYPE,
          "published_at must be an ISO-8601 string or epoch milliseconds, got " + kind(node));
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw reject(RejectReason.BAD_TIMESTAMP, "published_at " + instant + " is out of range");
    }
    return instant;
  }

  static Instant parseTimestamp(String value) {
    if (!value.isEmpty() && value.length() <= 18 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Instant.ofEpochMilli(Long.parseLong(value));
    }
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
          .truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // Avro timestamp-millis
    } catch (DateTimeParseException | ArithmeticException e) {
      throw reject(RejectReason.BAD_TIMESTAMP, "published_at '" + shown(value)
          + "' is neither ISO-8601 with an offset (2025-02-15T23:00:00Z) nor epoch milliseconds");
    } catch (DateTimeException e) {
      throw reject(RejectReason.BAD_TIMESTAMP, "published_at '" + shown(value) + "': " + e.getMessage());
    }
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String shown(String value) {
    return value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "...";
  }

  private static RejectedArticleException reject(RejectReason reason, String message) {
    return new RejectedArticleException(reason, message);
  }
}
