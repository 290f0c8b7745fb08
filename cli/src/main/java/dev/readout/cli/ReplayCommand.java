package dev.readout.cli;

import dev.readout.replay.ArticleTarget;
import dev.readout.replay.Replay;
import dev.readout.replay.ReplayOptions;
import dev.readout.replay.ReplaySummary;
import dev.readout.replay.Selection;
import dev.readout.replay.export.FileExportTarget;
import dev.readout.replay.kafka.KafkaArticleTarget;
import dev.readout.replay.pacing.Durations;
import dev.readout.replay.pacing.Speed;
import dev.readout.replay.pacing.Ticker;
import dev.readout.replay.progress.ReplayProgress;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./readout replay}: publishes article feeds into readout.articles.raw. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes articles into readout.articles.raw (or --topic) as JSON {id, url, source, title, published_at, text},"
          + " keyed by id, with the original publication time as the record timestamp, earliest first.",
      "SOURCE is a directory of <id>.txt (+ optional <id>.json metadata), a JSON Lines file (.jsonl, .gz too),"
          + " an RSS or Atom file, or - for JSON Lines on standard input. Unreadable input is reported with file"
          + " and line and the rest goes on."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./readout replay samples/feed",
      "  ./readout replay --speed 3600x --max-gap 5s samples/feed.jsonl.gz",
      "  ./readout replay --from 2026-02-10 --to 2026-02-20 --limit 5 samples/feed.rss",
      "  ./readout replay samples/feed --export-jsonl feed.jsonl.gz --export-rss feed.rss",
      "",
      "Exit status: 0 all published; 1 a delivery failed, the broker is unreachable or interrupted;"
          + " 2 some input was unreadable (the rest was published)."
    })
final class ReplayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Directories, JSON Lines or RSS/Atom files.")
  List<String> sources;

  @Option(names = "--speed", defaultValue = "max", paramLabel = "max|realtime|<N>x",
      description = "Pacing by event time: max (no waiting), realtime, or <N>x to divide the gaps between"
          + " publication times by N (default: ${DEFAULT-VALUE}).")
  String speed;

  @Option(names = "--max-gap", paramLabel = "DURATION",
      description = "Longest wait between two articles when paced (500ms, 30s, 5m, 2h, 1d), so quiet days do not stall.")
  String maxGap;

  @Option(names = "--from", paramLabel = "DATE|TIME",
      description = "Only articles published at or after this (2026-02-10 or 2026-02-10T12:00:00Z; UTC).")
  String from;

  @Option(names = "--to", paramLabel = "DATE|TIME",
      description = "Only articles published up to this, inclusive (a date includes its whole day).")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "Publish at most N articles (the earliest).")
  Integer limit;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      defaultValue = "${env:READOUT_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
      description = "Kafka brokers (default: ${DEFAULT-VALUE}; env READOUT_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file with the cluster's client settings (security.protocol, sasl.*, ssl.*); "
          + "READOUT_* environment variables and --bootstrap-servers override it.")
  Path config;

  @Option(names = "--topic", defaultValue = Topics.ARTICLES_RAW, paramLabel = "TOPIC",
      description = "Topic to publish to (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(names = "--export-jsonl", paramLabel = "FILE",
      description = "Write the selected articles to this JSON Lines file (.gz compresses) instead of Kafka.")
  Path exportJsonl;

  @Option(names = "--export-rss", paramLabel = "FILE",
      description = "Write the selected articles to this RSS 2.0 file instead of Kafka.")
  Path exportRss;

  @Override
  public Integer call() throws IOException {
    ReplayOptions options;
    try {
      options = new ReplayOptions(
          Speed.parse(speed), maxGap == null ? null : Durations.parse(maxGap), Selection.of(from, to, limit));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    boolean export = exportJsonl != null || exportRss != null;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReplayProgress progress = ReplayProgress.forConsole(err);
    Thread worker = Thread.currentThread();
    CountDownLatch done = new CountDownLatch(1);
    // Ctrl-C: stop pacing, let the replay flush what it sent and print its summary, then exit.
    Thread onCtrlC = new Thread(() -> {
      worker.interrupt();
      try {
        done.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "readout-replay-shutdown");
    try (ArticleTarget target = export
        ? new FileExportTarget(exportJsonl, exportRss)
        : KafkaArticleTarget.connect(clientConfig(), topic)) {
      Runtime.getRuntime().addShutdownHook(onCtrlC);
      ReplaySummary summary = new Replay(options, Ticker.system(), progress).run(sources, target);
      out.println(summary.format());
      out.flush();
      return summary.exitCode();
    } catch (IOException e) {
      err.println("replay: " + e.getMessage());
      return 1;
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onCtrlC);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is exiting on Ctrl-C: the hook has run and the producer is flushed.
      }
    }
  }

  /** Bootstrap servers and security settings, layered as the services layer theirs. */
  Map<String, Object> clientConfig() {
    Properties properties =
        ReadoutConfig.load(config, System.getenv(), Map.of("bootstrap.servers", bootstrapServers)).adminProperties();
    Map<String, Object> out = new HashMap<>();
    properties.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
