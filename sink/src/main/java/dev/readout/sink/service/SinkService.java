package dev.readout.sink.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.runtime.ServiceHttpServer;
import dev.readout.runtime.StreamsService;
import dev.readout.runtime.TopicCreator;
import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.serde.SchemaWarmUp;
import dev.readout.sink.cluster.PeerClient;
import dev.readout.sink.cluster.StreamsEventQueries;
import dev.readout.sink.http.Dashboard;
import dev.readout.sink.http.SinkRoutes;
import dev.readout.sink.json.EventJson;
import dev.readout.sink.live.ChangeBroadcaster;
import dev.readout.sink.live.EventFeed;
import dev.readout.sink.topology.SinkTopology;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The sink service: materializes events and mentions (Kafka Streams), answers the HTTP API and
 * the live stream, and serves the dashboard. Several instances share the work under one
 * application id; each advertises its HTTP address as {@code application.server} so that the
 * others can forward key lookups to it.
 *
 * <pre>{@code
 * SinkService sink = SinkService.create(ReadoutConfig.load(file, System.getenv(), flags)).start();
 * GracefulShutdown.runUntilSignalled(sink.streamsService(), config.shutdownTimeout());
 * }</pre>
 */
public final class SinkService implements AutoCloseable {

  public static final String SERVICE = "sink";
  public static final int DEFAULT_HTTP_PORT = 8093;
  /** The host other instances reach this one at; defaults to {@code http.host} (or the host name when that is a wildcard). */
  public static final String ADVERTISED_HOST = "http.advertised.host";
  /** How many changes the live stream keeps for clients that reconnect. */
  public static final String REPLAY_CAPACITY = "sink.replay.capacity";
  public static final int DEFAULT_REPLAY_CAPACITY = 1000;

  private final StreamsService service;
  private final EventFeed feed;
  private final ChangeBroadcaster broadcaster;
  private final HostInfo self;
  private final SchemaWarmUp schemaWarmUp;

  private SinkService(
      StreamsService service, EventFeed feed, ChangeBroadcaster broadcaster, HostInfo self, SchemaWarmUp schemaWarmUp) {
    this.schemaWarmUp = schemaWarmUp;
    this.service = service;
    this.feed = feed;
    this.broadcaster = broadcaster;
    this.self = self;
  }

  /** Builds the service (creating missing topics); {@link #start()} runs it. */
  public static SinkService create(ReadoutConfig config) {
    // Settings are checked before the broker is contacted, so a typo fails at once.
    ChangeBroadcaster broadcaster =
        new ChangeBroadcaster(config.getInt(REPLAY_CAPACITY, DEFAULT_REPLAY_CAPACITY));
    int port = config.httpPort(DEFAULT_HTTP_PORT);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("http.port must be from 0 to 65535, got " + port);
    }

    Topics topics = new Topics(config.serdeConfig());
    List<Topic<?, ?>> read = new ArrayList<>();
    for (EventType type : EventType.values()) read.add(topics.events(type));
    read.add(topics.mentions());
    TopicCreator.ensure(config, read);

    // application.server must be known before Streams start, so a free port is chosen now.
    if (port == 0) port = freePort();
    HostInfo self = new HostInfo(advertisedHost(config), port);

    ServiceHttpServer http = new ServiceHttpServer(SERVICE, config.httpHost(), port, Dashboard::configure);
    Properties properties = streamsProperties(config, self);
    StreamsService service = new StreamsService(SERVICE, SinkTopology.build(topics), properties, http);

    EventFeed feed = new EventFeed(config.adminProperties(), SinkTopology.eventTopics(),
        topics.events(EventType.MEETING).valueSerde().deserializer(), broadcaster);

    SinkService sink = new SinkService(service, feed, broadcaster, self,
        schemaWarmUp(topics, properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)));
    Gauge.builder("readout.sink.live.clients", broadcaster, ChangeBroadcaster::listenerCount)
        .description("Clients following /api/stream")
        .register(http.registry());
    new SinkRoutes(new StreamsEventQueries(service.streams(), self, new PeerClient()), broadcaster)
        .register(http.app());
    http.app().get("/health", ctx -> {
      ObjectNode body = sink.health();
      ctx.status(body.path("ready").asBoolean() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
          .contentType("application/json")
          .result(body.toString());
    });
    return sink;
  }

  static Properties streamsProperties(ReadoutConfig config, HostInfo self) {
    Properties p = config.streamsProperties(SERVICE);
    // The sink only mirrors compacted topics into stores: replaying an upsert is harmless, so
    // exactly-once would cost transactions and buy nothing, unless asked for.
    if (config.get(ReadoutConfig.PROCESSING_GUARANTEE) == null) {
      p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
    }
    p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
    // An unreadable record stays on its topic for inspection; the sink logs it and goes on.
    p.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class.getName());
    return p;
  }

  /**
   * The events the sink keeps in its store's changelog (named as Streams names it) and the event
   * and mention topics it reads, all through the serdes {@link SinkTopology#build(Topics)} uses:
   * their schema ids are asked for at start, not when the first records come.
   */
  static SchemaWarmUp schemaWarmUp(Topics topics, String applicationId) {
    var eventSerde = topics.events(EventType.MEETING).valueSerde();
    SchemaWarmUp warmUp = SchemaWarmUp.of(SERVICE)
        .writes(applicationId + "-" + SinkTopology.EVENTS_STORE + "-changelog", eventSerde);
    for (String topic : SinkTopology.eventTopics()) {
      warmUp.reads(topic, eventSerde);
    }
    return warmUp.reads(Topics.MENTIONS, topics.mentions().valueSerde());
  }

  /** Asks the registry for the schema ids it needs, then starts the live feed, the Streams and the HTTP endpoint. */
  public SinkService start() {
    schemaWarmUp.run();
    feed.start();
    service.start();
    return this;
  }

  /** Waits until the stores can be queried and the live feed follows every partition. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!service.awaitRunning(timeout)) return false;
    while (!feed.isAssigned()) {
      if (System.nanoTime() > deadline) return false;
      Thread.sleep(50);
    }
    return true;
  }

  /** {@code {ready, state, live_feed, live_clients}}: ready when the stores and the feed are. */
  public ObjectNode health() {
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    boolean running = service.state() == KafkaStreams.State.RUNNING;
    body.put("service", SERVICE);
    body.put("ready", running && feed.isAssigned());
    body.put("state", service.state().name());
    body.put("live_feed", feed.isAssigned() ? "following" : "starting");
    body.put("live_clients", broadcaster.listenerCount());
    body.put("instance", self.host() + ":" + self.port());
    return body;
  }

  /** The base URL of this instance's HTTP API and dashboard. */
  public String url() {
    return "http://" + self.host() + ":" + self.port();
  }

  public HostInfo hostInfo() {
    return self;
  }

  /** The Streams service, for {@code GracefulShutdown}. */
  public StreamsService streamsService() {
    return service;
  }

  public void close(Duration timeout) {
    feed.close();
    service.close(timeout);
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }

  /**
   * {@code http.advertised.host}, else the bind address, else (bound to every interface) this
   * machine's name, which peers can resolve where a wildcard address means nothing.
   */
  static String advertisedHost(ReadoutConfig config) {
    String configured = config.get(ADVERTISED_HOST);
    if (configured != null && !configured.isBlank()) return configured.strip();
    String bind = config.httpHost();
    if (!bind.equals("0.0.0.0") && !bind.equals("::") && !bind.equals("[::]")) return bind;
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return InetAddress.getLoopbackAddress().getHostAddress();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the sink's HTTP server", e);
    }
  }
}
