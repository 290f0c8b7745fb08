package dev.readout.ingest.article;

import static dev.readout.ingest.testing.Corpus.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readout.ingest.testing.Corpus;
import dev.readout.schemas.avro.Article;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticlePreparerTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  private final ArticlePreparer preparer = new ArticlePreparer(IngestLimits.defaults(), Duration.ofHours(1));

  @Test
  void corpusArticleComesOutWithItsTextIdTimeLanguageAndHash() {
    Corpus.Entry entry = Corpus.get("seed-000");
    PreparedArticle prepared = preparer.prepare(entry.json(), NOW);
    Article a = prepared.article();

    assertThat(prepared.clamped()).isFalse();
    assertThat(a.getId()).isEqualTo("seed-000");
    assertThat(a.getText()).isEqualTo(entry.text());
    assertThat(a.getPublishedAt()).isEqualTo(Instant.parse(entry.publishedAt()));
    assertThat(a.getIngestedAt()).isEqualTo(NOW);
    assertThat(a.getLanguage()).isEqualTo("eng");
    assertThat(a.getContentHash()).isEqualTo(ArticleIds.contentHash(entry.text()));
    assertThat(a.getDuplicateOf()).isNull();
  }

  @Test
  void publicationTimeMoreThanTheToleranceAheadIsClampedToNow() {
    Instant claimed = NOW.plus(Duration.ofHours(3));
    PreparedArticle p = preparer.prepare(json("source", "s", "text", "t", "published_at", claimed.toString()), NOW);
    assertThat(p.clamped()).isTrue();
    assertThat(p.claimedPublishedAt()).isEqualTo(claimed);
    assertThat(p.article().getPublishedAt()).isEqualTo(NOW);
  }

  @Test
  void publicationTimeWithinTheToleranceIsKept() {
    Instant claimed = NOW.plus(Duration.ofMinutes(59));
    PreparedArticle p = preparer.prepare(json("source", "s", "text", "t", "published_at", claimed.toString()), NOW);
    assertThat(p.clamped()).isFalse();
    assertThat(p.article().getPublishedAt()).isEqualTo(claimed);
  }

  @Test
  void htmlWithoutTextIsEmpty() {
    RejectedArticleException e = catchThrowableOfType(RejectedArticleException.class, () -> preparer.prepare(
        json("source", "s", "published_at", "2025-01-01T00:00:00Z", "html", "<script>x()</script><p> </p>"), NOW));
    assertThat(e.rejectReason()).isEqualTo(RejectReason.EMPTY_TEXT);
  }

  @Test
  void textOverTheLimitIsTooLarge() {
    ArticlePreparer small = new ArticlePreparer(new IngestLimits(100_000, 1_000, 100), Duration.ofHours(1));
    RejectedArticleException e = catchThrowableOfType(RejectedArticleException.class, () -> small.prepare(
        json("source", "s", "published_at", "2025-01-01T00:00:00Z", "text", "word ".repeat(300)), NOW));
    assertThat(e.rejectReason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(e.getMessage()).contains("1000");
  }

  @Test
  void titleAndSourceAreOneLine() {
    Article a = preparer.prepare(json("source", " Wire\nService ", "title", "Talks\n end", "text", "t",
        "published_at", "2025-01-01T00:00:00Z"), NOW).article();
    assertThat(a.getSource()).isEqualTo("Wire Service");
    assertThat(a.getTitle()).isEqualTo("Talks end");
  }
}
