package dev.readout.replay.pacing;

import java.time.Duration;
import java.time.Instant;

/**
 * Holds each article back until its turn: the wall-clock schedule follows the gaps between
 * publication times divided by the speed, each wait capped at {@code maxGap}. The schedule is
 * cumulative, so time spent publishing is not added to the waits; articles out of time order
 * are sent at once.
 */
public final class Pacer {

  private final Speed speed;
  private final long maxGapNanos;
  private final Ticker ticker;
  private long startNanos;
  private long dueNanos;
  private Instant latest;

  /**
   * @param maxGap the longest wall-clock wait between two articles, or {@code null} for none
   */
  public Pacer(Speed speed, Duration maxGap, Ticker ticker) {
    this.speed = speed;
    this.maxGapNanos = maxGap == null ? Long.MAX_VALUE : maxGap.toNanos();
    this.ticker = ticker;
  }

  /**
   * Waits until the article published at {@code publishedAt} is due.
   *
   * @return how long it waited
   */
  public Duration awaitTurn(Instant publishedAt) throws InterruptedException {
    if (speed.isMax()) {
      return Duration.ZERO;
    }
    if (latest == null) {
      latest = publishedAt;
      startNanos = ticker.nanoTime();
      return Duration.ZERO;
    }
    if (publishedAt.isAfter(latest)) {
      dueNanos += Math.min(scaled(Duration.between(latest, publishedAt)), maxGapNanos);
      latest = publishedAt;
    }
    long wait = startNanos + dueNanos - ticker.nanoTime();
    if (wait <= 0) {
      return Duration.ZERO;
    }
    Duration waited = Duration.ofNanos(wait);
    ticker.sleep(waited);
    return waited;
  }

  private long scaled(Duration gap) {
    double nanos = gap.getSeconds() * 1e9 + gap.getNano();
    double scaled = nanos / speed.factor();
    return scaled >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) scaled;
  }
}
