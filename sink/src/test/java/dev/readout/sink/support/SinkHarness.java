package dev.readout.sink.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.local.EmbeddedKafka;
import dev.readout.local.LocalRegistry;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.sink.json.EventJson;
import dev.readout.sink.service.SinkService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A real broker with sink instances on it, a producer of events and mentions, and an HTTP client:
 * what the sink's integration and browser tests share.
 */
public final class SinkHarness implements AutoCloseable {

  public static final Duration STARTUP = Duration.ofSeconds(120);

  /** Which schema registry the serdes talk to. */
  public enum Registry {
    /** Apicurio Registry in a child JVM, over HTTP, as in production. */
    LOCAL,
    /** The in-memory registry, for tests about something else; shared within this JVM only. */
    IN_MEMORY
  }

  private final EmbeddedKafka kafka;
  private final LocalRegistry registry;
  private final String registryUrl;
  private final Topics topics;
  private final KafkaProducer<String, Event> events;
  private final KafkaProducer<String, EventMention> mentions;
  private final List<SinkService> sinks = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String applicationSuffix = UUID.randomUUID().toString().substring(0, 8);

  public SinkHarness(Registry kind) {
    kafka = EmbeddedKafka.start();
    registry = kind == Registry.LOCAL ? LocalRegistry.start() : null;
    registryUrl = registry != null ? registry.url() : "mock://sink-" + UUID.randomUUID();
    topics = new Topics(Map.of("schema.registry.url", registryUrl));
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    events = new KafkaProducer<>(p, new StringSerializer(), topics.events(dev.readout.schemas.avro.EventType.MEETING).valueSerde().serializer());
    mentions = new KafkaProducer<>(p, new StringSerializer(), topics.mentions().valueSerde().serializer());
  }

  /** Starts one more sink instance (same application id as the others) on a free port. */
  public SinkService startSink() throws IOException, InterruptedException {
    Path state = Files.createTempDirectory("readout-sink-state");
    ReadoutConfig config = ReadoutConfig.of(Map.of(
        ReadoutConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
        ReadoutConfig.SCHEMA_REGISTRY_URL, registryUrl,
        ReadoutConfig.HTTP_PORT, "0",
        ReadoutConfig.STATE_DIR, state.toString(),
        // One application per harness; quick rebalances and commits for tests.
        "streams.application.id", "readout-sink-test-" + applicationSuffix,
        "streams.commit.interval.ms", "100",
        "consumer.session.timeout.ms", "10000"));
    SinkService sink = SinkService.create(config).start();
    sinks.add(sink);
    return sink;
  }

  public void awaitReady(SinkService... instances) throws InterruptedException {
    for (SinkService sink : instances) {
      if (!sink.awaitReady(STARTUP)) {
        throw new AssertionError("sink at " + sink.url() + " is not ready after " + STARTUP.toSeconds() + " s: " + sink.health());
      }
    }
  }

  public void publish(Event event) {
    send(events, new ProducerRecord<>(Topics.eventTopicName(event.getType()), event.getId(), event));
  }

  public void delete(dev.readout.schemas.avro.EventType type, String id) {
    send(events, new ProducerRecord<>(Topics.eventTopicName(type), id, null));
  }

  /** Writes bytes that are not what the topic's contract says, as a broken producer would. */
  public void publishRaw(String topic, String key, byte[] value) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, byte[]> raw =
        new KafkaProducer<>(p, new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
      send(raw, new ProducerRecord<>(topic, key, value));
    }
  }

  public void publish(EventMention mention) {
    send(mentions, new ProducerRecord<>(Topics.MENTIONS, mention.getId(), mention));
  }

  private static <V> void send(KafkaProducer<String, V> producer, ProducerRecord<String, V> record) {
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new AssertionError("could not produce to " + record.topic() + ": " + e.getMessage(), e);
    }
  }

  public HttpResponse<String> get(SinkService sink, String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(sink.url() + pathAndQuery)).timeout(Duration.ofSeconds(10)).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("GET " + pathAndQuery + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** GETs JSON that must answer 200. */
  public JsonNode json(SinkService sink, String pathAndQuery) {
    HttpResponse<String> response = get(sink, pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return EventJson.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("GET " + pathAndQuery + " is not JSON: " + response.body(), e);
    }
  }

  public HttpClient http() {
    return http;
  }

  public Topics topics() {
    return topics;
  }

  @Override
  public void close() {
    sinks.forEach(s -> s.close(Duration.ofSeconds(10)));
    events.close();
    mentions.close();
    kafka.close();
    if (registry != null) registry.close();
  }
}
