package dev.readout.ingest.stream;

/** Headers the ingest service adds to the {@code Article} records it writes. */
public final class IngestHeaders {

  /**
   * Present when the producer's {@code published_at} lay more than the tolerance in the future:
   * the claimed time (ISO-8601); the record's {@code published_at} is the ingest time.
   */
  public static final String PUBLISHED_AT_CLAMPED = "readout.published_at.clamped";

  private IngestHeaders() {}
}
