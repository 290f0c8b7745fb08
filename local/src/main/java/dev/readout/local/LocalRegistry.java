package dev.readout.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry 3 in a child JVM on 127.0.0.1, with schemas kept in an H2 file in the data
 * directory (so ids survive restarts) and the registry-wide compatibility set to {@code
 * BACKWARD_TRANSITIVE}. Clients use its Confluent-compatible API at {@link #url()}.
 *
 * <pre>{@code
 * try (LocalRegistry registry = LocalRegistry.start()) {
 *   serdeConfig.put("schema.registry.url", registry.url());
 * }
 * }</pre>
 *
 * <p>The child is destroyed on {@link #close()} and by a JVM shutdown hook; its output goes to
 * {@code registry.log} in the data directory.
 */
public final class LocalRegistry implements AutoCloseable {

  /** The compatibility Readout's contracts promise: new schemas read every released version. */
  public static final String COMPATIBILITY = "BACKWARD_TRANSITIVE";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final String CCOMPAT_PATH = "/apis/ccompat/v7";
  private static final Logger LOG = LoggerFactory.getLogger(LocalRegistry.class);

  private final Process process;
  private final Thread shutdownHook;
  private final Path dataDir;
  private final boolean temporary;
  private final int port;
  private volatile boolean closed;

  private LocalRegistry(Process process, Thread shutdownHook, Path dataDir, boolean temporary, int port) {
    this.process = process;
    this.shutdownHook = shutdownHook;
    this.dataDir = dataDir;
    this.temporary = temporary;
    this.port = port;
  }

  /** A registry on a free port with a temporary data directory. */
  public static LocalRegistry start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The Confluent-compatible API, {@code http://127.0.0.1:<port>/apis/ccompat/v7}: the value for {@code schema.registry.url}. */
  public String url() {
    return baseUrl() + CCOMPAT_PATH;
  }

  /** The server's root, {@code http://127.0.0.1:<port>}, where Apicurio's own UI and API live. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The child's output. */
  public Path logFile() {
    return dataDir.resolve("registry.log");
  }

  /** Stops the child (gracefully, then forcibly) and waits for it; deletes a temporary data directory. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stop(process);
    OwnedProcess.forget(pidFile(dataDir));
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or has run; the child is gone either way.
    }
    if (temporary) {
      Paths.deleteRecursively(dataDir);
    }
  }

  private static void stop(Process process) {
    List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(STOP_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  /** Options for a registry; every one has a sensible default. */
  public static final class Builder {
    private int port;
    private Path dataDir;
    private Path distribution;
    private String maxHeap = "512m";

    private Builder() {}

    /** The HTTP port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Registry port must be in 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Where schemas and the log live, kept after close; by default a temporary directory. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
      return this;
    }

    /** The unpacked Apicurio distribution; by default {@link ApicurioDistribution#find()}. */
    public Builder distribution(Path distribution) {
      this.distribution = Objects.requireNonNull(distribution, "distribution");
      return this;
    }

    /** The child JVM's {@code -Xmx}, default {@code 512m}. */
    public Builder maxHeap(String maxHeap) {
      this.maxHeap = Objects.requireNonNull(maxHeap, "maxHeap");
      return this;
    }

    /** Launches the registry and waits until it answers, with compatibility set. */
    public LocalRegistry start() {
      Path home = distribution != null ? distribution : ApicurioDistribution.find();
      boolean temporary = dataDir == null;
      Path dir;
      try {
        dir = temporary ? Files.createTempDirectory("readout-registry-") : Files.createDirectories(dataDir);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the registry data directory " + dataDir, e);
      }
      OwnedProcess.stopOrphan(pidFile(dir), STOP_TIMEOUT)
          .ifPresent(
              orphan ->
                  LOG.warn("Stopped the registry of an earlier run on {}: {}", dir.toAbsolutePath(), orphan));
      int httpPort = port == 0 ? Ports.free() : port;
      if (!Ports.isFree(httpPort)) {
        throw new IllegalStateException(
            "Port " + httpPort + " on 127.0.0.1 is taken: stop what listens there or choose another registry port");
      }
      int managementPort = Ports.freeOtherThan(httpPort);
      Path log = dir.resolve("registry.log");
      List<String> command = new ArrayList<>();
      command.add(javaExecutable());
      command.add("-Xmx" + maxHeap);
      command.add("-XX:+UseSerialGC");
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-Dquarkus.http.host=127.0.0.1");
      command.add("-Dquarkus.http.port=" + httpPort);
      command.add("-Dquarkus.management.host=127.0.0.1");
      command.add("-Dquarkus.management.port=" + managementPort);
      command.add("-Dapicurio.storage.kind=sql");
      command.add("-Dapicurio.storage.sql.kind=h2");
      command.add("-Dapicurio.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("registry"));
      // The defaults keep 20 connections open: wasteful for one local user.
      command.add("-Dapicurio.datasource.jdbc.initial-size=2");
      command.add("-Dapicurio.datasource.jdbc.min-size=2");
      command.add("-Dapicurio.datasource.jdbc.max-size=10");
      command.add("-Dapicurio.storage.snapshot.location=" + dir.toAbsolutePath());
      command.add("-jar");
      command.add(home.resolve(ApicurioDistribution.RUNNER).toString());
      Process process;
      try {
        Files.writeString(log, "# " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
        process =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start Apicurio Registry with " + command, e);
      }
      OwnedProcess.record(pidFile(dir), process.toHandle());
      Thread hook = new Thread(() -> stop(process), "readout-registry-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      LocalRegistry registry = new LocalRegistry(process, hook, dir, temporary, httpPort);
      try {
        registry.awaitReady();
        registry.putCompatibility(COMPATIBILITY);
      } catch (RuntimeException e) {
        registry.close();
        throw e;
      }
      return registry;
    }

    private static String javaExecutable() {
      return ProcessHandle.current()
          .info()
          .command()
          .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
  }

  /** Names the running child and its owner, so that a later start can stop an orphaned child. */
  static Path pidFile(Path dataDir) {
    return dataDir.resolve("registry.pid");
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(5)).GET().build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Apicurio Registry exited with status " + process.exitValue() + " before answering on " + url()
                + "; the end of " + logFile() + ":\n" + tail(logFile()));
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Apicurio Registry on " + url(), e);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Apicurio Registry did not answer on " + url() + " within " + READY_TIMEOUT + "; the end of "
                + logFile() + ":\n" + tail(logFile()));
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Apicurio Registry on " + url(), e);
      }
    }
  }

  private void putCompatibility(String level) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url() + "/config"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"" + level + "\"}"))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "Apicurio Registry refused compatibility " + level + ": HTTP " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot set the compatibility of Apicurio Registry on " + url(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while configuring Apicurio Registry", e);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}
