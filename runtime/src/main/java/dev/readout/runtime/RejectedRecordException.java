package dev.readout.runtime;

import java.util.Objects;

/**
 * Thrown by a processor for a record that breaks a domain rule. {@link
 * DeadLetterProcessingExceptionHandler} sends the record's original bytes to the dead-letter
 * topic with {@link #reason()} in header {@value DeadLetterHeaders#REASON} and carries on.
 *
 * <p>No stack trace is captured: a rejection is an expected outcome, not a fault.
 */
public class RejectedRecordException extends RuntimeException {

  private final String reason;

  /**
   * @param reason a short stable code consumers can branch on, e.g. {@code MISSING_FIELD}
   * @param message what is wrong, for a person
   */
  public RejectedRecordException(String reason, String message) {
    super(message, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public String reason() {
    return reason;
  }
}
