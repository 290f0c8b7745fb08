package dev.readout.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to run.
 *
 * @param articles how many articles to publish
 * @param rate target articles per second; {@code 0} or less publishes as fast as possible
 * @param bootstrapServers a cluster to use, or {@code null} to start a local stack for the run
 * @param schemaRegistryUrl its registry (required with {@code bootstrapServers})
 * @param servicesInProcess start ingest and extract in this JVM; {@code false} when they run elsewhere
 * @param extractInstances how many extract instances to start in process (1 or more)
 * @param partitions partitions of the topics this run creates (inputs, mentions, events); 0 = the services' default
 * @param templates directories of template articles ({@code <id>.txt} + {@code <id>.json})
 * @param componentSample how many articles to time the engine and serde alone on; 0 skips it
 * @param timeoutSeconds the longest wait for the pipeline to settle after the last article
 * @param extraConfig further service settings (security, {@code streams.*})
 * @param warmupSeconds articles published in the first seconds of the run are left out of the
 *     second latency figure: JIT compilation and the first commits slow them, not the steady state
 * @param stories template articles in the news at once ({@link ArticleGenerator}); 0 mixes all
 *     of them in every article (a stress test of huge chained events)
 */
public record BenchOptions(
    int articles, double rate, String bootstrapServers, String schemaRegistryUrl, boolean servicesInProcess,
    int extractInstances, int partitions, List<Path> templates, int componentSample, int timeoutSeconds,
    Map<String, String> extraConfig, int warmupSeconds, int stories) {

  public BenchOptions {
    if (articles < 1) {
      throw new IllegalArgumentException("--articles must be at least 1, got " + articles);
    }
    if (extractInstances < 1) {
      throw new IllegalArgumentException("--extract-instances must be at least 1, got " + extractInstances);
    }
    if (warmupSeconds < 0) {
      throw new IllegalArgumentException("--warmup must be 0 or more seconds, got " + warmupSeconds);
    }
    if (stories < 0) {
      throw new IllegalArgumentException("--stories must be 0 (all templates at once) or more, got " + stories);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (default) or more, got " + partitions);
    }
    if (bootstrapServers != null && schemaRegistryUrl == null) {
      throw new IllegalArgumentException("--bootstrap-servers needs --schema-registry-url too");
    }
    if (!servicesInProcess && bootstrapServers == null) {
      throw new IllegalArgumentException("services running elsewhere need --bootstrap-servers and --schema-registry-url");
    }
    templates = List.copyOf(templates);
    extraConfig = Map.copyOf(extraConfig);
  }

  /** Whether articles go out as fast as the broker takes them. */
  public boolean maxRate() {
    return rate <= 0;
  }
}
