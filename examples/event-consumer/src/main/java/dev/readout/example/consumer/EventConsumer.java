package dev.readout.example.consumer;

import dev.readout.schemas.avro.Event;
import dev.readout.schemas.serde.AvroSerde;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A downstream service as you would write your own: subscribes to Readout's three compacted
 * event topics and prints each change, an upsert (the event's latest state) or a delete (a
 * tombstone: the event was merged into another one and its id is gone).
 *
 * <p>Only committed data is read ({@code isolation.level=read_committed}): the extract service
 * writes with exactly-once transactions, so an aborted attempt is never seen. Values are Avro in
 * the Confluent wire format, resolved through the schema registry.
 *
 * <pre>
 * java -jar examples/event-consumer/target/event-consumer.jar [BOOTSTRAP_SERVERS [REGISTRY_URL [GROUP_ID]]]
 * </pre>
 *
 * Defaults come from {@code READOUT_BOOTSTRAP_SERVERS} and {@code READOUT_SCHEMA_REGISTRY_URL},
 * else {@code 127.0.0.1:9092} and {@code http://127.0.0.1:8081/apis/ccompat/v7} ({@code ./readout up}).
 */
public final class EventConsumer implements AutoCloseable {

  /** Readout's event topics: key = event id (string), value = {@code Event} (Avro), compacted. */
  public static final List<String> TOPICS =
      List.of("readout.events.meeting", "readout.events.call", "readout.events.statement");

  private final KafkaConsumer<String, Event> consumer;

  public EventConsumer(String bootstrapServers, String registryUrl, String groupId) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    // A new consumer group starts from the beginning: a compacted topic is the full current state.
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    AvroSerde<Event> events = new AvroSerde<>(Event.class);
    events.configure(Map.of("schema.registry.url", registryUrl), false);
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), events.deserializer());
  }

  /** Polls until {@link #stop()} is called, handing each change to {@code sink} as a line. */
  public void run(Consumer<String> sink) {
    consumer.subscribe(TOPICS);
    try {
      while (true) {
        for (ConsumerRecord<String, Event> record : consumer.poll(Duration.ofSeconds(1))) {
          sink.accept(EventLine.of(record.topic(), record.key(), record.value()));
        }
      }
    } catch (WakeupException stopping) {
      // stop() was called
    }
  }

  /** Makes {@link #run} return; safe from any thread (a shutdown hook, a test). */
  public void stop() {
    consumer.wakeup();
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }

  public static void main(String[] args) throws InterruptedException {
    String bootstrap = arg(args, 0, "READOUT_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    String registry = arg(args, 1, "READOUT_SCHEMA_REGISTRY_URL", "http://127.0.0.1:8081/apis/ccompat/v7");
    String group = arg(args, 2, "READOUT_EXAMPLE_GROUP_ID", "readout-example-consumer");
    PrintStream out = System.out;
    out.println("Reading " + TOPICS + " from " + bootstrap + " (registry " + registry + ", group " + group
        + "); Ctrl-C to stop.");
    EventConsumer consumer = new EventConsumer(bootstrap, registry, group);
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      consumer.stop();
      try {
        main.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    try (consumer) {
      consumer.run(out::println);
    }
  }

  private static String arg(String[] args, int index, String env, String fallback) {
    if (args.length > index) {
      return args[index];
    }
    String value = System.getenv(env);
    return value == null || value.isBlank() ? fallback : value;
  }
}
