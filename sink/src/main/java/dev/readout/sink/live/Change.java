package dev.readout.sink.live;

/**
 * One change to the set of events, as the live stream sends it.
 *
 * @param id the stream id ({@code <boot>.<sequence>}), what a client gives back as Last-Event-ID
 * @param op {@code upsert} or {@code delete}
 * @param data the JSON payload
 */
public record Change(String id, String op, String data) {
  public static final String UPSERT = "upsert";
  public static final String DELETE = "delete";
  /** Sent instead of a replay when the client's last id is no longer buffered: reload and go on. */
  public static final String RESET = "reset";
}
