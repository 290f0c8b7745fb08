package dev.readout.replay.progress;

import dev.readout.replay.RawArticle;
import dev.readout.replay.pacing.Ticker;
import dev.readout.replay.source.Problem;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Plain progress lines for logs and pipes: one at most every few seconds, and one at the end,
 * never a carriage return.
 */
public final class ProgressLines implements ReplayProgress {

  static final Duration INTERVAL = Duration.ofSeconds(5);

  private final PrintWriter out;
  private final Ticker ticker;
  private final Rate rate;
  private long lastLineNanos;
  private long done;
  private long printedDone = -1;

  public ProgressLines(PrintWriter out, Ticker ticker) {
    this.out = out;
    this.ticker = ticker;
    this.rate = new Rate(ticker);
  }

  @Override
  public void problem(Problem problem) {
    out.println("replay: skipped " + problem);
    out.flush();
  }

  @Override
  public void started(long total) {
    rate.start(total);
    lastLineNanos = ticker.nanoTime();
    out.println("replay: publishing " + total + (total == 1 ? " article" : " articles"));
    out.flush();
  }

  @Override
  public void published(RawArticle article, long done) {
    this.done = done;
    long now = ticker.nanoTime();
    if (now - lastLineNanos >= INTERVAL.toNanos()) {
      lastLineNanos = now;
      out.println(line(article));
      out.flush();
      printedDone = done;
    }
  }

  @Override
  public void finished() {
    if (rate.total() > 0 && printedDone != done) {
      out.println(line(null));
      out.flush();
    }
  }

  private String line(RawArticle article) {
    long total = rate.total();
    return String.format(Locale.ROOT, "replay: %d/%d published (%d%%), %.1f articles/s, ETA %s%s",
        done, total, total == 0 ? 100 : done * 100 / total, rate.perSecond(done),
        Rate.format(rate.eta(done)), article == null ? "" : ", at " + article.publishedAt());
  }
}
