package dev.readout.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(300)
class EmbeddedKafkaTest {

  @TempDir Path dataDir;

  @Test
  void topicsAndRecordsSurviveARestartOnTheSameDataDirectory() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dataDir).start()) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
      }
      try (KafkaProducer<String, String> producer = producer(kafka)) {
        producer.send(new ProducerRecord<>("kept", "k", "written before the restart")).get();
      }
    }

    try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dataDir).start()) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
        assertThat(admin.listTopics().names().get())
            .as("topics after restarting on %s", dataDir)
            .contains("kept");
      }
      assertThat(readAll(kafka, "kept", 1))
          .as("records of topic 'kept' after the restart")
          .containsExactly("written before the restart");
    }
  }

  @Test
  void topicsAreNotCreatedImplicitly() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start();
        Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
      try (KafkaProducer<String, String> producer = producer(kafka, Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000))) {
        producer.send(new ProducerRecord<>("never-created", "k", "v"));
        producer.flush();
      }
      assertThat(admin.listTopics().names().get())
          .as("auto.create.topics.enable=false: a produce must not create a topic")
          .doesNotContain("never-created");
    }
  }

  static KafkaProducer<String, String> producer(EmbeddedKafka kafka) {
    return producer(kafka, Map.of());
  }

  static KafkaProducer<String, String> producer(EmbeddedKafka kafka, Map<String, Object> extra) {
    Map<String, Object> config = new java.util.HashMap<>(extra);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  static List<String> readAll(EmbeddedKafka kafka, String topic, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(Set.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          values.add(r.value());
        }
      }
    }
    return values;
  }
}
