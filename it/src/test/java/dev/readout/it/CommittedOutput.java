package dev.readout.it;

import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the services have committed, read as a downstream consumer reads it ({@code
 * read_committed}, from the beginning): articles, mentions and events, every record in arrival
 * order, and the compacted tables.
 */
final class CommittedOutput implements AutoCloseable {

  private final Topics topics;
  private final KafkaConsumer<byte[], byte[]> consumer;
  final List<String> articleKeys = new ArrayList<>();
  final Map<String, Article> articles = new HashMap<>();
  final List<ConsumerRecord<String, EventMention>> mentionRecords = new ArrayList<>();
  final Map<String, EventMention> mentions = new HashMap<>();
  final Map<EventType, Map<String, Event>> events = new EnumMap<>(EventType.class);
  final List<String> deadLetters = new ArrayList<>();

  CommittedOutput(ReadoutConfig config, Topics topics) {
    this.topics = topics;
    consumer = new KafkaConsumer<>(config.consumerProperties("it-reader-" + UUID.randomUUID()),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<String> names = new ArrayList<>(List.of(Topics.ARTICLES, Topics.MENTIONS, Topics.ARTICLES_DLQ, Topics.MENTIONS_DLQ));
    for (EventType type : EventType.values()) {
      names.add(topics.events(type).name());
      events.put(type, new HashMap<>());
    }
    consumer.subscribe(names);
  }

  /** Polls until {@code done} holds; fails saying what is not OK when it does not within {@code timeout}. */
  void pollUntil(BooleanSupplier done, Duration timeout, java.util.function.Supplier<String> what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not OK after " + timeout.toSeconds() + " s: " + what.get());
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
      String key = raw.key() == null ? null : new String(raw.key(), StandardCharsets.UTF_8);
      switch (raw.topic()) {
        case Topics.ARTICLES -> {
          articleKeys.add(key);
          articles.put(key, decode(topics.articles(), raw));
        }
        case Topics.MENTIONS -> {
          EventMention value = decode(topics.mentions(), raw);
          mentionRecords.add(new ConsumerRecord<>(raw.topic(), raw.partition(), raw.offset(), key, value));
          mentions.put(value.getId(), value);
        }
        case Topics.ARTICLES_DLQ, Topics.MENTIONS_DLQ -> deadLetters.add(raw.topic() + ":" + key);
        default -> {
          EventType type = EventType.valueOf(raw.topic().substring(Topics.EVENTS_PREFIX.length()).toUpperCase(Locale.ROOT));
          Event value = decode(topics.events(type), raw);
          if (value == null) {
            events.get(type).remove(key);
          } else {
            events.get(type).put(key, value);
          }
        }
      }
    }
  }

  private static <V> V decode(Topic<String, V> topic, ConsumerRecord<byte[], byte[]> raw) {
    return raw.value() == null ? null : topic.valueSerde().deserializer().deserialize(raw.topic(), raw.headers(), raw.value());
  }

  /** Keys that appear more than once on {@code readout.articles}. */
  Set<String> duplicatedArticles() {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new HashSet<>();
    articleKeys.forEach(k -> {
      if (!seen.add(k)) {
        twice.add(k);
      }
    });
    return twice;
  }

  /**
   * Mention records published twice with the same event: in an exactly-once run a mention is
   * republished only when its event id changes, so a repeat means work was applied twice.
   */
  List<String> repeatedMentionAssignments() {
    Set<String> seen = new HashSet<>();
    List<String> repeats = new ArrayList<>();
    mentionRecords.forEach(r -> {
      String assignment = r.key() + " -> " + r.value().getEventId();
      if (!seen.add(assignment)) {
        repeats.add(assignment);
      }
    });
    return repeats;
  }

  int eventCount() {
    return events.values().stream().mapToInt(Map::size).sum();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
