package dev.readout.replay.pacing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when told to or when slept on, recording every sleep. */
public final class FakeTicker implements Ticker {

  private long now = 1_000_000_000L;
  public final List<Duration> sleeps = new ArrayList<>();

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now += duration.toNanos();
  }

  public void advance(Duration duration) {
    now += duration.toNanos();
  }
}
