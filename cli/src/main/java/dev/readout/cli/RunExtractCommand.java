package dev.readout.cli;

import dev.readout.extract.stream.ExtractService;
import dev.readout.runtime.GracefulShutdown;
import dev.readout.runtime.ReadoutConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./readout run extract}: the extract service until Ctrl-C or SIGTERM. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the extract service (application.id readout-extract): reads Article records from",
      "readout.articles, extracts meetings, calls and statements, fuses them across articles and",
      "writes readout.mentions and the compacted readout.events.meeting|call|statement topics.",
      "Articles the engine fails on go to readout.mentions.dlq. Topics are created when missing.",
      "Settings: --config FILE < READOUT_* environment variables < these flags."
    })
public final class RunExtractCommand implements Callable<Integer> {

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file with service settings.")
  Path config;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Kafka brokers (default 127.0.0.1:9092).")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Schema Registry URL (default http://127.0.0.1:8081).")
  String schemaRegistryUrl;

  @Option(names = "--http-port", paramLabel = "PORT", description = "Port of /health/live, /health/ready and /metrics (default 8092, 0 = any free port).")
  Integer httpPort;

  @Option(names = "--state-dir", paramLabel = "DIR", description = "Where Kafka Streams keeps local state (default .readout/state).")
  Path stateDir;

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put(ReadoutConfig.BOOTSTRAP_SERVERS, bootstrapServers);
    flags.put(ReadoutConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
    flags.put(ReadoutConfig.HTTP_PORT, httpPort == null ? null : httpPort.toString());
    flags.put(ReadoutConfig.STATE_DIR, stateDir == null ? null : stateDir.toString());
    ReadoutConfig settings = ReadoutConfig.load(config, System.getenv(), flags);
    ExtractService extract = ExtractService.createDefault(settings, true).start();
    return GracefulShutdown.runUntilSignalled(extract.streams(), settings.shutdownTimeout());
  }
}
