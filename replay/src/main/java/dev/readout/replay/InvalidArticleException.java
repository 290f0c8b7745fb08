package dev.readout.replay;

/** An input article that cannot be published; its message says why, for the replay's report. */
public final class InvalidArticleException extends RuntimeException {
  public InvalidArticleException(String reason) {
    super(reason);
  }
}
