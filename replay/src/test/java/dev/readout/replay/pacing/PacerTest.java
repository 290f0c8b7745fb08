package dev.readout.replay.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PacerTest {

  private static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");
  private final FakeTicker ticker = new FakeTicker();

  @Test
  void maxSpeedNeverWaits() throws InterruptedException {
    Pacer pacer = new Pacer(Speed.MAX, null, ticker);
    pacer.awaitTurn(T0);
    pacer.awaitTurn(T0.plus(Duration.ofDays(3)));
    assertThat(ticker.sleeps).isEmpty();
  }

  @Test
  void gapsBetweenPublicationTimesAreDividedByTheSpeed() throws InterruptedException {
    Pacer pacer = new Pacer(Speed.parse("60x"), null, ticker);
    assertThat(pacer.awaitTurn(T0)).isZero();
    assertThat(pacer.awaitTurn(T0.plus(Duration.ofMinutes(30)))).isEqualTo(Duration.ofSeconds(30));
    assertThat(pacer.awaitTurn(T0.plus(Duration.ofMinutes(32)))).isEqualTo(Duration.ofSeconds(2));
    assertThat(ticker.sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(2));
  }

  @Test
  void realtimeWaitsTheFeedsOwnGaps() throws InterruptedException {
    Pacer pacer = new Pacer(Speed.REALTIME, null, ticker);
    pacer.awaitTurn(T0);
    pacer.awaitTurn(T0.plusMillis(1500));
    assertThat(ticker.sleeps).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void timeSpentPublishingIsTakenOffTheNextWait() throws InterruptedException {
    Pacer pacer = new Pacer(Speed.parse("10x"), null, ticker);
    pacer.awaitTurn(T0);
    ticker.advance(Duration.ofSeconds(4)); // the first send was slow
    assertThat(pacer.awaitTurn(T0.plusSeconds(100))).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void aPacerThatFellBehindSendsAtOnceUntilItCatchesUp() throws InterruptedException {
    Pacer pacer = new Pacer(Speed.parse("10x"), null, ticker);
    pacer.awaitTurn(T0);
    ticker.advance(Duration.ofSeconds(25));
    assertThat(pacer.awaitTurn(T0.plusSeconds(100))).isZero();
    assertThat(pacer.awaitTurn(T0.plusSeconds(200))).isZero();
    assertThat(pacer.awaitTurn(T0.plusSeconds(300))).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void longGapsAreCappedAtMaxGap() throws InterruptedException {
    Pacer pacer = new Pacer(Speed.parse("3600x"), Duration.ofSeconds(5), ticker);
    pacer.awaitTurn(T0);
    pacer.awaitTurn(T0.plus(Duration.ofDays(2))); // 48 s at 3600x, capped
    pacer.awaitTurn(T0.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
    assertThat(ticker.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(1));
  }

  @Test
  void anArticleOlderThanTheLastOneIsSentWithoutWaitingOrRewindingTheSchedule()
      throws InterruptedException {
    Pacer pacer = new Pacer(Speed.parse("60x"), null, ticker);
    pacer.awaitTurn(T0);
    pacer.awaitTurn(T0.plus(Duration.ofMinutes(10)));
    assertThat(pacer.awaitTurn(T0.plus(Duration.ofMinutes(5)))).isZero();
    assertThat(pacer.awaitTurn(T0.plus(Duration.ofMinutes(11)))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void fractionalSpeedsSlowTheReplayDown() throws InterruptedException {
    Pacer pacer = new Pacer(Speed.parse("0.5x"), null, ticker);
    pacer.awaitTurn(T0);
    pacer.awaitTurn(T0.plusSeconds(3));
    assertThat(ticker.sleeps).containsExactly(Duration.ofSeconds(6));
  }
}
