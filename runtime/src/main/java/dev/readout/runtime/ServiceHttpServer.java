package dev.readout.runtime;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's HTTP endpoint (Javalin): {@code /health/live}, {@code /health/ready} (200 only while
 * Kafka Streams is RUNNING; the body gives the state and restore progress) and {@code /metrics}
 * (Prometheus text: Kafka Streams client metrics, JVM metrics, {@link Activity} counters).
 *
 * <p>{@link #app()} exposes the Javalin app so a service can add its own routes before {@link
 * #start()}; {@code customizer} reaches the Javalin config (static files, plugins).
 */
public final class ServiceHttpServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ServiceHttpServer.class);
  static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final String service;
  private final String host;
  private final int port;
  private final Javalin app;
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private volatile KafkaStreams streams;
  private volatile RestoreProgress restore = new RestoreProgress();
  private KafkaStreamsMetrics streamsMetrics;

  public ServiceHttpServer(String service, String host, int port) {
    this(service, host, port, config -> {});
  }

  public ServiceHttpServer(String service, String host, int port, Consumer<JavalinConfig> customizer) {
    this.service = service;
    this.host = host;
    this.port = port;
    registry.config().commonTags("service", service);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Metrics.addRegistry(registry);
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      customizer.accept(config);
    });
    app.get("/health/live", ctx -> {
      boolean live = isLive();
      ctx.status(live ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(health());
    });
    app.get("/health/ready", ctx -> {
      boolean ready = isReady();
      ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(health());
    });
    app.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_CONTENT_TYPE).result(registry.scrape()));
  }

  /** Watches {@code streams} for health and binds its client metrics. Call once, before it starts. */
  public void bind(KafkaStreams streams, RestoreProgress restore) {
    this.streams = streams;
    this.restore = restore;
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
  }

  /** The Javalin app, to add routes before {@link #start()}. */
  public Javalin app() {
    return app;
  }

  /** The registry behind {@code /metrics}, for a service's own meters. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public ServiceHttpServer start() {
    app.start(host, port);
    log.info("{}: HTTP on http://{}:{} (/health/live, /health/ready, /metrics)", service, host, app.port());
    return this;
  }

  /** The bound port (useful when configured as 0). */
  public int port() {
    return app.port();
  }

  /** True unless Kafka Streams has failed. */
  public boolean isLive() {
    KafkaStreams s = streams;
    if (s == null) {
      return true;
    }
    KafkaStreams.State state = s.state();
    return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR;
  }

  /** True only while Kafka Streams is RUNNING. */
  public boolean isReady() {
    KafkaStreams s = streams;
    return s != null && s.state() == KafkaStreams.State.RUNNING;
  }

  private Map<String, Object> health() {
    KafkaStreams s = streams;
    RestoreProgress r = restore;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("service", service);
    body.put("state", s == null ? "NOT_STARTED" : s.state().name());
    body.put("restore", Map.of("restored", r.restored(), "to_restore", r.toRestore(), "stores_restoring", r.active()));
    return body;
  }

  @Override
  public void close() {
    app.stop();
    if (streamsMetrics != null) {
      streamsMetrics.close();
    }
    Metrics.removeRegistry(registry);
    registry.close();
  }
}
