package dev.readout.sink.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something the broker makes true soon. */
public final class Eventually {

  private Eventually() {}

  /**
   * Polls {@code check} until it returns a non-null value, or fails with {@code whatIsNotOk}.
   *
   * @return the first non-null value
   */
  public static <T> T await(Duration timeout, String whatIsNotOk, Supplier<T> check) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        T value = check.get();
        if (value != null) return value;
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting: " + whatIsNotOk, e);
      }
    }
    throw new AssertionError(whatIsNotOk + " (waited " + timeout.toSeconds() + " s)", last);
  }
}
