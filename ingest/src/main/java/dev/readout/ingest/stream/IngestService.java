package dev.readout.ingest.stream;

import dev.readout.runtime.ReadoutConfig;
import dev.readout.runtime.ServiceHttpServer;
import dev.readout.runtime.StreamsService;
import dev.readout.runtime.TopicCreator;
import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import dev.readout.schemas.serde.SchemaWarmUp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service ({@code application.id readout-ingest}): creates its topics, runs {@link
 * IngestTopology} with the dead-letter topic {@code readout.articles.dlq}, and serves health and
 * metrics (default port {@value #DEFAULT_HTTP_PORT}).
 *
 * <pre>{@code
 * try (IngestService ingest = new IngestService(config)) {
 *   ingest.start();
 *   GracefulShutdown.runUntilSignalled(ingest.runtime(), config.shutdownTimeout());
 * }
 * }</pre>
 */
public final class IngestService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  public static final int DEFAULT_HTTP_PORT = 8091;
  /**
   * Room for a record at the size limit plus the dead-letter headers (a stack trace): raw and
   * dead-letter topics must take what producers may legitimately send.
   */
  private static final int HEADROOM_BYTES = 1024 * 1024;

  private final ReadoutConfig config;
  private final IngestConfig ingestConfig;
  private final Topics topics;
  private StreamsService runtime;

  public IngestService(ReadoutConfig config) {
    this.config = config;
    this.ingestConfig = IngestConfig.from(config);
    this.topics = new Topics(config.serdeConfig());
  }

  /** Creates the missing topics, then starts the Streams and the HTTP endpoint. */
  public IngestService start() {
    if (runtime != null) {
      throw new IllegalStateException("ingest already started");
    }
    log.info("ingest: {} -> {} (dead letters to {}); broker {}, registry {}", Topics.ARTICLES_RAW, Topics.ARTICLES,
        Topics.ARTICLES_DLQ, config.bootstrapServers(), config.schemaRegistryUrl());
    log.info("ingest: settings {} (secrets masked)", config.masked());
    TopicCreator.ensure(config, topicsToCreate(topics, maxMessageBytes()));
    Properties streamsProperties = streamsProperties();
    schemaWarmUp(streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).run();
    ServiceHttpServer http = new ServiceHttpServer(IngestTopology.SERVICE, config.httpHost(),
        config.httpPort(DEFAULT_HTTP_PORT));
    runtime = new StreamsService(IngestTopology.SERVICE, IngestTopology.build(ingestConfig, topics),
        streamsProperties, http);
    runtime.start();
    return this;
  }

  /**
   * The articles ingest writes, to its dedup repartition topic (named as Streams names it) and to
   * {@code readout.articles}: their schema ids are asked for at start, so the first article does
   * not wait for two registry round trips.
   */
  SchemaWarmUp schemaWarmUp(String applicationId) {
    var articleSerde = topics.articles().valueSerde();
    return SchemaWarmUp.of(IngestTopology.SERVICE)
        .writes(applicationId + "-" + IngestTopology.DEDUP_INPUT + "-repartition", articleSerde)
        .writes(Topics.ARTICLES, articleSerde);
  }

  Properties streamsProperties() {
    Properties p = config.streamsProperties(IngestTopology.SERVICE, Topics.ARTICLES_DLQ);
    // Dead-lettering a record at the size limit must not fail on the producer's own limit.
    p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Integer.toString(maxMessageBytes()));
    return p;
  }

  private int maxMessageBytes() {
    return ingestConfig.limits().maxRecordBytes() + HEADROOM_BYTES;
  }

  /** The topics ingest reads and writes; raw and dead-letter ones take records up to {@code maxMessageBytes}. */
  static List<Topic<?, ?>> topicsToCreate(Topics topics, int maxMessageBytes) {
    return List.of(
        withMaxMessageBytes(topics.articlesRaw(), maxMessageBytes),
        topics.articles(),
        withMaxMessageBytes(topics.articlesDlq(), maxMessageBytes));
  }

  private static <K, V> Topic<K, V> withMaxMessageBytes(Topic<K, V> topic, int maxMessageBytes) {
    Map<String, String> configs = new HashMap<>(topic.configs());
    configs.putIfAbsent(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxMessageBytes));
    return new Topic<>(topic.name(), topic.keySerde(), topic.valueSerde(), topic.partitions(), configs);
  }

  public KafkaStreams.State state() {
    return runtime == null ? KafkaStreams.State.CREATED : runtime.state();
  }

  /** The running service (health endpoint, Streams state, waiting); {@code null} before {@link #start()}. */
  public StreamsService runtime() {
    return runtime;
  }

  public boolean close(Duration timeout) {
    return runtime == null || runtime.close(timeout);
  }

  @Override
  public void close() {
    close(config.shutdownTimeout());
  }
}
