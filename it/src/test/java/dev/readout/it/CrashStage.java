package dev.readout.it;

import dev.readout.local.EmbeddedKafka;
import dev.readout.runtime.ReadoutConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A broker of one test and the services it runs in child JVMs to kill, stopped together at the
 * end. Each service gets the broker, the registry, a state directory under the test's and the
 * settings a kill test needs.
 */
final class CrashStage implements AutoCloseable {

  private final Path dir;
  private final String registryUrl;
  private final EmbeddedKafka kafka;
  private final ReadoutConfig config;
  private final List<ChildJvm> children = new ArrayList<>();

  CrashStage(Path dir, String registryUrl) {
    this.dir = dir;
    this.registryUrl = registryUrl;
    this.kafka = EmbeddedKafka.builder().dataDir(dir.resolve("kafka")).start();
    this.config = ReadoutConfig.of(Map.of(
        ReadoutConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
        ReadoutConfig.SCHEMA_REGISTRY_URL, registryUrl));
  }

  /** Settings for the test's own clients (producers, readers). */
  ReadoutConfig config() {
    return config;
  }

  /**
   * Starts {@code main} in a child JVM on state directory {@code stateDir} and waits until it
   * prints {@code readyLine}; its output goes to {@code <name>.log}.
   */
  ChildJvm start(Class<?> main, String name, String stateDir, String readyLine, Duration startup, String... settings)
      throws Exception {
    List<String> args = new ArrayList<>(List.of(
        ReadoutConfig.BOOTSTRAP_SERVERS + "=" + kafka.bootstrapServers(),
        ReadoutConfig.SCHEMA_REGISTRY_URL + "=" + registryUrl,
        ReadoutConfig.STATE_DIR + "=" + dir.resolve(stateDir),
        ReadoutConfig.COMMIT_INTERVAL_MS + "=200",
        // A killed member is noticed after the session timeout: keep it at the broker's minimum.
        "consumer.session.timeout.ms=6000",
        "consumer.heartbeat.interval.ms=1000"));
    args.addAll(List.of(settings));
    ChildJvm child = ChildJvm.start(main, dir.resolve(name + ".log"), args);
    children.add(child);
    child.awaitLine(readyLine, startup);
    return child;
  }

  @Override
  public void close() throws InterruptedException {
    for (ChildJvm child : children) {
      child.close();
    }
    kafka.close();
  }
}
