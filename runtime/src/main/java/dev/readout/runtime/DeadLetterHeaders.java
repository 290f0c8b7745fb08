package dev.readout.runtime;

/**
 * Headers of a dead-letter record. Kafka Streams' built-in dead-letter queue (KIP-1034) writes
 * the {@code __streams.errors.*} headers; Readout adds {@link #REASON}.
 */
public final class DeadLetterHeaders {

  /** Readout's domain reason code ({@code MISSING_FIELD}, {@code NOT_JSON}, ...). */
  public static final String REASON = "readout.error.reason";
  /** Reason of a failure that is not a domain rejection: a bug or an unexpected input. */
  public static final String REASON_PROCESSING_FAILURE = "PROCESSING_FAILURE";

  public static final String EXCEPTION = "__streams.errors.exception";
  public static final String MESSAGE = "__streams.errors.message";
  public static final String STACKTRACE = "__streams.errors.stacktrace";
  public static final String TOPIC = "__streams.errors.topic";
  public static final String PARTITION = "__streams.errors.partition";
  public static final String OFFSET = "__streams.errors.offset";

  private DeadLetterHeaders() {}
}
