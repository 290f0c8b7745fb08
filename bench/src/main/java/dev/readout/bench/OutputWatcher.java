package dev.readout.bench;

import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the pipeline's output as a downstream consumer would ({@code read_committed}, from the
 * beginning) on its own thread, and records for each of this run's articles when its first
 * mention and its first event upsert became visible.
 */
final class OutputWatcher implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Deserializer<EventMention> mentions;
  private final Deserializer<Event> events;
  private final String idPrefix;
  private final Map<String, Long> firstMentionNanos = new ConcurrentHashMap<>();
  private final Map<String, Long> firstEventNanos = new ConcurrentHashMap<>();
  private final Set<String> eventIds = ConcurrentHashMap.newKeySet();
  private final AtomicLong records = new AtomicLong();
  private final AtomicLong valueBytes = new AtomicLong();
  private final AtomicLong largestEvent = new AtomicLong();
  private final AtomicLong lastOutputNanos = new AtomicLong(System.nanoTime());
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Throwable failure;

  OutputWatcher(ReadoutConfig config, Topics topics, String idPrefix) {
    this.consumer = new KafkaConsumer<>(config.consumerProperties("readout-bench-" + UUID.randomUUID()),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.mentions = topics.mentions().valueSerde().deserializer();
    this.events = topics.events(EventType.MEETING).valueSerde().deserializer();
    this.idPrefix = idPrefix;
    List<String> names = new ArrayList<>(List.of(Topics.MENTIONS));
    for (EventType type : EventType.values()) {
      names.add(topics.events(type).name());
    }
    consumer.subscribe(names);
    thread = new Thread(this::run, "readout-bench-output");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (running) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          long now = System.nanoTime();
          records.incrementAndGet();
          lastOutputNanos.set(now);
          if (r.value() == null) {
            continue;
          }
          valueBytes.addAndGet(r.value().length);
          if (r.topic().equals(Topics.MENTIONS)) {
            String article = mentions.deserialize(r.topic(), r.headers(), r.value()).getArticleId();
            if (article.startsWith(idPrefix)) {
              firstMentionNanos.putIfAbsent(article, now);
            }
          } else {
            Event event = events.deserialize(r.topic(), r.headers(), r.value());
            boolean ours = false;
            for (String article : event.getArticleIds()) {
              if (article.startsWith(idPrefix)) {
                firstEventNanos.putIfAbsent(article, now);
                ours = true;
              }
            }
            if (ours) {
              eventIds.add(event.getId());
              largestEvent.accumulateAndGet(event.getMentionCount(), Math::max);
            }
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (Throwable e) {
      failure = e;
    } finally {
      consumer.close();
    }
  }

  /** When the article's first event upsert was read, or {@code null}. */
  Long firstEventNanos(String articleId) {
    return firstEventNanos.get(articleId);
  }

  int articlesWithEvents() {
    return firstEventNanos.size();
  }

  int articlesWithMentions() {
    return firstMentionNanos.size();
  }

  int distinctEvents() {
    return new HashSet<>(eventIds).size();
  }

  long records() {
    return records.get();
  }

  /** Bytes of all output record values read (mentions and event upserts). */
  long valueBytes() {
    return valueBytes.get();
  }

  /** The most mentions any event of this run reached. */
  long largestEvent() {
    return largestEvent.get();
  }

  /** The last time any output record arrived. */
  long lastOutputNanos() {
    return lastOutputNanos.get();
  }

  /** The error that stopped the reader, or {@code null}. */
  Throwable failure() {
    return failure;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(10_000);
  }
}
