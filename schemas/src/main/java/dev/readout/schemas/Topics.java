package dev.readout.schemas;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.serde.AvroSerde;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed registry of Readout's topics: every topic's name, serdes and creation configs.
 *
 * <p>Avro serdes are configured from {@code serdeConfig} ({@code schema.registry.url} and the
 * registry client settings), as Confluent's serdes are.
 */
public final class Topics {

  static {
    // Builds and copies records outside any deserializer: see AvroContracts.trust().
    AvroContracts.trust();
  }

  public static final String ARTICLES_RAW = "readout.articles.raw";
  public static final String ARTICLES = "readout.articles";
  public static final String ARTICLES_DLQ = "readout.articles.dlq";
  public static final String MENTIONS = "readout.mentions";
  public static final String MENTIONS_DLQ = "readout.mentions.dlq";
  public static final String EVENTS_PREFIX = "readout.events.";
  public static final String EVENTS_MEETING = EVENTS_PREFIX + "meeting";
  public static final String EVENTS_CALL = EVENTS_PREFIX + "call";
  public static final String EVENTS_STATEMENT = EVENTS_PREFIX + "statement";

  /** Partitions of every topic Readout creates; several instances of a service share them. */
  public static final int DEFAULT_PARTITIONS = 6;

  // Replayed records carry old timestamps: time-based retention would delete them at once.
  private static final Map<String, String> KEEP_FOREVER = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
  private static final Map<String, String> COMPACTED =
      Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);

  private final Topic<String, byte[]> articlesRaw;
  private final Topic<String, Article> articles;
  private final Topic<byte[], byte[]> articlesDlq;
  private final Topic<String, EventMention> mentions;
  private final Topic<byte[], byte[]> mentionsDlq;
  private final Topic<String, Event> eventsMeeting;
  private final Topic<String, Event> eventsCall;
  private final Topic<String, Event> eventsStatement;

  public Topics(Map<String, ?> serdeConfig) {
    articlesRaw = new Topic<>(ARTICLES_RAW, Serdes.String(), Serdes.ByteArray(), DEFAULT_PARTITIONS, KEEP_FOREVER);
    articles = new Topic<>(ARTICLES, Serdes.String(), avro(Article.class, serdeConfig), DEFAULT_PARTITIONS, KEEP_FOREVER);
    articlesDlq = new Topic<>(ARTICLES_DLQ, Serdes.ByteArray(), Serdes.ByteArray(), DEFAULT_PARTITIONS, KEEP_FOREVER);
    mentions = new Topic<>(MENTIONS, Serdes.String(), avro(EventMention.class, serdeConfig), DEFAULT_PARTITIONS, KEEP_FOREVER);
    mentionsDlq = new Topic<>(MENTIONS_DLQ, Serdes.ByteArray(), Serdes.ByteArray(), DEFAULT_PARTITIONS, KEEP_FOREVER);
    eventsMeeting = eventTopic(EVENTS_MEETING, serdeConfig);
    eventsCall = eventTopic(EVENTS_CALL, serdeConfig);
    eventsStatement = eventTopic(EVENTS_STATEMENT, serdeConfig);
  }

  private static Topic<String, Event> eventTopic(String name, Map<String, ?> serdeConfig) {
    return new Topic<>(name, Serdes.String(), avro(Event.class, serdeConfig), DEFAULT_PARTITIONS, COMPACTED);
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> Serde<T> avro(
      Class<T> type, Map<String, ?> serdeConfig) {
    AvroSerde<T> serde = new AvroSerde<>(type);
    serde.configure(serdeConfig, false);
    return serde;
  }

  public Topic<String, byte[]> articlesRaw() { return articlesRaw; }

  public Topic<String, Article> articles() { return articles; }

  public Topic<byte[], byte[]> articlesDlq() { return articlesDlq; }

  public Topic<String, EventMention> mentions() { return mentions; }

  public Topic<byte[], byte[]> mentionsDlq() { return mentionsDlq; }

  /** The compacted topic of one event type, {@code readout.events.<type>}. */
  public Topic<String, Event> events(EventType type) {
    return switch (type) {
      case MEETING -> eventsMeeting;
      case CALL -> eventsCall;
      case STATEMENT -> eventsStatement;
    };
  }

  /** {@code readout.events.<type>} for a type. */
  public static String eventTopicName(EventType type) {
    return EVENTS_PREFIX + type.name().toLowerCase(Locale.ROOT);
  }

  public List<Topic<?, ?>> all() {
    return List.of(articlesRaw, articles, articlesDlq, mentions, mentionsDlq, eventsMeeting, eventsCall, eventsStatement);
  }
}
