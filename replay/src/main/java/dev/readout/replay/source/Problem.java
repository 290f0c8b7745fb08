package dev.readout.replay.source;

/**
 * Input that could not be read, with where it is ({@code file:line}, {@code file: entry 3}).
 *
 * @param location the file and line or entry
 * @param reason what is wrong with it
 */
public record Problem(String location, String reason) {
  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
