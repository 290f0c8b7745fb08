package dev.readout.replay.progress;

import dev.readout.replay.RawArticle;
import dev.readout.replay.pacing.Ticker;
import dev.readout.replay.source.Problem;
import java.io.PrintWriter;

/** Follows a replay as it runs: problems as they are found, then each article published. */
public interface ReplayProgress {

  /** Input that was skipped; reported at once so that the user sees it with its location. */
  void problem(Problem problem);

  /** Publishing starts with this many articles selected. */
  void started(long total);

  /** One more article was handed to the target. */
  void published(RawArticle article, long done);

  /** Publishing ended (all sent, or interrupted). */
  void finished();

  /**
   * A redrawn progress bar when a person watches a terminal ({@code System.console() != null}),
   * plain progress lines otherwise (logs, CI, pipes).
   */
  static ReplayProgress forConsole(PrintWriter out) {
    return System.console() != null
        ? new TerminalProgressBar(out, Ticker.system())
        : new ProgressLines(out, Ticker.system());
  }

  /** Reports nothing. */
  ReplayProgress SILENT = new ReplayProgress() {
    @Override public void problem(Problem problem) {}

    @Override public void started(long total) {}

    @Override public void published(RawArticle article, long done) {}

    @Override public void finished() {}
  };
}
