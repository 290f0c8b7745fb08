package dev.readout.sink.cluster;

/** The answer cannot be given now (stores rebalancing, an instance not answering); retry later. */
public final class UnavailableException extends RuntimeException {
  public UnavailableException(String message) {
    super(message);
  }

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
