package dev.readout.ingest.article;

import dev.readout.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Raw JSON bytes to an {@link Article}: {@link ArticleValidator}, {@link ArticleNormalizer},
 * {@link LanguageDetector}, {@link ArticleIds}, and clamping of publication times too far in
 * the future. Not thread-safe (the language detector is not).
 */
public final class ArticlePreparer {

  private final IngestLimits limits;
  private final Duration futureTolerance;
  private final ArticleValidator validator;
  private final ArticleNormalizer normalizer = new ArticleNormalizer();
  private final LanguageDetector languages = new LanguageDetector();

  /**
   * @param futureTolerance how far past the ingest time {@code published_at} may lie before it
   *     is clamped to the ingest time (clocks differ; time zones get mislabeled)
   */
  public ArticlePreparer(IngestLimits limits, Duration futureTolerance) {
    this.limits = limits;
    this.futureTolerance = futureTolerance;
    this.validator = new ArticleValidator(limits);
  }

  /**
   * @param value the raw record value
   * @param now the ingest time
   * @throws RejectedArticleException when the article is refused, with the reason
   */
  public PreparedArticle prepare(byte[] value, Instant now) {
    RawArticle raw = validator.parse(value);
    String text = raw.html() ? normalizer.htmlToText(raw.body()) : normalizer.normalizeText(raw.body());
    if (text.isEmpty()) {
      throw new RejectedArticleException(RejectReason.EMPTY_TEXT,
          raw.html() ? "the HTML holds no text" : "text is blank");
    }
    int textBytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (textBytes > limits.maxTextBytes()) {
      throw new RejectedArticleException(RejectReason.TOO_LARGE,
          "the text is " + textBytes + " bytes, over the limit of " + limits.maxTextBytes());
    }
    String title = normalizer.normalizeLine(raw.title());
    String source = normalizer.normalizeLine(raw.source());
    Instant publishedAt = raw.publishedAt();
    Instant claimed = null;
    if (publishedAt.isAfter(now.plus(futureTolerance))) {
      claimed = publishedAt;
      publishedAt = now;
    }
    Article article = Article.newBuilder()
        // The id derives from what the producer claimed, so a re-sent article keeps its id.
        .setId(ArticleIds.id(raw.id(), raw.url(), source, title, raw.publishedAt()))
        .setUrl(raw.url())
        .setSource(source)
        .setTitle(title)
        .setPublishedAt(publishedAt)
        .setIngestedAt(now)
        .setLanguage(languages.detect(text, raw.language()))
        .setText(text)
        .setContentHash(ArticleIds.contentHash(text))
        .setDuplicateOf(null)
        .build();
    return new PreparedArticle(article, claimed);
  }
}
