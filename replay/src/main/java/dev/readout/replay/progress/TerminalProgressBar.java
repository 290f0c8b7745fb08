package dev.readout.replay.progress;

import dev.readout.replay.RawArticle;
import dev.readout.replay.pacing.Ticker;
import dev.readout.replay.source.Problem;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress bar redrawn in place on a terminal: articles done, rate, time left and the event
 * time reached. Redraws at most ten times a second.
 */
public final class TerminalProgressBar implements ReplayProgress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();

  private final PrintWriter out;
  private final Ticker ticker;
  private final Rate rate;
  private long lastDrawNanos = Long.MIN_VALUE;
  private long done;
  private String eventTime = "";
  private boolean drawn;

  public TerminalProgressBar(PrintWriter out, Ticker ticker) {
    this.out = out;
    this.ticker = ticker;
    this.rate = new Rate(ticker);
  }

  @Override
  public void problem(Problem problem) {
    clearLine();
    out.println("skipped " + problem);
    out.flush();
  }

  @Override
  public void started(long total) {
    rate.start(total);
    draw(true);
  }

  @Override
  public void published(RawArticle article, long done) {
    this.done = done;
    this.eventTime = article.publishedAt().toString();
    draw(false);
  }

  @Override
  public void finished() {
    draw(true);
    out.println();
    out.flush();
    drawn = false;
  }

  private void draw(boolean force) {
    long now = ticker.nanoTime();
    if (!force && now - lastDrawNanos < REDRAW_NANOS) {
      return;
    }
    lastDrawNanos = now;
    long total = rate.total();
    int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
    out.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d  %.1f/s  ETA %s  %s\u001b[K",
        "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, rate.perSecond(done),
        Rate.format(rate.eta(done)), eventTime));
    out.flush();
    drawn = true;
  }

  private void clearLine() {
    if (drawn) {
      out.print("\r\u001b[K");
    }
  }
}
