package dev.readout.runtime;

import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what a service did ("articles", "dead-lettered NOT_JSON") so that {@link StreamsService}
 * can log one summary line a minute instead of a line per record. Each count also feeds the
 * Micrometer counter {@code readout.activity{service, what}} shown on {@code /metrics}.
 *
 * <p>One instance per service name, shared process-wide, because Kafka Streams instantiates
 * exception handlers by reflection and they can reach the service only by its name.
 */
public final class Activity {

  private static final Map<String, Activity> BY_SERVICE = new ConcurrentHashMap<>();
  private static final Map<String, String> SERVICE_BY_APPLICATION_ID = new ConcurrentHashMap<>();

  private final String service;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  private Activity(String service) {
    this.service = service;
  }

  /** The activity of a service, e.g. {@code ingest}. */
  public static Activity of(String service) {
    return BY_SERVICE.computeIfAbsent(service, Activity::new);
  }

  /** Records which service runs under a Kafka Streams application id (it may be overridden, e.g. {@code readout-extract-v2}). */
  static void registerApplication(String applicationId, String service) {
    SERVICE_BY_APPLICATION_ID.put(applicationId, service);
  }

  /** The activity of the service running as {@code applicationId}; else of the id without {@code readout-}. */
  static Activity ofApplication(String applicationId) {
    String service = SERVICE_BY_APPLICATION_ID.get(applicationId);
    if (service == null) {
      service = applicationId.startsWith("readout-") ? applicationId.substring("readout-".length()) : applicationId;
    }
    return of(service);
  }

  public String service() {
    return service;
  }

  public void count(String what) {
    count(what, 1);
  }

  public void count(String what, long n) {
    counts.computeIfAbsent(what, k -> new LongAdder()).add(n);
    Metrics.counter("readout.activity", "service", service, "what", what).increment(n);
  }

  /** The counts since the last drain, sorted by name, and resets them. */
  public Map<String, Long> drain() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((what, adder) -> {
      long n = adder.sumThenReset();
      if (n != 0) {
        out.put(what, n);
      }
    });
    return out;
  }
}
