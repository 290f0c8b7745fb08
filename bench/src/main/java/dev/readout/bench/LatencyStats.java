package dev.readout.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies in milliseconds (nearest-rank).
 *
 * @param count how many
 */
public record LatencyStats(int count, long p50, long p95, long p99, long max) {

  public static LatencyStats of(long[] millis) {
    if (millis.length == 0) {
      return new LatencyStats(0, 0, 0, 0, 0);
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new LatencyStats(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99), sorted[sorted.length - 1]);
  }

  private static long rank(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
