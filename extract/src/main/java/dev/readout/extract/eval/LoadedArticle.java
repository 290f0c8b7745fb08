package dev.readout.extract.eval;

import dev.readout.extract.engine.ArticleInput;
import java.nio.file.Path;

/**
 * An article read from disk or stdin, ready for the engine.
 *
 * @param input what the engine reads
 * @param textFile where the text came from, null for stdin
 * @param metadataFile the {@code <id>.json} beside it that gave id, source, url, published_at; null when none
 * @param publishedAtAssumed true when nothing gave a publication time and "now" was used, so
 *     relative dates in the text resolve against the time of the run
 */
public record LoadedArticle(ArticleInput input, Path textFile, Path metadataFile, boolean publishedAtAssumed) {}
