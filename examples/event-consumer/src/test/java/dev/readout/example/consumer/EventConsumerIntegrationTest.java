package dev.readout.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.local.EmbeddedKafka;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.serde.AvroSerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The example reads what the extract service writes: committed upserts and tombstones only. */
@Timeout(240)
class EventConsumerIntegrationTest {

  private static final String REGISTRY = "mock://example-consumer-test";

  @Test
  void printsCommittedUpsertsAndDeletesAndNeverAnAbortedWrite() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      createCompactedTopics(kafka);
      AvroSerde<Event> serde = new AvroSerde<>(Event.class);
      serde.configure(Map.of("schema.registry.url", REGISTRY), false);
      try (KafkaProducer<String, Event> producer = transactionalProducer(kafka, serde)) {
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>("readout.events.call", "call-aborted", Events.statement()));
        producer.flush();
        producer.abortTransaction();

        producer.beginTransaction();
        producer.send(new ProducerRecord<>("readout.events.meeting", "meeting-2026-02-20-bra-arg", Events.montevideoMeeting()));
        producer.send(new ProducerRecord<>("readout.events.meeting", "meeting-merged", null));
        producer.send(new ProducerRecord<>("readout.events.call", "call-1", null));
        producer.send(new ProducerRecord<>("readout.events.statement", "statement-2026-03-03-aydin", Events.statement()));
        producer.commitTransaction();
      }

      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      List<String> seen = new ArrayList<>();
      try (EventConsumer consumer = new EventConsumer(kafka.bootstrapServers(), REGISTRY, "example-test")) {
        Thread thread = new Thread(() -> consumer.run(lines::add), "example-consumer");
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (seen.size() < 4 && System.nanoTime() < deadline) {
          String line = lines.poll(1, TimeUnit.SECONDS);
          if (line != null) {
            seen.add(line);
          }
        }
        // Anything else (the aborted write) would arrive with or before the committed ones.
        String extra = lines.poll(2, TimeUnit.SECONDS);
        consumer.stop();
        thread.join(10_000);
        assertThat(extra).as("a line beyond the four committed changes").isNull();
        assertThat(thread.isAlive()).as("the consumer stops when asked").isFalse();
      }

      assertThat(seen).as("lines printed by the example consumer").containsExactlyInAnyOrder(
          "UPSERT readout.events.meeting meeting-2026-02-20-bra-arg MEETING OCCURRED 2026-02-20/DAY"
              + " participants=[Helena Duarte, Martín Ocampo] at=Montevideo mentions=3 sources=2",
          "DELETE readout.events.meeting meeting-merged",
          "DELETE readout.events.call call-1",
          "UPSERT readout.events.statement statement-2026-03-03-aydin STATEMENT OCCURRED 2026-03-03/DAY"
              + " speaker=Selim Aydın quote=\"Water must be a source of cooperation, not conflict\" mentions=1 sources=1");
      assertThat(seen).as("no line of the aborted transaction").noneMatch(l -> l.contains("call-aborted"));
    }
  }

  private static void createCompactedTopics(EmbeddedKafka kafka) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      List<NewTopic> topics = EventConsumer.TOPICS.stream()
          .map(t -> new NewTopic(t, Optional.of(1), Optional.empty())
              .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))
          .toList();
      admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
    }
  }

  private static KafkaProducer<String, Event> transactionalProducer(EmbeddedKafka kafka, AvroSerde<Event> serde) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "example-consumer-test");
    return new KafkaProducer<>(props, new StringSerializer(), serde.serializer());
  }
}
