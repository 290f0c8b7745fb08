package dev.readout.ingest.article;

import static dev.readout.ingest.testing.Corpus.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleValidatorTest {

  private final ArticleValidator validator = new ArticleValidator(new IngestLimits(10_000, 5_000, 100));

  @Test
  void acceptsACompleteArticle() {
    RawArticle a = validator.parse(json("id", " a-1 ", "url", "https://x.test/a", "source", "Wire", "title", "T",
        "published_at", "2025-02-15T23:00:00+01:00", "text", "Body.", "language", "en"));
    assertThat(a).isEqualTo(new RawArticle("a-1", "https://x.test/a", "Wire", "T",
        Instant.parse("2025-02-15T22:00:00Z"), "Body.", false, "en"));
  }

  @Test
  void acceptsEpochMillisAsNumberOrDigits() {
    assertThat(validator.parse(json("source", "s", "text", "t", "published_at", 1739660400000L)).publishedAt())
        .isEqualTo(Instant.ofEpochMilli(1739660400000L));
    assertThat(validator.parse(json("source", "s", "text", "t", "published_at", "1739660400000")).publishedAt())
        .isEqualTo(Instant.ofEpochMilli(1739660400000L));
  }

  @Test
  void usesHtmlWhenThereIsNoText() {
    RawArticle a = validator.parse(json("source", "s", "published_at", "2025-01-01T00:00:00Z", "html", "<p>x</p>"));
    assertThat(a.html()).isTrue();
    assertThat(a.body()).isEqualTo("<p>x</p>");
  }

  @Test
  void nullFieldsCountAsAbsent() {
    RawArticle a = validator.parse("{\"source\":\"s\",\"published_at\":\"2025-01-01T00:00:00Z\",\"text\":\"t\",\"id\":null,\"title\":null}"
        .getBytes(UTF_8));
    assertThat(a.id()).isNull();
    assertThat(a.title()).isNull();
  }

  static Stream<Arguments> refused() {
    String ok = "2025-01-01T00:00:00Z";
    return Stream.of(
        Arguments.of("not JSON", "{source: nope".getBytes(UTF_8), RejectReason.NOT_JSON),
        Arguments.of("binary", new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x7B}, RejectReason.NOT_JSON),
        Arguments.of("empty value", new byte[0], RejectReason.NOT_JSON),
        Arguments.of("trailing garbage", "{\"source\":\"s\"} {}".getBytes(UTF_8), RejectReason.NOT_JSON),
        Arguments.of("array", "[1,2]".getBytes(UTF_8), RejectReason.WRONG_TYPE),
        Arguments.of("source is a number", json("source", 5, "published_at", ok, "text", "t"), RejectReason.WRONG_TYPE),
        Arguments.of("text is an object", json("source", "s", "published_at", ok, "text", Map.of("a", 1)), RejectReason.WRONG_TYPE),
        Arguments.of("published_at is a boolean", json("source", "s", "published_at", true, "text", "t"), RejectReason.WRONG_TYPE),
        Arguments.of("no source", json("published_at", ok, "text", "t"), RejectReason.MISSING_FIELD),
        Arguments.of("blank source", json("source", "  ", "published_at", ok, "text", "t"), RejectReason.MISSING_FIELD),
        Arguments.of("no published_at", json("source", "s", "text", "t"), RejectReason.MISSING_FIELD),
        Arguments.of("no text or html", json("source", "s", "published_at", ok), RejectReason.MISSING_FIELD),
        Arguments.of("no offset", json("source", "s", "published_at", "2025-01-01T00:00:00", "text", "t"), RejectReason.BAD_TIMESTAMP),
        Arguments.of("not a date", json("source", "s", "published_at", "yesterday", "text", "t"), RejectReason.BAD_TIMESTAMP),
        Arguments.of("impossible date", json("source", "s", "published_at", "2025-02-30T00:00:00Z", "text", "t"), RejectReason.BAD_TIMESTAMP),
        Arguments.of("year 1800", json("source", "s", "published_at", "1800-01-01T00:00:00Z", "text", "t"), RejectReason.BAD_TIMESTAMP),
        Arguments.of("blank text", json("source", "s", "published_at", ok, "text", " \n "), RejectReason.EMPTY_TEXT),
        Arguments.of("record too large", json("source", "s", "published_at", ok, "text", "x".repeat(20_000)), RejectReason.TOO_LARGE),
        Arguments.of("title too long", json("source", "s", "published_at", ok, "text", "t", "title", "x".repeat(101)), RejectReason.TOO_LARGE));
  }

  @ParameterizedTest(name = "{0} is refused as {2}")
  @MethodSource("refused")
  void refusesWithTheReason(String what, byte[] value, RejectReason reason) {
    RejectedArticleException e = catchThrowableOfType(RejectedArticleException.class, () -> validator.parse(value));
    assertThat(e).as("%s must be refused", what).isNotNull();
    assertThat(e.rejectReason()).isEqualTo(reason);
    assertThat(e.reason()).isEqualTo(reason.name());
    assertThat(e.getMessage()).isNotBlank();
  }
}
