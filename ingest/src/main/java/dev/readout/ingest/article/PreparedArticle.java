package dev.readout.ingest.article;

import dev.readout.schemas.avro.Article;
import java.time.Instant;

/**
 * A validated, normalized article.
 *
 * @param article the record to publish ({@code duplicate_of} not yet decided)
 * @param claimedPublishedAt the producer's publication time when it lay too far in the future
 *     and {@code article.published_at} was clamped to the ingest time; else {@code null}
 */
public record PreparedArticle(Article article, Instant claimedPublishedAt) {

  public boolean clamped() {
    return claimedPublishedAt != null;
  }
}
