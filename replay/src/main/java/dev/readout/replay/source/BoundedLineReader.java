package dev.readout.replay.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length: a longer line is consumed to its end and reported as
 * over the limit, so one huge line neither exhausts memory nor hides the lines after it.
 */
final class BoundedLineReader {

  /** One line, or the fact that it was too long. */
  record Line(int number, String text, boolean tooLong) {}

  private final Reader reader;
  private final int maxChars;
  private final StringBuilder buffer = new StringBuilder();
  private int number;
  private boolean eof;

  BoundedLineReader(Reader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The next line without its terminator, or {@code null} at the end of input. */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    buffer.setLength(0);
    boolean tooLong = false;
    boolean sawAny = false;
    int c;
    while ((c = reader.read()) != -1) {
      sawAny = true;
      if (c == '\n') {
        break;
      }
      if (buffer.length() < maxChars) {
        buffer.append((char) c);
      } else {
        tooLong = true;
      }
    }
    if (c == -1) {
      eof = true;
      if (!sawAny) {
        return null;
      }
    }
    number++;
    int end = buffer.length();
    if (end > 0 && buffer.charAt(end - 1) == '\r') {
      buffer.setLength(end - 1);
    }
    return new Line(number, tooLong ? null : buffer.toString(), tooLong);
  }
}
