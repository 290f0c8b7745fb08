package dev.readout.runtime;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a service until SIGTERM or Ctrl-C, then closes it within a timeout.
 *
 * <pre>{@code
 * StreamsService service = ingest.start();
 * return GracefulShutdown.runUntilSignalled(service, config.shutdownTimeout());
 * }</pre>
 */
public final class GracefulShutdown {

  private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

  private GracefulShutdown() {}

  /**
   * Installs a shutdown hook that closes {@code service}, then blocks until the service stops,
   * by a signal or by failing.
   *
   * @return a process exit code: 0 after a signal, 1 when the service failed by itself
   */
  public static int runUntilSignalled(StreamsService service, Duration timeout) throws InterruptedException {
    Thread hook = new Thread(() -> {
      log.info("shutdown requested; closing within {} s", timeout.toSeconds());
      service.close(timeout);
    }, "readout-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    service.awaitStopped();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      return 0; // the hook is closing the service; the JVM exits when it is done
    }
    // Stopped without a signal: the Streams failed.
    log.error("service stopped in state {}", service.state());
    service.close(timeout);
    return 1;
  }
}
