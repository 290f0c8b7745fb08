package dev.readout.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker (combined KRaft broker and controller) running inside
 * this JVM on 127.0.0.1, for integration tests and {@code ./readout up}.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
 *   props.put("bootstrap.servers", kafka.bootstrapServers());
 * }
 * }</pre>
 *
 * <p>The data directory is formatted on first use and reused afterwards, so a restart on the same
 * directory keeps its topics and offsets. A temporary directory is deleted on {@link #close()}.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final KafkaRaftServer server;
  private final Path dataDir;
  private final boolean temporary;
  private final int port;
  private volatile boolean closed;

  private EmbeddedKafka(KafkaRaftServer server, Path dataDir, boolean temporary, int port) {
    this.server = server;
    this.dataDir = dataDir;
    this.temporary = temporary;
    this.port = port;
  }

  /** A broker on a free port with a temporary data directory. */
  public static EmbeddedKafka start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code 127.0.0.1:<port>}, the value for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Stops the broker and waits until it has shut down; deletes a temporary data directory. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
    server.awaitShutdown();
    if (temporary) {
      Paths.deleteRecursively(dataDir);
    }
  }

  /** Options for a broker; every one has a sensible default. */
  public static final class Builder {
    private int port;
    private Path dataDir;
    private final Properties overrides = new Properties();

    private Builder() {}

    /** The client port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Kafka port must be in 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Where the log lives, kept after close; by default a temporary directory deleted on close. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
      return this;
    }

    /** An extra broker property, overriding Readout's defaults. */
    public Builder brokerProperty(String key, String value) {
      overrides.setProperty(key, value);
      return this;
    }

    /** Formats the data directory if needed and starts the broker, ready for clients. */
    public EmbeddedKafka start() {
      boolean temporary = dataDir == null;
      Path dir;
      try {
        dir = temporary ? Files.createTempDirectory("readout-kafka-") : Files.createDirectories(dataDir);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the Kafka data directory " + dataDir, e);
      }
      int clientPort = port == 0 ? Ports.free() : port;
      if (!Ports.isFree(clientPort)) {
        throw new IllegalStateException(
            "Port " + clientPort + " on 127.0.0.1 is taken (another broker?): stop what listens there or choose another Kafka port");
      }
      int controllerPort = Ports.freeOtherThan(clientPort);
      Properties props = brokerProperties(dir, clientPort, controllerPort);
      props.putAll(overrides);
      Path config = dir.resolve("server.properties");
      try {
        try (OutputStream out = Files.newOutputStream(config)) {
          props.store(out, "Written by Readout's EmbeddedKafka on every start");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write " + config, e);
      }
      if (!Files.exists(dir.resolve("log").resolve("meta.properties"))) {
        format(dir, config);
      }
      KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
      try {
        server.startup();
      } catch (RuntimeException e) {
        safeShutdown(server);
        throw new IllegalStateException(
            "Kafka did not start on 127.0.0.1:" + clientPort + " with data in " + dir + ": " + e.getMessage(), e);
      }
      EmbeddedKafka kafka = new EmbeddedKafka(server, dir, temporary, clientPort);
      try {
        kafka.awaitReady();
      } catch (RuntimeException e) {
        kafka.close();
        throw e;
      }
      return kafka;
    }

    private static Properties brokerProperties(Path dir, int clientPort, int controllerPort) {
      Properties p = new Properties();
      p.setProperty("process.roles", "broker,controller");
      p.setProperty("node.id", "1");
      // A static quorum keeps no endpoint in the log, so a restart may use another controller port.
      p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
      p.setProperty("controller.listener.names", "CONTROLLER");
      p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
      p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
      p.setProperty("inter.broker.listener.name", "PLAINTEXT");
      p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
      p.setProperty("log.dirs", dir.resolve("log").toString());
      p.setProperty("num.partitions", "1");
      p.setProperty("default.replication.factor", "1");
      p.setProperty("min.insync.replicas", "1");
      // A single broker cannot hold three replicas: without these, exactly-once Streams hangs.
      p.setProperty("offsets.topic.replication.factor", "1");
      p.setProperty("offsets.topic.num.partitions", "1");
      p.setProperty("transaction.state.log.replication.factor", "1");
      p.setProperty("transaction.state.log.min.isr", "1");
      p.setProperty("transaction.state.log.num.partitions", "1");
      p.setProperty("share.coordinator.state.topic.replication.factor", "1");
      p.setProperty("share.coordinator.state.topic.min.isr", "1");
      p.setProperty("group.initial.rebalance.delay.ms", "0");
      p.setProperty("auto.create.topics.enable", "false");
      return p;
    }

    private static void format(Path dir, Path config) {
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      int status;
      try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
        status =
            StorageTool.execute(
                new String[] {
                  "format", "--config", config.toString(),
                  "--cluster-id", Uuid.randomUuid().toString()
                },
                out);
      } catch (RuntimeException e) {
        throw new IllegalStateException("Cannot format the Kafka data directory " + dir + ": " + e.getMessage(), e);
      }
      if (status != 0) {
        throw new IllegalStateException(
            "Cannot format the Kafka data directory " + dir + ": " + output.toString(StandardCharsets.UTF_8));
      }
    }

    private static void safeShutdown(KafkaRaftServer server) {
      try {
        server.shutdown();
        server.awaitShutdown();
      } catch (RuntimeException ignored) {
        // Startup already failed; that error is the one worth reporting.
      }
    }
  }

  /** Waits until the broker answers metadata requests, so the first client call succeeds. */
  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    try (Admin admin = Admin.create(config)) {
      while (true) {
        try {
          if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException(
                "Kafka on " + bootstrapServers() + " did not become ready within " + READY_TIMEOUT, e);
          }
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Kafka on " + bootstrapServers(), e);
    }
  }
}
