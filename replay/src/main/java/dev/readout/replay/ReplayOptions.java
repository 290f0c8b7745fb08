package dev.readout.replay;

import dev.readout.replay.pacing.Speed;
import java.time.Duration;
import java.util.Objects;

/**
 * How a replay runs.
 *
 * @param speed pacing against event time
 * @param maxGap the longest wall-clock wait between two articles, or {@code null} for none
 * @param selection which articles are published
 */
public record ReplayOptions(Speed speed, Duration maxGap, Selection selection) {

  public static final ReplayOptions AS_FAST_AS_POSSIBLE = new ReplayOptions(Speed.MAX, null, Selection.ALL);

  public ReplayOptions {
    Objects.requireNonNull(speed, "speed");
    Objects.requireNonNull(selection, "selection");
  }
}
