package dev.readout.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.stream.ExtractService;
import dev.readout.ingest.stream.IngestService;
import dev.readout.local.EmbeddedKafka;
import dev.readout.local.LocalRegistry;
import dev.readout.runtime.ReadoutConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Ingest and extract running in this JVM against a real broker and registry, for the fault tests. */
final class InProcessPipeline implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(3);

  final ReadoutConfig config;
  final IngestService ingest;
  final ExtractService extract;

  private InProcessPipeline(ReadoutConfig config, IngestService ingest, ExtractService extract) {
    this.config = config;
    this.ingest = ingest;
    this.extract = extract;
  }

  /** Settings for services on this broker and registry: any HTTP port, short commits. */
  static ReadoutConfig config(EmbeddedKafka kafka, LocalRegistry registry) {
    return ReadoutConfig.of(Map.of(
        ReadoutConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
        ReadoutConfig.SCHEMA_REGISTRY_URL, registry.url(),
        ReadoutConfig.HTTP_PORT, "0",
        ReadoutConfig.COMMIT_INTERVAL_MS, "200"));
  }

  /** Starts both services with state under {@code stateRoot} and waits until they run. */
  static InProcessPipeline start(ReadoutConfig config, Path stateRoot) throws InterruptedException {
    IngestService ingest = new IngestService(config.with(ReadoutConfig.STATE_DIR, stateRoot.resolve("ingest").toString()));
    ExtractService extract =
        ExtractService.createDefault(config.with(ReadoutConfig.STATE_DIR, stateRoot.resolve("extract").toString()), false);
    InProcessPipeline pipeline = new InProcessPipeline(config, ingest, extract);
    ingest.start();
    extract.start();
    assertThat(ingest.runtime().awaitRunning(STARTUP)).as("ingest running: %s", ingest.state()).isTrue();
    assertThat(extract.streams().awaitRunning(STARTUP)).as("extract running: %s", extract.streams().state()).isTrue();
    return pipeline;
  }

  @Override
  public void close() {
    try (IngestService i = ingest; ExtractService e = extract) {
      // Both closed, extract first.
    }
  }
}
