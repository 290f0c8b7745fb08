package dev.readout.cli;

import dev.readout.runtime.ReadoutConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./readout run <service>}: runs one Readout service until Ctrl-C or SIGTERM. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one Readout service against a Kafka cluster and Schema Registry until Ctrl-C or SIGTERM.",
      "Settings come from a properties file (--config) < READOUT_* environment variables"
          + " (READOUT_BOOTSTRAP_SERVERS sets bootstrap.servers) < flags."
    },
    subcommands = {RunIngestCommand.class, RunExtractCommand.class, RunSinkCommand.class},
    footer = {
      "",
      "Examples:",
      "  ./readout up          # in another terminal: a local broker and registry",
      "  ./readout run ingest",
      "  ./readout run ingest --config prod.properties --http-port 0"
    })
public final class RunCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A service's log says what the service did; Kafka's and Jetty's INFO lines would bury it.
   * Runs before the first logger exists; {@code -Dorg.slf4j.simpleLogger.*} still overrides.
   */
  static void quietLibraryLogs() {
    setIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
    // A missing broker is reported once, by the service, not once a second per client.
    setIfAbsent("org.slf4j.simpleLogger.log.org.apache.kafka.clients.NetworkClient", "error");
    setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    setIfAbsent("org.slf4j.simpleLogger.log.io.javalin", "warn");
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * The options every {@code run <service>} command shares: {@code @Mixin RunCommand.ServiceOptions
   * options;} then {@code options.config()}.
   */
  public static final class ServiceOptions {

    @Option(names = "--config", paramLabel = "FILE",
        description = "A properties file of settings (bootstrap.servers, schema.registry.url, security.protocol, sasl.*, ssl.*, ...).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
        description = "Kafka brokers (default: " + ReadoutConfig.DEFAULT_BOOTSTRAP_SERVERS + ").")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
        description = "Schema Registry, Confluent-compatible API (default: " + ReadoutConfig.DEFAULT_SCHEMA_REGISTRY_URL + ").")
    String schemaRegistryUrl;

    @Option(names = "--http-port", paramLabel = "PORT",
        description = "Port of the health and metrics endpoint on " + ReadoutConfig.DEFAULT_HTTP_HOST
            + " (/health/live, /health/ready, /metrics); 0 for any free port.")
    Integer httpPort;

    @Option(names = "--state-dir", paramLabel = "DIR",
        description = "Where Kafka Streams keeps local state (default: .readout/state).")
    Path stateDir;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "Any other setting, e.g. --set processing.guarantee=at_least_once; repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** The merged configuration: file < environment < these flags. */
    public ReadoutConfig config() {
      quietLibraryLogs();
      Map<String, String> flags = new LinkedHashMap<>(settings);
      flags.put(ReadoutConfig.BOOTSTRAP_SERVERS, bootstrapServers);
      flags.put(ReadoutConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
      flags.put(ReadoutConfig.HTTP_PORT, httpPort == null ? null : httpPort.toString());
      flags.put(ReadoutConfig.STATE_DIR, stateDir == null ? null : stateDir.toString());
      return ReadoutConfig.load(configFile, System.getenv(), flags);
    }
  }
}
