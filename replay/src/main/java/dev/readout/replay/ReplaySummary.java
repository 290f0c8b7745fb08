package dev.readout.replay;

import dev.readout.replay.source.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a replay.
 *
 * @param target where the articles went
 * @param read articles read from the sources
 * @param published articles delivered
 * @param problems unreadable input, each with file and line
 * @param skipped readable articles left out, counted by reason ({@code published after --to})
 * @param failures articles sent but not delivered
 * @param elapsed wall-clock time of the replay
 * @param interrupted whether it was stopped before the end
 */
public record ReplaySummary(
    String target,
    long read,
    long published,
    List<Problem> problems,
    Map<String, Long> skipped,
    List<String> failures,
    Duration elapsed,
    boolean interrupted) {

  /** Process exit code: 0 all published, 1 some delivery failed or interrupted, 2 some input unreadable. */
  public int exitCode() {
    if (!failures.isEmpty() || interrupted) {
      return 1;
    }
    return problems.isEmpty() ? 0 : 2;
  }

  /** A few lines for people: what was published, what was skipped and why. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(interrupted ? "Interrupted: published " : "Published ")
        .append(published).append(published == 1 ? " article" : " articles")
        .append(" to ").append(target)
        .append(String.format(Locale.ROOT, " in %.1f s", elapsed.toMillis() / 1000.0))
        .append(" (").append(read).append(" read).");
    long skippedCount = problems.size() + skipped.values().stream().mapToLong(Long::longValue).sum();
    if (skippedCount > 0) {
      out.append("\nSkipped ").append(skippedCount).append(':');
      if (!problems.isEmpty()) {
        out.append("\n  ").append(problems.size()).append(" unreadable:");
        problems.forEach(p -> out.append("\n    ").append(p));
      }
      skipped.forEach((reason, count) -> out.append("\n  ").append(count).append(' ').append(reason));
    }
    if (!failures.isEmpty()) {
      out.append("\nFailed to deliver ").append(failures.size()).append(':');
      failures.forEach(f -> out.append("\n  ").append(f));
    }
    return out.toString();
  }
}
