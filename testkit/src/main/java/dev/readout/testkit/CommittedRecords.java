package dev.readout.testkit;

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
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the services have committed, read as a downstream consumer reads it ({@code
 * read_committed}, from the beginning): articles, mentions, events and dead letters, every
 * record in arrival order, and the compacted topics as tables.
 */
public final class CommittedRecords implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(200);

  private final Topics topics;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<String> articleKeys = new ArrayList<>();
  private final Map<String, Article> articles = new HashMap<>();
  private final List<ConsumerRecord<String, EventMention>> mentionRecords = new ArrayList<>();
  private final Map<String, EventMention> mentions = new HashMap<>();
  private final Map<EventType, List<ConsumerRecord<String, Event>>> eventRecords = new EnumMap<>(EventType.class);
  private final Map<EventType, Map<String, Event>> events = new EnumMap<>(EventType.class);
  private final List<String> deadLetters = new ArrayList<>();

  /**
   * Subscribes to every Readout output topic.
   *
   * @param consumerProperties connection settings with a fresh group id (e.g. {@code
   *     ReadoutConfig.consumerProperties}); isolation and offset reset are forced to {@code
   *     read_committed} from the earliest offset, since that is what this reader is for
   */
  public CommittedRecords(Properties consumerProperties, Topics topics) {
    this.topics = topics;
    Properties props = new Properties();
    props.putAll(consumerProperties);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<String> names = new ArrayList<>(List.of(Topics.ARTICLES, Topics.MENTIONS, Topics.ARTICLES_DLQ, Topics.MENTIONS_DLQ));
    for (EventType type : EventType.values()) {
      names.add(topics.events(type).name());
      eventRecords.put(type, new ArrayList<>());
      events.put(type, new HashMap<>());
    }
    consumer.subscribe(names);
  }

  /** Polls until {@code done} holds; fails saying {@code what} is not OK when it does not within {@code timeout}. */
  public void pollUntil(BooleanSupplier done, Duration timeout, String what) {
    pollUntil(done, timeout, () -> what);
  }

  /** As {@link #pollUntil(BooleanSupplier, Duration, String)}, describing the failure only when it happens. */
  public void pollUntil(BooleanSupplier done, Duration timeout, Supplier<String> what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not OK after " + timeout.toSeconds() + " s: " + what.get());
      }
      poll(POLL);
    }
  }

  /** Polls for {@code quiet} more, so that anything still in flight shows up. */
  public void drain(Duration quiet) {
    long deadline = System.nanoTime() + quiet.toNanos();
    while (System.nanoTime() < deadline) {
      poll(POLL);
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
          mentionRecords.add(record(raw, key, value));
          mentions.put(value.getId(), value);
        }
        case Topics.ARTICLES_DLQ, Topics.MENTIONS_DLQ -> deadLetters.add(raw.topic() + ":" + key);
        default -> {
          EventType type = EventType.valueOf(raw.topic().substring(Topics.EVENTS_PREFIX.length()).toUpperCase(Locale.ROOT));
          Event value = decode(topics.events(type), raw);
          eventRecords.get(type).add(record(raw, key, value));
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

  private static <V> ConsumerRecord<String, V> record(ConsumerRecord<byte[], byte[]> raw, String key, V value) {
    return new ConsumerRecord<>(raw.topic(), raw.partition(), raw.offset(), key, value);
  }

  /** {@code readout.articles} as a table by key. */
  public Map<String, Article> articles() {
    return articles;
  }

  /** Every mention record, in arrival order. */
  public List<ConsumerRecord<String, EventMention>> mentionRecords() {
    return mentionRecords;
  }

  /** The latest of each mention, by mention id. */
  public Map<String, EventMention> mentions() {
    return mentions;
  }

  /** Every event record of each type, tombstones included, in arrival order. */
  public Map<EventType, List<ConsumerRecord<String, Event>>> eventRecords() {
    return eventRecords;
  }

  /** Each event topic as the compacted table it is: latest value by key, tombstoned keys gone. */
  public Map<EventType, Map<String, Event>> events() {
    return events;
  }

  /** {@code <dlq topic>:<key>} of each dead letter, in arrival order. */
  public List<String> deadLetters() {
    return deadLetters;
  }

  /** Keys that appear more than once on {@code readout.articles}. */
  public Set<String> duplicatedArticles() {
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
  public List<String> repeatedMentionAssignments() {
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

  /** Live events across all types. */
  public int eventCount() {
    return events.values().stream().mapToInt(Map::size).sum();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
