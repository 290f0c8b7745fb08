package dev.readout.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.registry.MockSchemaRegistry;
import dev.readout.schemas.serde.AvroSerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Where a Docker engine runs, Testcontainers' Kafka serves as well as {@link EmbeddedKafka}; where
 * none does (this machine, CI) the class is skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersKafkaTest {

  private static final String SCOPE = "testcontainers-kafka";

  @Container static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

  @AfterAll
  static void dropRegistry() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  @Test
  void avroRecordsTravelThroughAContainerizedBroker() throws Exception {
    String topic = "container.articles";
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.getBootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    AvroSerde<Article> serde = new AvroSerde<>(Article.class);
    serde.configure(Map.of("schema.registry.url", "mock://" + SCOPE), false);
    Article article = LocalStackTest.article("tc-1");
    try (KafkaProducer<String, Article> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()),
            new StringSerializer(), serde.serializer())) {
      producer.send(new ProducerRecord<>(topic, "tc-1", article)).get();
    }
    List<Article> read = new ArrayList<>();
    try (KafkaConsumer<String, Article> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "tc",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(), serde.deserializer())) {
      consumer.subscribe(Set.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (read.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> read.add(r.value()));
      }
    }
    assertThat(read).containsExactly(article);
  }
}
