package dev.readout.replay.progress;

import dev.readout.replay.pacing.Ticker;
import java.time.Duration;
import java.util.Locale;

/** Throughput and time left of a replay, from its start and how much is done. */
final class Rate {

  private final Ticker ticker;
  private long startNanos;
  private long total;

  Rate(Ticker ticker) {
    this.ticker = ticker;
  }

  void start(long total) {
    this.total = total;
    this.startNanos = ticker.nanoTime();
  }

  long total() {
    return total;
  }

  Duration elapsed() {
    return Duration.ofNanos(ticker.nanoTime() - startNanos);
  }

  /** Articles per second so far. */
  double perSecond(long done) {
    double seconds = (ticker.nanoTime() - startNanos) / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** Time left at the rate so far, or {@code null} before it can be told. */
  Duration eta(long done) {
    double rate = perSecond(done);
    if (done == 0 || rate <= 0) {
      return null;
    }
    return Duration.ofMillis((long) ((total - done) / rate * 1000));
  }

  static String format(Duration d) {
    if (d == null) {
      return "--:--";
    }
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
