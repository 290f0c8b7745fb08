package dev.readout.extract.stream;

/**
 * The engine failed on one article. Its message names the article and the cause, and ends up in
 * the dead-letter record's {@code __streams.errors.message} header.
 */
public final class ArticleExtractionException extends RuntimeException {

  public ArticleExtractionException(String articleId, Throwable cause) {
    super("extracting article " + articleId + " failed: " + cause, cause);
  }
}
