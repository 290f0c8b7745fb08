package dev.readout.extract.engine;

import java.time.Instant;

/**
 * What the engine needs of one article.
 *
 * @param id the article id
 * @param text the normalized article text; offsets in mentions point into it
 * @param publishedAt publication time, against which relative dates resolve
 * @param source the outlet, may be null
 * @param url the article URL, may be null
 */
public record ArticleInput(String id, String text, Instant publishedAt, String source, String url) {}
