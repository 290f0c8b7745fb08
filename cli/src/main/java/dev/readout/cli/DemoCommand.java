package dev.readout.cli;

import dev.readout.replay.RawArticle;
import dev.readout.replay.ReplaySummary;
import dev.readout.replay.demo.Demo;
import dev.readout.replay.demo.DemoOptions;
import dev.readout.replay.pacing.Durations;
import dev.readout.replay.pacing.Speed;
import dev.readout.replay.progress.ReplayProgress;
import dev.readout.replay.source.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./readout demo}: the whole pipeline on a local stack, fed by the sample feed. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a local Kafka broker and Schema Registry, the ingest, extract and sink services in this"
          + " process, and replays a feed (the sample feed by default) into them, a day of news per second.",
      "Prints the dashboard's URL and a live count of the events per type as they arrive;"
          + " Ctrl-C stops everything cleanly."
    },
    footer = {
      "",
      "Examples:",
      "  ./readout demo",
      "  ./readout demo --speed max --http-port 0",
      "  ./readout demo --data-dir /tmp/readout-demo ../shared/corpus"
    })
final class DemoCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "FEED",
      description = "What to replay: directories, JSON Lines or RSS/Atom files (default: samples/feed).")
  List<String> feed;

  @Option(names = "--speed", defaultValue = "86400x", paramLabel = "max|realtime|<N>x",
      description = "Replay pacing by event time (default: ${DEFAULT-VALUE}, a day of news per second).")
  String speed;

  @Option(names = "--max-gap", defaultValue = "3s", paramLabel = "DURATION",
      description = "Longest wait between two articles (default: ${DEFAULT-VALUE}).")
  String maxGap;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep the broker's, registry's and services' data here (default: a temporary directory deleted on exit).")
  Path dataDir;

  @Option(names = "--http-port", defaultValue = "" + DemoOptions.DEFAULT_HTTP_PORT, paramLabel = "PORT",
      description = "Dashboard port on 127.0.0.1, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(names = "--kafka-port", defaultValue = "0", paramLabel = "PORT",
      description = "Kafka port, 0 for any free port (default: ${DEFAULT-VALUE}, so a running ./readout up is left alone).")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "0", paramLabel = "PORT",
      description = "Schema Registry port, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Spec CommandSpec spec;

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    quietRetryNoise();
    DemoOptions options;
    try {
      options = new DemoOptions(feed == null || feed.isEmpty() ? sampleFeed() : feed,
          Speed.parse(speed), Durations.parse(maxGap), dataDir, httpPort, kafkaPort, registryPort);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Thread main = Thread.currentThread();
    Thread hook = new Thread(() -> {
      stopRequested.countDown();
      main.interrupt();
      await(stopped, 120);
    }, "readout-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    Demo demo = null;
    try {
      demo = Demo.start(options, line -> print(out, line));
      print(out, "");
      print(out, "  Dashboard  " + demo.dashboardUrl());
      print(out, "  API        " + demo.dashboardUrl() + "api/events   live: " + demo.dashboardUrl() + "api/stream");
      print(out, "  Kafka      " + demo.bootstrapServers() + "   registry " + demo.schemaRegistryUrl());
      print(out, "");
      print(out, "Replaying " + String.join(" ", options.feed()) + " at " + options.speed() + "...");
      AtomicLong replayed = new AtomicLong();
      Thread ticker = liveSummary(demo, replayed, out);
      ReplaySummary summary = demo.replay(counting(replayed, out));
      print(out, summary.format());
      if (!summary.interrupted()) {
        print(out, "");
        print(out, "The pipeline keeps running: open " + demo.dashboardUrl() + " ; Ctrl-C to stop.");
        stopRequested.await();
      }
      ticker.interrupt();
      return 0;
    } catch (InterruptedException e) {
      return 0; // Ctrl-C
    } catch (IOException | RuntimeException e) {
      err.println("readout demo: " + e.getMessage());
      err.flush();
      return 1;
    } finally {
      Thread.interrupted(); // stopping must not be cut short by the Ctrl-C that asked for it
      if (demo != null) {
        print(out, "Stopping the services, the registry and the broker...");
        demo.close();
        print(out, "Stopped" + (dataDir == null ? "." : "; data kept in " + dataDir.toAbsolutePath().normalize()));
      }
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is what stopped us.
      }
    }
  }

  /** Stops a running demo as Ctrl-C would; for tests and embedding. */
  void requestStop() {
    stopRequested.countDown();
  }

  /**
   * Exactly-once producers on a one-node broker retry CONCURRENT_TRANSACTIONS now and then; the
   * producer logs each retry and the broker logs the retried append with a stack trace, though
   * nothing is lost. In a demo that is a wall of noise over the summary; -D settings still win.
   */
  private static void quietRetryNoise() {
    for (String logger : new String[] {"org.apache.kafka.clients.producer.internals.Sender", "kafka.server.ReplicaManager"}) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "off");
      }
    }
  }

  /** The sample feed of this checkout, wherever the command is run from. */
  private static List<String> sampleFeed() {
    String home = System.getProperty("readout.home", ".");
    return List.of(Path.of(home).resolve(DemoOptions.SAMPLE_FEED.get(0)).normalize().toString());
  }

  /** Prints the event counts whenever they change, at most once a second. */
  private static Thread liveSummary(Demo demo, AtomicLong replayed, PrintWriter out) {
    Thread thread = new Thread(() -> {
      long seen = -1;
      long seenReplayed = -1;
      while (!Thread.currentThread().isInterrupted()) {
        long changes = demo.tally().changes();
        if (changes != seen || replayed.get() != seenReplayed) {
          seen = changes;
          seenReplayed = replayed.get();
          print(out, CLOCK.format(LocalTime.now()) + "  articles replayed " + seenReplayed
              + "  events: " + demo.tally().summary());
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "readout-demo-summary");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static ReplayProgress counting(AtomicLong replayed, PrintWriter out) {
    return new ReplayProgress() {
      @Override
      public void problem(Problem problem) {
        print(out, "skipped " + problem);
      }

      @Override
      public void started(long total) {}

      @Override
      public void published(RawArticle article, long done) {
        replayed.set(done);
      }

      @Override
      public void finished() {}
    };
  }

  private static synchronized void print(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }

  private static void await(CountDownLatch latch, int seconds) {
    try {
      latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
