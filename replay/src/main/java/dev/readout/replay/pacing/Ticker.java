package dev.readout.replay.pacing;

import java.time.Duration;

/** Monotonic time and sleeping, injected so that pacing is tested without waiting. */
public interface Ticker {

  long nanoTime();

  void sleep(Duration duration) throws InterruptedException;

  /** The JVM's monotonic clock and {@link Thread#sleep}. */
  static Ticker system() {
    return new Ticker() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
      }
    };
  }
}
