package dev.readout.ingest.article;

/**
 * Size limits on untrusted input.
 *
 * @param maxRecordBytes a raw record larger than this is refused before parsing
 * @param maxTextBytes the normalized text's UTF-8 size limit
 * @param maxFieldChars limit on id, url, source, title and language
 */
public record IngestLimits(int maxRecordBytes, int maxTextBytes, int maxFieldChars) {

  public static final int DEFAULT_MAX_RECORD_BYTES = 4 * 1024 * 1024;
  public static final int DEFAULT_MAX_TEXT_BYTES = 1024 * 1024;
  public static final int DEFAULT_MAX_FIELD_CHARS = 2048;

  public static IngestLimits defaults() {
    return new IngestLimits(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_TEXT_BYTES, DEFAULT_MAX_FIELD_CHARS);
  }
}
