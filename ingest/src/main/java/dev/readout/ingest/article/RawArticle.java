package dev.readout.ingest.article;

import java.time.Instant;

/**
 * A raw article as a producer sent it, type-checked but not yet normalized.
 *
 * @param id the producer's id, or {@code null}
 * @param url or {@code null}
 * @param source the outlet, never blank
 * @param title or {@code null}
 * @param publishedAt when it was published
 * @param body the text or HTML as given
 * @param html whether {@code body} is HTML
 * @param language the producer's language tag, or {@code null}
 */
public record RawArticle(
    String id, String url, String source, String title, Instant publishedAt, String body, boolean html,
    String language) {}
