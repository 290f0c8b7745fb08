package dev.readout.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.replay.pacing.FakeTicker;
import dev.readout.replay.pacing.Speed;
import dev.readout.replay.progress.ReplayProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {

  @TempDir Path dir;
  private Path feed;
  private final FakeTicker ticker = new FakeTicker();
  private final ListTarget target = new ListTarget();

  @BeforeEach
  void writeFeed() throws IOException {
    // Out of time order on purpose, as feeds (newest first) often are.
    feed = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        line("d", "2026-02-20T09:00:00Z"),
        line("a", "2026-02-01T09:00:00Z"),
        "not json",
        line("c", "2026-02-10T23:59:59Z"),
        line("b", "2026-02-10T00:00:00Z"),
        line("e", "2026-02-21T00:00:00Z")));
  }

  @Test
  void publishesEverythingReadableEarliestFirstAndReportsTheRest() throws IOException {
    ReplaySummary summary = replay(ReplayOptions.AS_FAST_AS_POSSIBLE, feed.toString(), dir.resolve("missing").toString());

    assertThat(target.ids()).containsExactly("a", "b", "c", "d", "e");
    assertThat(summary.published()).isEqualTo(5);
    assertThat(summary.read()).isEqualTo(5);
    assertThat(summary.problems()).extracting(Object::toString).containsExactly(
        dir.resolve("missing") + ": no such file or directory",
        feed + ":3: not valid JSON: Unrecognized token 'not': was expecting"
            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    assertThat(summary.exitCode()).isEqualTo(2);
    assertThat(summary.format()).contains("Published 5 articles to a list", "2 unreadable:", feed + ":3");
  }

  @Test
  void fromAndToKeepWholeDaysAndTheSummarySaysWhatWasLeftOut() throws IOException {
    ReplaySummary summary = replay(
        new ReplayOptions(Speed.MAX, null, Selection.of("2026-02-10", "2026-02-20", null)), feed.toString());

    assertThat(target.ids()).containsExactly("b", "c", "d");
    assertThat(summary.skipped()).isEqualTo(Map.of("published before --from", 1L, "published after --to", 1L));
    assertThat(summary.format()).contains("1 published before --from", "1 published after --to");
  }

  @Test
  void exactTimesBoundTheWindowInclusively() throws IOException {
    replay(new ReplayOptions(Speed.MAX, null,
        Selection.of("2026-02-10T00:00:00Z", "2026-02-20T09:00:00Z", null)), feed.toString());

    assertThat(target.ids()).containsExactly("b", "c", "d");
  }

  @Test
  void limitKeepsTheEarliestSelectedArticles() throws IOException {
    ReplaySummary summary = replay(
        new ReplayOptions(Speed.MAX, null, Selection.of("2026-02-05", null, 2)), feed.toString());

    assertThat(target.ids()).containsExactly("b", "c");
    assertThat(summary.skipped()).containsEntry(Replay.OVER_LIMIT, 2L).containsEntry("published before --from", 1L);
    assertThat(summary.exitCode()).isEqualTo(2);
  }

  @Test
  void pacedReplayWaitsTheScaledGapsBetweenArticles() throws IOException {
    replay(new ReplayOptions(Speed.parse("86400x"), Duration.ofSeconds(5), Selection.ALL), feed.toString());

    // a→b 9 days → 9 s, capped at 5; b→c 23:59:59 → 0.99998 s; c→d 9 days 9 h → capped; d→e 15 h → 0.625 s
    assertThat(ticker.sleeps).containsExactly(
        Duration.ofSeconds(5), Duration.ofNanos(999_988_425L), Duration.ofSeconds(5), Duration.ofMillis(625));
  }

  @Test
  void aCleanReplayExitsWithZero() throws IOException {
    Path clean = Files.writeString(dir.resolve("clean.jsonl"), line("x", "2026-02-01T00:00:00Z"));

    ReplaySummary summary = replay(ReplayOptions.AS_FAST_AS_POSSIBLE, clean.toString());

    assertThat(summary.exitCode()).isZero();
    assertThat(summary.format()).doesNotContain("Skipped");
  }

  @Test
  void impossibleWindowsAndNegativeLimitsAreRefusedWithTheOptionNamed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Selection.of("2026-03-01", "2026-02-01", null))
        .hasMessageContaining("--from").hasMessageContaining("--to");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Selection.of("yesterday", null, null))
        .hasMessageContaining("--from must be a date");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Selection.of(null, null, -1))
        .hasMessageContaining("--limit");
  }

  private ReplaySummary replay(ReplayOptions options, String... locations) throws IOException {
    return new Replay(options, ticker, ReplayProgress.SILENT).run(List.of(locations), target);
  }

  private static String line(String id, String publishedAt) {
    return "{\"id\":\"" + id + "\",\"published_at\":\"" + publishedAt + "\",\"text\":\"Article " + id + ".\"}";
  }
}
