package dev.readout.ingest.article;

/** Why a raw article was refused; sent as header {@code readout.error.reason} on the dead-letter record. */
public enum RejectReason {
  /** The bytes are not one JSON document (or not UTF-8). */
  NOT_JSON,
  /** Valid JSON of the wrong shape: not an object, or a field of the wrong type. */
  WRONG_TYPE,
  /** A required field ({@code source}, {@code published_at}, {@code text} or {@code html}) is absent or blank. */
  MISSING_FIELD,
  /** {@code published_at} is neither ISO-8601 with an offset nor epoch milliseconds, or out of range. */
  BAD_TIMESTAMP,
  /** The record, its text or one of its fields is over its size limit. */
  TOO_LARGE,
  /** Nothing is left of the text after normalization. */
  EMPTY_TEXT
}
