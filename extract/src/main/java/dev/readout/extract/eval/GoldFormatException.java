package dev.readout.extract.eval;

import java.nio.file.Path;

/** A gold or metadata file that cannot be read or does not follow EVENTS.md; says where and why. */
public final class GoldFormatException extends RuntimeException {

  public GoldFormatException(Path file, String problem) {
    super(file + ": " + problem);
  }

  public GoldFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
