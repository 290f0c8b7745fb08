package dev.readout.cli;

import picocli.CommandLine;

/** Reports the build's version from the jar manifest. */
public final class ReadoutVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Readout.class.getPackage().getImplementationVersion();
    return new String[] {"readout " + (version == null ? "development build" : version)};
  }
}
