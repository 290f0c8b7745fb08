package dev.readout.replay.kafka;

import dev.readout.replay.ArticleJson;
import dev.readout.replay.ArticleTarget;
import dev.readout.replay.RawArticle;
import dev.readout.schemas.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes articles to a Kafka topic ({@code readout.articles.raw} by default) as JSON, keyed by
 * id, with the publication time as the record timestamp, through an idempotent producer
 * ({@code acks=all}) so that retries never duplicate a record.
 */
public final class KafkaArticleTarget implements ArticleTarget {

  /** The producer's {@code client.id}. */
  public static final String CLIENT_ID = "readout-replay";
  /** How long to wait for the broker before saying it is not there. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

  private final String bootstrapServers;
  private final String topic;
  private final KafkaProducer<String, byte[]> producer;
  private final AtomicLong delivered = new AtomicLong();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  private KafkaArticleTarget(String bootstrapServers, String topic, KafkaProducer<String, byte[]> producer) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.producer = producer;
  }

  /**
   * Checks that the cluster answers, creates the topic when it is missing (partitions and
   * retention as {@link Topics} says) and opens the producer.
   *
   * @throws IOException saying which broker did not answer
   */
  public static KafkaArticleTarget connect(String bootstrapServers, String topic) throws IOException {
    return connect(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic);
  }

  /**
   * As {@link #connect(String, String)}, with client settings that reach both the admin client
   * and the producer: {@code bootstrap.servers} and the cluster's security settings
   * ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}).
   */
  public static KafkaArticleTarget connect(Map<String, ?> clientConfig, String topic) throws IOException {
    String bootstrapServers = String.valueOf(clientConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
    Map<String, Object> common = new HashMap<>(clientConfig);
    common.put(AdminClientConfig.CLIENT_ID_CONFIG, CLIENT_ID);
    Map<String, Object> adminConfig = new HashMap<>(common);
    // Give up on an absent broker after CONNECT_TIMEOUT, not after the 60 s default.
    adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CONNECT_TIMEOUT.toMillis());
    adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CONNECT_TIMEOUT.toMillis());
    Admin admin = Admin.create(adminConfig);
    boolean failed = true;
    try {
      admin.describeCluster().clusterId().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      createIfMissing(admin, topic);
      failed = false;
    } catch (TimeoutException e) {
      throw new IOException("no Kafka broker answered at " + bootstrapServers + " within "
          + CONNECT_TIMEOUT.toSeconds() + " s (start one with ./readout up, or pass --bootstrap-servers)");
    } catch (ExecutionException e) {
      String reason = e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException
          ? "no Kafka broker answered at " + bootstrapServers + " within " + CONNECT_TIMEOUT.toSeconds()
              + " s (start one with ./readout up, or pass --bootstrap-servers)"
          : "Kafka at " + bootstrapServers + " refused: " + e.getCause().getMessage();
      throw new IOException(reason, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while connecting to " + bootstrapServers, e);
    } finally {
      // Pending calls to an absent broker would otherwise hold close() for the full API timeout.
      admin.close(failed ? Duration.ZERO : Duration.ofSeconds(5));
    }
    Properties props = new Properties();
    props.putAll(common);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    // gzip is pure Java: no native library to load (zstd and lz4 warn on JDK 24+).
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) CONNECT_TIMEOUT.toMillis() * 2);
    return new KafkaArticleTarget(bootstrapServers, topic,
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer()));
  }

  private static void createIfMissing(Admin admin, String topic)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (admin.listTopics().names().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).contains(topic)) {
      return;
    }
    // Replayed articles carry old timestamps: time-based retention would delete them at once.
    NewTopic newTopic = new NewTopic(topic, Optional.of(Topics.DEFAULT_PARTITIONS), Optional.empty())
        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
    try {
      admin.createTopics(List.of(newTopic)).all().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  @Override
  public String describe() {
    return topic + " at " + bootstrapServers;
  }

  @Override
  public void send(RawArticle article) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(
        topic, null, article.publishedAt().toEpochMilli(), article.id(), ArticleJson.toBytes(article));
    try {
      producer.send(record, (metadata, error) -> {
        if (error == null) {
          delivered.incrementAndGet();
        } else {
          failures.add(article.id() + ": " + error.getMessage());
        }
      });
    } catch (InterruptException e) {
      // Ctrl-C while the producer waited for room: the replay sees the flag and stops.
      failures.add(article.id() + ": interrupted before it was sent");
      Thread.currentThread().interrupt();
    } catch (KafkaException e) {
      failures.add(article.id() + ": " + e.getMessage());
    }
  }

  @Override
  public Delivery flush() {
    producer.flush();
    synchronized (failures) {
      return new Delivery(delivered.get(), List.copyOf(failures));
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }
}
