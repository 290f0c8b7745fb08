package dev.readout.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Whatever a producer sends, ingest either makes a clean article or refuses it with a reason. */
class UntrustedInputPropertiesTest {

  private final ArticleNormalizer normalizer = new ArticleNormalizer();
  private final ArticlePreparer preparer = new ArticlePreparer(IngestLimits.defaults(), Duration.ofHours(1));

  @Property(tries = 300)
  void anyBytesAreEitherAnArticleOrARefusalWithAReason(@ForAll byte[] value) {
    Throwable thrown = catchThrowable(() -> preparer.prepare(value, Instant.EPOCH));
    assertThat(thrown).satisfiesAnyOf(
        t -> assertThat(t).isNull(),
        t -> assertThat(t).isInstanceOf(RejectedArticleException.class).message().isNotBlank());
  }

  @Property(tries = 300)
  void anyJsonShapedRecordIsEitherAnArticleOrARefusalWithAReason(@ForAll("jsonish") String json) {
    Throwable thrown = catchThrowable(() -> preparer.prepare(json.getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(RejectedArticleException.class);
    }
  }

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
        Arbitraries.longs().map(n -> Long.toString(n)),
        Arbitraries.of("null", "true", "[]", "{}", "1e400", "\"2025-02-15T23:00:00Z\"", "\"<p>x</p>\"", "-1"));
    Arbitrary<String> keys = Arbitraries.of("id", "url", "source", "title", "published_at", "text", "html", "language");
    return Arbitraries.maps(keys, values).ofMaxSize(8).map(m -> {
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
      return sb.append('}').toString();
    });
  }

  @Property(tries = 500)
  void normalizedTextIsStableAndClean(@ForAll @StringLength(max = 300) String text) {
    String once = normalizer.normalizeText(text);
    assertThat(normalizer.normalizeText(once)).isEqualTo(once);
    assertThat(once).doesNotContain("  ", "\t", "\r", "\n\n\n", " \n", "\n ").doesNotStartWith(" ").doesNotEndWith(" ");
    assertThat(once.chars().filter(c -> c != '\n' && Character.isISOControl(c)).count()).isZero();
  }

  @Property(tries = 300)
  void htmlTextIsOneParagraphPerLine(@ForAll @StringLength(max = 300) String html) {
    String text = normalizer.htmlToText(html);
    assertThat(text).doesNotContain("\n\n", "  ").doesNotStartWith("\n").doesNotEndWith("\n");
  }
}
