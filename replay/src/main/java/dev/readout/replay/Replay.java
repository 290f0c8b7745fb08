package dev.readout.replay;

import dev.readout.replay.pacing.Pacer;
import dev.readout.replay.pacing.Ticker;
import dev.readout.replay.progress.ReplayProgress;
import dev.readout.replay.source.ArticleSource;
import dev.readout.replay.source.Problem;
import dev.readout.replay.source.SourceListener;
import dev.readout.replay.source.Sources;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays article sources into a target: reads every source (reporting unreadable input with
 * its location and going on), orders the articles by publication time, keeps those selected,
 * and sends them paced by event time.
 *
 * <pre>{@code
 * ReplaySummary summary = new Replay(ReplayOptions.AS_FAST_AS_POSSIBLE, Ticker.system(), ReplayProgress.SILENT)
 *     .run(List.of("samples/feed"), target);
 * }</pre>
 */
public final class Replay {

  static final String OVER_LIMIT = "over --limit";

  private final ReplayOptions options;
  private final Ticker ticker;
  private final ReplayProgress progress;

  public Replay(ReplayOptions options, Ticker ticker, ReplayProgress progress) {
    this.options = options;
    this.ticker = ticker;
    this.progress = progress;
  }

  /**
   * Replays sources named by path ({@code -} for JSON Lines on standard input); a source that
   * cannot be opened is reported as a problem and the others go on.
   */
  public ReplaySummary run(List<String> locations, ArticleTarget target) throws IOException {
    List<ArticleSource> sources = new ArrayList<>();
    List<Problem> openProblems = new ArrayList<>();
    for (String location : locations) {
      try {
        sources.add(Sources.open(location));
      } catch (IOException e) {
        Problem problem = new Problem(location, message(e));
        openProblems.add(problem);
        progress.problem(problem);
      }
    }
    return replay(sources, openProblems, target);
  }

  /** Replays sources already opened. */
  public ReplaySummary replay(List<ArticleSource> sources, ArticleTarget target) throws IOException {
    return replay(sources, List.of(), target);
  }

  private ReplaySummary replay(List<ArticleSource> sources, List<Problem> earlier, ArticleTarget target)
      throws IOException {
    long startNanos = ticker.nanoTime();
    Collector collector = new Collector(earlier);
    for (ArticleSource source : sources) {
      try {
        source.read(collector);
      } catch (IOException e) {
        collector.problem(new Problem(source.describe(), "cannot be read: " + message(e)));
      }
    }
    List<RawArticle> articles = collector.inWindow;
    Map<String, Long> skipped = collector.skipped;
    // Feeds list the newest first; event time runs forward. Ties keep their input order.
    articles.sort(Comparator.comparing(RawArticle::publishedAt));

    List<RawArticle> selected = new ArrayList<>();
    Integer limit = options.selection().limit();
    for (RawArticle article : articles) {
      if (limit != null && selected.size() >= limit) {
        skipped.merge(OVER_LIMIT, 1L, Long::sum);
      } else {
        selected.add(article);
      }
    }

    Pacer pacer = new Pacer(options.speed(), options.maxGap(), ticker);
    boolean interrupted = false;
    progress.started(selected.size());
    long sent = 0;
    try {
      for (RawArticle article : selected) {
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        pacer.awaitTurn(article.publishedAt());
        target.send(article);
        progress.published(article, ++sent);
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      progress.finished();
    }
    ArticleTarget.Delivery delivery = target.flush();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return new ReplaySummary(
        target.describe(), collector.read, delivery.delivered(), List.copyOf(collector.problems), skipped,
        delivery.failures(), Duration.ofNanos(ticker.nanoTime() - startNanos), interrupted);
  }

  /** Keeps the articles in the time window; counts the others, so a slice of a large archive fits in memory. */
  private final class Collector implements SourceListener {
    final List<RawArticle> inWindow = new ArrayList<>();
    final List<Problem> problems;
    final Map<String, Long> skipped = new LinkedHashMap<>();
    long read;

    Collector(List<Problem> earlier) {
      problems = new ArrayList<>(earlier);
    }

    @Override
    public void article(RawArticle article) {
      read++;
      String reason = options.selection().excludes(article);
      if (reason == null) {
        inWindow.add(article);
      } else {
        skipped.merge(reason, 1L, Long::sum);
      }
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
      progress.problem(problem);
    }
  }

  private static String message(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
