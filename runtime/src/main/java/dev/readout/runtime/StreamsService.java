package dev.readout.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running form of a service: one {@link KafkaStreams} with its state logging, restore
 * tracking, health and metrics endpoint, and a per-minute activity summary. A service class
 * ({@code IngestService}, ...) builds its topology and owns one of these; nothing else starts or
 * stops the Streams.
 */
public final class StreamsService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StreamsService.class);

  private final String service;
  private final KafkaStreams streams;
  private final ServiceHttpServer http;
  private final RestoreProgress restore = new RestoreProgress();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final ScheduledExecutorService reporter;
  private volatile boolean started;

  /**
   * @param service the service's short name ({@code ingest}), used in logs and metrics
   * @param topology what to run
   * @param streamsProperties from {@link ReadoutConfig#streamsProperties}
   * @param http the health and metrics endpoint, or {@code null} for none (embedded use, tests)
   */
  public StreamsService(String service, Topology topology, Properties streamsProperties, ServiceHttpServer http) {
    this.service = service;
    this.http = http;
    String applicationId = streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    if (applicationId != null) {
      Activity.registerApplication(applicationId, service);
    }
    this.streams = new KafkaStreams(topology, streamsProperties);
    StateTransitionLogger transitions = new StateTransitionLogger(service);
    streams.setStateListener((newState, oldState) -> {
      transitions.onChange(newState, oldState);
      if (newState == KafkaStreams.State.NOT_RUNNING || newState == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    streams.setGlobalStateRestoreListener(restore);
    streams.setUncaughtExceptionHandler(e -> {
      // Records that fail go to the dead-letter topic; what reaches here is an infrastructure fault.
      log.error("{}: stream thread failed; shutting the client down", service, e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    if (http != null) {
      http.bind(streams, restore);
    }
    reporter = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "readout-" + service + "-activity");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts the HTTP endpoint, then the Streams, and the per-minute activity log. */
  public StreamsService start() {
    log.info("{}: starting", service);
    if (http != null) {
      try {
        http.start();
      } catch (RuntimeException e) {
        streams.close(Duration.ZERO);
        throw new IllegalStateException(service + ": cannot start the HTTP endpoint: " + e.getMessage(), e);
      }
    }
    streams.start();
    started = true;
    Activity activity = Activity.of(service);
    reporter.scheduleAtFixedRate(() -> logActivity(activity), 1, 1, TimeUnit.MINUTES);
    return this;
  }

  private void logActivity(Activity activity) {
    Map<String, Long> counts = activity.drain();
    if (!counts.isEmpty()) {
      log.info("{}: last minute: {}", service, counts);
    }
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** The Streams, for interactive queries; do not start or close it. */
  public KafkaStreams streams() {
    return streams;
  }

  /** The HTTP endpoint, or {@code null}. */
  public ServiceHttpServer http() {
    return http;
  }

  /**
   * Waits until the Streams are RUNNING.
   *
   * @return whether they got there within {@code timeout}
   */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      KafkaStreams.State state = streams.state();
      if (state == KafkaStreams.State.RUNNING) {
        return true;
      }
      if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
        return false;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /** Blocks until the Streams stop by themselves (failure) or are closed. */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  /**
   * Closes the Streams (committing and leaving the group), then the HTTP endpoint.
   *
   * @return whether the Streams closed within {@code timeout}
   */
  public boolean close(Duration timeout) {
    log.info("{}: closing", service);
    reporter.shutdownNow();
    // Leaving the group hands this instance's partitions to the others at once.
    boolean clean = streams.close(CloseOptions.timeout(timeout)
        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    if (!clean) {
      log.warn("{}: Streams did not close within {} ms", service, timeout.toMillis());
    }
    if (started) {
      logActivity(Activity.of(service));
    }
    if (http != null) {
      http.close();
    }
    stopped.countDown();
    return clean;
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }
}
