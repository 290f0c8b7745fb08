package dev.readout.extract.stream;

import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the extract service has committed to its output topics, read with {@code read_committed}:
 * every record in arrival order, and the topics as compacted tables.
 */
final class BrokerOutput implements AutoCloseable {

  private final Topics topics;
  private final KafkaConsumer<byte[], byte[]> consumer;
  final List<ConsumerRecord<String, EventMention>> mentionRecords = new ArrayList<>();
  final Map<EventType, List<ConsumerRecord<String, Event>>> eventRecords = new EnumMap<>(EventType.class);
  final Map<String, EventMention> mentions = new HashMap<>();
  final Map<EventType, Map<String, Event>> events = new EnumMap<>(EventType.class);

  BrokerOutput(ReadoutConfig config, Topics topics) {
    this.topics = topics;
    Properties props = config.consumerProperties("extract-test-reader-" + UUID.randomUUID());
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<String> names = new ArrayList<>(List.of(Topics.MENTIONS));
    for (EventType type : EventType.values()) {
      names.add(topics.events(type).name());
      eventRecords.put(type, new ArrayList<>());
      events.put(type, new HashMap<>());
    }
    consumer.subscribe(names);
  }

  /** Polls until {@code done} holds; fails with {@code what} when it does not within the timeout. */
  void pollUntil(BooleanSupplier done, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not OK after " + timeout.toSeconds() + " s: " + what);
      }
      poll(Duration.ofMillis(200));
    }
  }

  /** Polls for {@code quiet} more, so that anything still in flight shows up. */
  void drain(Duration quiet) {
    long deadline = System.nanoTime() + quiet.toNanos();
    while (System.nanoTime() < deadline) {
      poll(Duration.ofMillis(200));
    }
  }

  private void poll(Duration wait) {
    for (ConsumerRecord<byte[], byte[]> raw : consumer.poll(wait)) {
      if (raw.topic().equals(Topics.MENTIONS)) {
        EventMention value = decode(topics.mentions(), raw);
        mentionRecords.add(record(raw, value));
        mentions.put(value.getId(), value);
      } else {
        EventType type = EventType.valueOf(raw.topic().substring(Topics.EVENTS_PREFIX.length()).toUpperCase(java.util.Locale.ROOT));
        Event value = decode(topics.events(type), raw);
        eventRecords.get(type).add(record(raw, value));
        String key = new String(raw.key(), java.nio.charset.StandardCharsets.UTF_8);
        if (value == null) {
          events.get(type).remove(key);
        } else {
          events.get(type).put(key, value);
        }
      }
    }
  }

  private static <V> V decode(Topic<String, V> topic, ConsumerRecord<byte[], byte[]> raw) {
    return topic.valueSerde().deserializer().deserialize(raw.topic(), raw.headers(), raw.value());
  }

  private static <V> ConsumerRecord<String, V> record(ConsumerRecord<byte[], byte[]> raw, V value) {
    String key = new String(raw.key(), java.nio.charset.StandardCharsets.UTF_8);
    return new ConsumerRecord<>(raw.topic(), raw.partition(), raw.offset(), key, value);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
