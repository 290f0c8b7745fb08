package dev.readout.ingest.article;

import dev.readout.runtime.RejectedRecordException;

/** A raw article that breaks an ingest rule; the record goes to the dead-letter topic. */
public final class RejectedArticleException extends RejectedRecordException {

  private final RejectReason rejectReason;

  public RejectedArticleException(RejectReason reason, String message) {
    super(reason.name(), message);
    this.rejectReason = reason;
  }

  public RejectReason rejectReason() {
    return rejectReason;
  }
}
