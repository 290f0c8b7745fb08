package dev.readout.replay.source;

import java.io.IOException;
import java.io.InputStream;

/** Opens a fresh stream of a source's (already decompressed) content each time it is asked. */
@FunctionalInterface
public interface InputSupplier {
  InputStream open() throws IOException;
}
