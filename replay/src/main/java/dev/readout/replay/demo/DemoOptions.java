package dev.readout.replay.demo;

import dev.readout.replay.pacing.Speed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the demo runs.
 *
 * @param feed replay sources (paths as {@code ./readout replay} takes them)
 * @param speed replay pacing
 * @param maxGap longest wait between two articles, or {@code null}
 * @param dataDir where the broker, registry and state stores keep data, or {@code null} for a
 *     temporary directory deleted at the end
 * @param httpPort the dashboard's port on 127.0.0.1, 0 for any free one
 * @param kafkaPort the broker's port, 0 for any free one
 * @param registryPort the registry's port, 0 for any free one
 */
public record DemoOptions(
    List<String> feed, Speed speed, Duration maxGap, Path dataDir, int httpPort, int kafkaPort, int registryPort) {

  /** The sample feed, a day of news per second. */
  public static final List<String> SAMPLE_FEED = List.of("samples/feed");
  public static final Speed DEFAULT_SPEED = new Speed(86_400);
  public static final Duration DEFAULT_MAX_GAP = Duration.ofSeconds(3);
  public static final int DEFAULT_HTTP_PORT = 8093;
}
