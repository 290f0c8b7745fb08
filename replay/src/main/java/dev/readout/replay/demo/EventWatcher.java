package dev.readout.replay.demo;

import dev.readout.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the three event topics from the beginning, committed data only, and keeps an {@link
 * EventTally}. Values are not decoded: a key and whether it is a tombstone are all a count needs.
 */
final class EventWatcher implements AutoCloseable {

  static final List<String> TOPICS = List.of(Topics.EVENTS_MEETING, Topics.EVENTS_CALL, Topics.EVENTS_STATEMENT);

  private final KafkaConsumer<String, byte[]> consumer;
  private final EventTally tally = new EventTally();
  private final Thread thread;

  EventWatcher(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "readout-demo-watcher-" + UUID.randomUUID());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    thread = new Thread(this::follow, "readout-demo-watcher");
    thread.setDaemon(true);
  }

  EventWatcher start() {
    thread.start();
    return this;
  }

  EventTally tally() {
    return tally;
  }

  private void follow() {
    try {
      consumer.subscribe(TOPICS);
      while (true) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          String type = record.topic().substring(Topics.EVENTS_PREFIX.length());
          tally.change(type, record.key(), record.value() == null);
        }
      }
    } catch (WakeupException stopping) {
      // close() was called
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  @Override
  public void close() throws InterruptedException {
    consumer.wakeup();
    thread.join(10_000);
  }
}
