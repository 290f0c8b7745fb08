package dev.readout.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.registry.Compatibility;
import dev.readout.schemas.registry.SchemaRegistryClient;
import dev.readout.schemas.registry.SchemaRegistryConfig;
import dev.readout.schemas.registry.SchemaRegistryException;
import dev.readout.schemas.serde.AvroDeserializer;
import dev.readout.schemas.serde.AvroSerde;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The serde and client against a real Apicurio Registry over HTTP and a real broker, started once. */
@Timeout(600)
class LocalStackTest {

  private static LocalStack stack;

  @BeforeAll
  static void startStack() {
    stack = LocalStack.start();
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  private static Map<String, Object> serdeConfig() {
    return Map.of(SchemaRegistryConfig.URL, stack.schemaRegistryUrl());
  }

  /** A client with empty caches, so what it answers comes from the registry over HTTP. */
  private static SchemaRegistryClient freshClient() {
    return new SchemaRegistryClient(SchemaRegistryConfig.from(serdeConfig()));
  }

  static Article article(String id) {
    return Article.newBuilder()
        .setId(id)
        .setUrl("https://example.org/" + id)
        .setSource("example.org")
        .setTitle("Leaders meet")
        .setPublishedAt(Instant.parse("2025-05-02T08:00:00Z"))
        .setIngestedAt(Instant.parse("2025-05-02T08:01:00Z"))
        .setLanguage("eng")
        .setText("The two leaders met in Rome on Friday.")
        .setContentHash("00ff")
        .setDuplicateOf(null)
        .build();
  }

  @Test
  void registryIsConfiguredBackwardTransitive() {
    assertThat(freshClient().compatibility()).isEqualTo(Compatibility.BACKWARD_TRANSITIVE);
  }

  @Test
  void serdeRoundTripsThroughApicurioWithTheRegistrysIdInTheHeader() {
    String topic = "roundtrip.articles";
    AvroSerde<Article> serde = new AvroSerde<>(Article.class);
    serde.configure(serdeConfig(), false);

    byte[] bytes = serde.serializer().serialize(topic, article("rt-1"));

    assertThat(bytes[0]).as("magic byte of the Confluent wire format").isZero();
    int headerId = ByteBuffer.wrap(bytes, 1, 4).getInt();
    assertThat(headerId)
        .as("schema id in the header must be Apicurio's id for %s-value", topic)
        .isEqualTo(freshClient().latest(topic + "-value").id());
    AvroDeserializer<Article> reader = new AvroDeserializer<>(Article.class, freshClient());
    assertThat(reader.deserialize(topic, bytes))
        .as("a deserializer with its own client fetches the writer schema by id and reads the record back")
        .isEqualTo(article("rt-1"));
  }

  @Test
  void incompatibleSchemaIsRefusedWith409AndABackwardCompatibleOneAccepted() {
    SchemaRegistryClient client = freshClient();
    String subject = "compat-thing-value";
    Schema v1 = SchemaBuilder.record("Thing").namespace("test").fields().requiredString("id").endRecord();
    Schema addsOptional =
        SchemaBuilder.record("Thing").namespace("test").fields().requiredString("id").optionalString("note").endRecord();
    Schema addsRequired =
        SchemaBuilder.record("Thing").namespace("test").fields().requiredString("id").requiredLong("count").endRecord();

    int first = client.register(subject, v1);
    assertThat(client.isCompatible(subject, addsRequired)).isFalse();
    assertThatThrownBy(() -> client.register(subject, addsRequired))
        .as("a required field without default cannot read version 1")
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(409));

    assertThat(client.isCompatible(subject, addsOptional)).isTrue();
    int second = client.register(subject, addsOptional);
    assertThat(second).isNotEqualTo(first);
    assertThat(freshClient().latest(subject).schema()).isEqualTo(addsOptional);
    assertThat(freshClient().lookup(subject, v1)).isEqualTo(first);
  }

  @Test
  void unknownSubjectIsNotFound() {
    assertThatThrownBy(() -> freshClient().latest("no-such-subject-value"))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isNotFound()).isTrue());
  }

  @Test
  void avroRecordsAreProducedAndConsumedThroughTheBroker() throws Exception {
    String topic = "broker.articles";
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
    }
    AvroSerde<Article> serde = new AvroSerde<>(Article.class);
    serde.configure(serdeConfig(), false);
    Map<String, Object> producerConfig = new HashMap<>();
    producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (KafkaProducer<String, Article> producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), serde.serializer())) {
      for (int i = 0; i < 5; i++) {
        producer.send(new ProducerRecord<>(topic, "a-" + i, article("a-" + i))).get();
      }
      producer.send(new ProducerRecord<>(topic, "a-gone", null)).get();
    }

    Map<String, Object> consumerConfig =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    AvroSerde<Article> readerSerde = new AvroSerde<>(Article.class);
    readerSerde.configure(serdeConfig(), false);
    List<ConsumerRecord<String, Article>> records = new ArrayList<>();
    try (KafkaConsumer<String, Article> consumer =
        new KafkaConsumer<>(consumerConfig, new StringDeserializer(), readerSerde.deserializer())) {
      consumer.subscribe(Set.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (records.size() < 6 && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    assertThat(records).as("records read back from %s", topic).hasSize(6);
    Map<String, Article> byKey = new HashMap<>();
    records.forEach(r -> byKey.put(r.key(), r.value()));
    for (int i = 0; i < 5; i++) {
      assertThat(byKey.get("a-" + i)).isEqualTo(article("a-" + i));
    }
    assertThat(byKey).containsKey("a-gone");
    assertThat(byKey.get("a-gone")).as("a tombstone stays null").isNull();
  }
}
