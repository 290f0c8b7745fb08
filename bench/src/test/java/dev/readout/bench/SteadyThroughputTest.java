package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SteadyThroughputTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void articlesDoneAfterTheWarmUpOverTheTimeAfterIt() {
    assertThat(Bench.steadyThroughput(20, 12 * SECOND, 6_000)).isCloseTo(500.0, within(1e-9));
  }

  @Test
  void aRunEndingSoonAfterTheWarmUpGivesNoFigureRatherThanItsDrainTail() {
    assertThat(Bench.steadyThroughput(20, 4 * SECOND, 480)).as("4 s after a 20 s warm-up").isZero();
  }

  @Test
  void withoutAWarmUpEvenAShortRunCounts() {
    assertThat(Bench.steadyThroughput(0, 3 * SECOND, 300)).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void nothingDoneAfterTheWarmUpIsZero() {
    assertThat(Bench.steadyThroughput(10, 30 * SECOND, 0)).isZero();
    assertThat(Bench.steadyThroughput(10, -SECOND, 5)).isZero();
  }
}
