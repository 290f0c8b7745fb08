package dev.readout.extract.eval;

import dev.readout.schemas.avro.EventType;

/**
 * One thing the extractor got wrong, with what it should have been and where to look.
 *
 * @param kind what went wrong
 * @param articleId the article
 * @param type the event type
 * @param expected the gold side (event description or field value); null for spurious predictions
 * @param actual the predicted side; null for missed events
 * @param evidence the gold evidence, or the predicted sentence for spurious predictions
 */
public record EvalError(Kind kind, String articleId, EventType type, String expected, String actual, String evidence) {

  /** What went wrong. */
  public enum Kind {
    /** A gold event no prediction matched. */
    MISSED,
    /** A prediction that matched no gold event. */
    SPURIOUS,
    WRONG_STATUS,
    WRONG_DATE,
    WRONG_LOCATION,
    /** Two matched mentions of different articles that gold says are one event, given different event ids. */
    NOT_FUSED,
    /** Two matched mentions of different articles given one event id, though gold says they are different events. */
    WRONGLY_FUSED
  }
}
