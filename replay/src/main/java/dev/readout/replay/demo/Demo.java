package dev.readout.replay.demo;

import dev.readout.extract.stream.ExtractService;
import dev.readout.ingest.stream.IngestService;
import dev.readout.local.LocalStack;
import dev.readout.local.Paths;
import dev.readout.replay.Replay;
import dev.readout.replay.ReplayOptions;
import dev.readout.replay.ReplaySummary;
import dev.readout.replay.Selection;
import dev.readout.replay.kafka.KafkaArticleTarget;
import dev.readout.replay.pacing.Ticker;
import dev.readout.replay.progress.ReplayProgress;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.sink.service.SinkService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process: a local broker and registry, the ingest, extract and sink
 * services, and a replay of a feed into them, with a tally of the events as they arrive.
 *
 * <pre>{@code
 * try (Demo demo = Demo.start(options, System.out::println)) {
 *   System.out.println("Dashboard: " + demo.dashboardUrl());
 *   demo.replay(ReplayProgress.SILENT);
 *   System.out.println(demo.tally().summary());
 * }
 * }</pre>
 *
 * {@link #close()} stops everything it started, newest first, the registry's JVM included.
 */
public final class Demo implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Demo.class);
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration SERVICE_STOP_TIMEOUT = Duration.ofSeconds(30);

  private final DemoOptions options;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Consumer<String> progress;
  private LocalStack stack;
  private SinkService sink;
  private EventWatcher watcher;
  private Path temporaryDir;

  private Demo(DemoOptions options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * Starts the stack and the three services and waits until they run.
   *
   * @throws IllegalStateException saying what did not start (what was started is stopped again)
   */
  public static Demo start(DemoOptions options, Consumer<String> progress) {
    Demo demo = new Demo(options, progress);
    try {
      demo.startAll();
      return demo;
    } catch (RuntimeException | InterruptedException e) {
      demo.close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting", e);
      }
      throw (RuntimeException) e;
    }
  }

  private void startAll() throws InterruptedException {
    if (options.httpPort() != 0) {
      requireFree(options.httpPort());
    }
    Path dataDir = options.dataDir();
    if (dataDir == null) {
      try {
        temporaryDir = Files.createTempDirectory("readout-demo-");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary directory for the demo", e);
      }
      dataDir = temporaryDir;
    }
    LocalStack.Builder builder = LocalStack.builder()
        .kafkaPort(options.kafkaPort()).registryPort(options.registryPort()).dataDir(dataDir).progress(progress);
    stack = builder.start();
    started.push(stack);

    ReadoutConfig base = ReadoutConfig.of(Map.of(
        ReadoutConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers(),
        ReadoutConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(),
        ReadoutConfig.STATE_DIR, dataDir.resolve("state").toString(),
        // Health endpoints of ingest and extract on any free port: only the dashboard's is fixed.
        ReadoutConfig.HTTP_PORT, "0"));

    progress.accept("Starting the ingest, extract and sink services...");
    long began = System.nanoTime();
    IngestService ingest = new IngestService(base).start();
    started.push(() -> ingest.close(SERVICE_STOP_TIMEOUT));
    ExtractService extract = ExtractService.createDefault(base, true).start();
    started.push(() -> extract.close(SERVICE_STOP_TIMEOUT));
    sink = SinkService.create(base.with(ReadoutConfig.HTTP_PORT, Integer.toString(options.httpPort()))).start();
    started.push(() -> sink.close(SERVICE_STOP_TIMEOUT));

    if (!ingest.runtime().awaitRunning(READY_TIMEOUT)) {
      throw new IllegalStateException("the ingest service did not reach RUNNING within " + READY_TIMEOUT.toMinutes() + " min (state " + ingest.state() + ")");
    }
    if (!extract.streams().awaitRunning(READY_TIMEOUT)) {
      throw new IllegalStateException("the extract service did not reach RUNNING within " + READY_TIMEOUT.toMinutes() + " min (state " + extract.streams().state() + ")");
    }
    if (!sink.awaitReady(READY_TIMEOUT)) {
      throw new IllegalStateException("the sink service was not ready within " + READY_TIMEOUT.toMinutes() + " min: " + sink.health());
    }
    progress.accept(String.format(java.util.Locale.ROOT, "Services running in %.1f s",
        Duration.ofNanos(System.nanoTime() - began).toMillis() / 1000.0));

    watcher = new EventWatcher(stack.bootstrapServers()).start();
    started.push(watcher);
  }

  /** Where the dashboard and the HTTP API answer. */
  public String dashboardUrl() {
    return sink.url() + "/";
  }

  public String bootstrapServers() {
    return stack.bootstrapServers();
  }

  public String schemaRegistryUrl() {
    return stack.schemaRegistryUrl();
  }

  /** The events per type seen so far on the event topics. */
  public EventTally tally() {
    return watcher.tally();
  }

  /** Replays the feed into {@code readout.articles.raw}, paced as the options say. */
  public ReplaySummary replay(ReplayProgress replayProgress) throws IOException {
    ReplayOptions replayOptions = new ReplayOptions(options.speed(), options.maxGap(), Selection.ALL);
    try (KafkaArticleTarget target = KafkaArticleTarget.connect(stack.bootstrapServers(), Topics.ARTICLES_RAW)) {
      return new Replay(replayOptions, Ticker.system(), replayProgress).run(options.feed(), target);
    }
  }

  /** Stops the watcher, the services, the registry and the broker; deletes temporary data. */
  @Override
  public void close() {
    while (!started.isEmpty()) {
      AutoCloseable next = started.pop();
      try {
        next.close();
      } catch (Exception e) {
        log.warn("demo: stopping {} failed: {}", next, e.toString());
      }
    }
    if (temporaryDir != null) {
      deleteRecursively(temporaryDir);
    }
  }

  private static void requireFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use (another demo or sink?);"
          + " stop it or pass --http-port 0 for any free port");
    }
  }

  private static void deleteRecursively(Path dir) {
    try {
      Paths.deleteRecursively(dir);
    } catch (UncheckedIOException e) {
      log.warn("demo: could not delete the temporary directory {}: {}", dir, e.getCause().toString());
    }
  }
}
