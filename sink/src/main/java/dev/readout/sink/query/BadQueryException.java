package dev.readout.sink.query;

/** A query parameter that cannot be understood; its message says which and what is accepted. */
public final class BadQueryException extends RuntimeException {
  public BadQueryException(String message) {
    super(message);
  }
}
