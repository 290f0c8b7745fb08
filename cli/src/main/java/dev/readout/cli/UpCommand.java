package dev.readout.cli;

import dev.readout.local.LocalStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./readout up}: a local Kafka broker and Schema Registry, running until Ctrl-C. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a real Kafka broker (KRaft, in process) and Apicurio Registry (Confluent-compatible API)"
          + " on 127.0.0.1 until Ctrl-C or SIGTERM, then stops both cleanly.",
      "Topics, offsets and schema ids are kept in the data directory between runs."
    },
    footer = {
      "",
      "Examples:",
      "  ./readout up",
      "  ./readout up --kafka-port 19092 --registry-port 18081 --data-dir /tmp/readout"
    })
public final class UpCommand implements Callable<Integer> {

  @Option(names = "--kafka-port", defaultValue = "9092", paramLabel = "PORT",
      description = "Kafka client port on 127.0.0.1, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "8081", paramLabel = "PORT",
      description = "Schema Registry port on 127.0.0.1, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Option(names = "--data-dir", defaultValue = ".readout/data", paramLabel = "DIR",
      description = "Where the broker and the registry keep their data between runs (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Spec CommandSpec spec;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    quietBrokerLogs();
    LocalStack stack;
    try {
      stack =
          LocalStack.builder()
              .kafkaPort(kafkaPort)
              .registryPort(registryPort)
              .dataDir(dataDir)
              .progress(line -> print(out, line))
              .start();
    } catch (RuntimeException e) {
      err.println("readout up: " + e.getMessage());
      err.flush();
      return 1;
    }
    // On Ctrl-C the JVM runs this hook: stop the stack on the main thread and wait until it is down.
    Thread hook =
        new Thread(
            () -> {
              stopRequested.countDown();
              awaitQuietly(stopped);
            },
            "readout-up-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      print(out, "");
      print(out, "  bootstrap.servers   = " + stack.bootstrapServers());
      print(out, "  schema.registry.url = " + stack.schemaRegistryUrl());
      print(out, "  data                = " + dataDir.toAbsolutePath().normalize()
          + " (registry log: " + stack.registry().logFile().toAbsolutePath().normalize() + ")");
      print(out, "");
      print(out, "Press Ctrl-C to stop.");
      stopRequested.await();
      print(out, "Stopping...");
    } finally {
      stack.close();
      print(out, "Stopped; data kept in " + dataDir.toAbsolutePath().normalize());
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is what stopped us.
      }
    }
    return 0;
  }

  /** Stops a running {@code up} as Ctrl-C would; for tests and embedding. */
  void requestStop() {
    stopRequested.countDown();
  }

  /**
   * Two broker warnings that every first start and every stop prints, and that mean nothing
   * here (simplelogger.properties keeps the rest of Kafka at warn). slf4j-simple reads a logger's
   * level when the logger is created, so this works before the broker starts; -D settings win.
   */
  private static void quietBrokerLogs() {
    for (String logger :
        new String[] {"org.apache.kafka.controller.QuorumController", "org.apache.kafka.clients.NetworkClient"}) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "error");
      }
    }
  }

  private static void print(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
