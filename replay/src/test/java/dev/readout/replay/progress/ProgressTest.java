package dev.readout.replay.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.replay.RawArticle;
import dev.readout.replay.pacing.FakeTicker;
import dev.readout.replay.source.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final FakeTicker ticker = new FakeTicker();
  private final StringWriter written = new StringWriter();
  private final PrintWriter out = new PrintWriter(written);

  @Test
  void plainLinesReportRateAndTimeLeftEveryFewSecondsAndAtTheEnd() {
    ProgressLines progress = new ProgressLines(out, ticker);
    progress.problem(new Problem("feed.jsonl:3", "not valid JSON"));
    progress.started(10);
    for (int i = 1; i <= 10; i++) {
      ticker.advance(Duration.ofSeconds(1));
      progress.published(article(i), i);
    }
    progress.finished();

    assertThat(written.toString().lines()).containsExactly(
        "replay: skipped feed.jsonl:3: not valid JSON",
        "replay: publishing 10 articles",
        "replay: 5/10 published (50%), 1.0 articles/s, ETA 0:05, at 2026-02-05T00:00:00Z",
        "replay: 10/10 published (100%), 1.0 articles/s, ETA 0:00, at 2026-02-10T00:00:00Z");
    assertThat(written.toString()).doesNotContain("\r");
  }

  @Test
  void theLastCountIsPrintedAtTheEndWhenNoLineShowedIt() {
    ProgressLines progress = new ProgressLines(out, ticker);
    progress.started(3);
    progress.published(article(1), 1);
    progress.published(article(2), 2);
    progress.finished();

    assertThat(written.toString().lines()).last().asString().startsWith("replay: 2/3 published (66%)");
  }

  @Test
  void theTerminalBarIsRedrawnInPlaceWithCountRateAndEta() {
    TerminalProgressBar bar = new TerminalProgressBar(out, ticker);
    bar.started(4);
    ticker.advance(Duration.ofSeconds(2));
    bar.published(article(1), 1);
    bar.finished();

    String screen = written.toString();
    assertThat(screen).startsWith("\r[").contains("\r[#######.......................] 1/4  0.5/s  ETA 0:06  2026-02-01T00:00:00Z");
    assertThat(screen).endsWith(System.lineSeparator());
  }

  @Test
  void theBarIsNotRedrawnMoreThanTenTimesASecond() {
    TerminalProgressBar bar = new TerminalProgressBar(out, ticker);
    bar.started(1000);
    for (int i = 1; i <= 100; i++) {
      ticker.advance(Duration.ofMillis(10));
      bar.published(article(1), i);
    }

    long redraws = written.toString().chars().filter(c -> c == '\r').count();
    assertThat(redraws).isBetween(9L, 12L);
  }

  private static RawArticle article(int day) {
    return new RawArticle("a" + day, null, "Wire", null,
        Instant.parse("2026-02-01T00:00:00Z").plus(Duration.ofDays(day - 1)), "Text.");
  }
}
