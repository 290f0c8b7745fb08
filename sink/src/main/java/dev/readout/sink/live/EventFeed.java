package dev.readout.sink.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.runtime.Activity;
import dev.readout.schemas.avro.Event;
import dev.readout.sink.json.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tails the event topics from their end and publishes every upsert and tombstone to a {@link
 * ChangeBroadcaster}.
 *
 * <p>It reads all partitions itself (assigned, no consumer group) rather than hooking the Streams
 * tasks: each sink instance owns only some partitions, yet each instance's live clients must see
 * every change.
 */
public final class EventFeed implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);

  private final KafkaConsumer<String, Event> consumer;
  private final List<String> topics;
  private final ChangeBroadcaster broadcaster;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Activity activity = Activity.of("sink");
  private final Thread thread;
  private volatile boolean assigned;

  /**
   * @param clientProperties bootstrap servers and security settings of the consumer
   * @param topics the event topics to follow
   */
  public EventFeed(
      Properties clientProperties, List<String> topics, Deserializer<Event> deserializer, ChangeBroadcaster broadcaster) {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "readout-sink-feed");
    // Live means low latency: answer a fetch as soon as there is anything.
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer);
    this.topics = List.copyOf(topics);
    this.broadcaster = broadcaster;
    this.thread = new Thread(this::run, "sink-live-feed");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** True once the feed reads every partition of every event topic. */
  public boolean isAssigned() {
    return assigned;
  }

  private void run() {
    try {
      assignAtEnd();
      while (running.get()) {
        try {
          for (ConsumerRecord<String, Event> r : consumer.poll(Duration.ofMillis(200))) {
            publish(r);
          }
        } catch (RecordDeserializationException e) {
          LOG.warn("Skipping unreadable record at {} offset {}: {}", e.topicPartition(), e.offset(), e.getMessage());
          consumer.seek(e.topicPartition(), e.offset() + 1);
        }
      }
    } catch (WakeupException e) {
      if (running.get()) throw e;
    } catch (RuntimeException e) {
      LOG.error("The live feed stopped; live clients get no more changes", e);
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private void assignAtEnd() {
    List<TopicPartition> partitions = new ArrayList<>();
    while (running.get()) {
      partitions.clear();
      boolean all = true;
      for (String topic : topics) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        if (infos == null || infos.isEmpty()) {
          all = false;
          break;
        }
        infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
      if (all) break;
      LOG.info("Waiting for the event topics {} to exist", topics);
      sleep();
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolve the end now, so nothing after start is skipped
    assigned = true;
  }

  private void publish(ConsumerRecord<String, Event> r) {
    if (r.key() == null) return;
    activity.count(r.value() == null ? "deletes streamed" : "upserts streamed");
    ObjectNode data = EventJson.MAPPER.createObjectNode();
    data.put("id", r.key());
    data.put("type", typeOf(r.topic()));
    if (r.value() == null) {
      data.put("op", Change.DELETE);
      broadcaster.publish(Change.DELETE, data.toString());
    } else {
      data.put("op", Change.UPSERT);
      data.set("event", EventJson.event(r.value()));
      broadcaster.publish(Change.UPSERT, data.toString());
    }
  }

  private static String typeOf(String topic) {
    return topic.substring(topic.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
  }

  private void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  @Override
  public void close() {
    running.set(false);
    if (!thread.isAlive()) {
      consumer.close(Duration.ofSeconds(2));
      return;
    }
    consumer.wakeup();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
