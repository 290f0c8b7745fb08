package dev.readout.bench;

/**
 * The latencies of the articles published in one slice of the run, so a cold start's tail shows
 * apart from the steady state.
 *
 * @param fromSecond seconds after the first publish where the slice starts
 * @param toSecond where it ends (exclusive)
 * @param latency the latencies of the articles published in it
 */
public record LatencySlice(int fromSecond, int toSecond, LatencyStats latency) {

  /** Slice width of the report. */
  static final int SECONDS = 5;
}
