package dev.readout.replay;

import java.time.Instant;
import java.util.Objects;

/**
 * One article as published to {@code readout.articles.raw}: the JSON object {@code {id, url,
 * source, title, published_at, text}}, keyed by {@code id}.
 *
 * @param id stable identifier, the record key (replaying the same input gives the same ids)
 * @param url where the article was published, or {@code null}
 * @param source the outlet's name, or {@code null}
 * @param title the headline, or {@code null}
 * @param publishedAt the original publication time, also the record timestamp
 * @param text the plain article text
 */
public record RawArticle(
    String id, String url, String source, String title, Instant publishedAt, String text) {

  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(text, "text");
  }
}
