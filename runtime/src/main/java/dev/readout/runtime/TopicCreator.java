package dev.readout.runtime;

import dev.readout.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a service needs that do not exist yet, with their partitions and configs
 * from {@link dev.readout.schemas.Topics} (partitions from {@code topics.partitions} when set).
 * Idempotent: existing topics are left as they are, and a topic created concurrently by another
 * instance counts as existing.
 */
public final class TopicCreator {

  private static final Logger log = LoggerFactory.getLogger(TopicCreator.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Admin admin;
  private final short replicationFactor;
  private final int partitions;

  public TopicCreator(Admin admin, short replicationFactor) {
    this(admin, replicationFactor, 0);
  }

  /** @param partitions partitions of every topic created, or 0 for each topic's own */
  public TopicCreator(Admin admin, short replicationFactor, int partitions) {
    this.admin = admin;
    this.replicationFactor = replicationFactor;
    this.partitions = partitions;
  }

  /** Creates the missing topics through a short-lived admin client built from {@code config}. */
  public static List<String> ensure(ReadoutConfig config, Collection<? extends Topic<?, ?>> topics) {
    Properties props = config.adminProperties();
    props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
    try (Admin admin = Admin.create(props)) {
      return new TopicCreator(admin, config.replicationFactor(), config.topicsPartitions()).ensure(topics);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + " (bootstrap.servers=" + config.bootstrapServers()
          + "; is the cluster running? ./readout up starts one locally)", e.getCause());
    }
  }

  /**
   * Creates those of {@code topics} that are missing.
   *
   * @return the names of the topics this call created
   * @throws IllegalStateException when the broker cannot be reached or refuses
   */
  public List<String> ensure(Collection<? extends Topic<?, ?>> topics) {
    try {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<?, ?> topic : topics) {
        if (!existing.contains(topic.name())) {
          int count = partitions > 0 ? partitions : topic.partitions();
          missing.add(new NewTopic(topic.name(), count, replicationFactor).configs(topic.configs()));
        }
      }
      if (missing.isEmpty()) {
        return List.of();
      }
      CreateTopicsResult result = admin.createTopics(missing);
      List<String> created = new ArrayList<>();
      for (var entry : result.values().entrySet()) {
        try {
          entry.getValue().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
          created.add(entry.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      if (!created.isEmpty()) {
        log.info("created topics {}", created);
      }
      return created;
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("cannot create topics: the broker did not answer within " + TIMEOUT.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }
}
