package dev.readout.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.registry.Compatibility;
import dev.readout.schemas.registry.RegisteredSchema;
import dev.readout.schemas.registry.SchemaRegistry;
import dev.readout.schemas.registry.SchemaRegistryClient;
import dev.readout.schemas.registry.SchemaRegistryConfig;
import dev.readout.schemas.registry.SchemaRegistryException;
import dev.readout.schemas.serde.AvroDeserializer;
import dev.readout.schemas.serde.AvroSerializer;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Serializers and deserializers prepared before their first record (as the services do at start)
 * against a real Apicurio Registry: the first record then asks the registry nothing, and every
 * Confluent setting behaves as it does without preparation.
 */
@Timeout(600)
class SerdePreparationAgainstApicurioTest {

  private static LocalRegistry registry;

  @BeforeAll
  static void startRegistry() {
    registry = LocalRegistry.start();
  }

  @AfterAll
  static void stopRegistry() {
    if (registry != null) {
      registry.close();
    }
  }

  /** A fresh topic per test: subjects outlive tests in the shared registry. */
  private static String topic() {
    return "prepare-" + UUID.randomUUID();
  }

  private static SchemaRegistryConfig config(Map<String, Object> extra) {
    Map<String, Object> settings = new HashMap<>(extra);
    settings.put(SchemaRegistryConfig.URL, registry.url());
    return SchemaRegistryConfig.from(settings);
  }

  /** A client with empty caches, counting what the serde asks of it. */
  private static CountingRegistry freshCountingClient() {
    return new CountingRegistry(new SchemaRegistryClient(config(Map.of())));
  }

  private static int headerId(byte[] bytes) {
    return ByteBuffer.wrap(bytes, 1, 4).getInt();
  }

  @Test
  void preparedSerializerRegistersAtOnceAndItsFirstRecordAsksNothing() {
    String topic = topic();
    CountingRegistry client = freshCountingClient();
    AvroSerializer<Article> serializer = new AvroSerializer<>(Article.class, client, config(Map.of()), false);

    int id = serializer.prepare(topic);

    assertThat(client.calls.get()).as("one registration when prepared").isEqualTo(1);
    assertThat(new SchemaRegistryClient(config(Map.of())).latest(topic + "-value").id())
        .as("the registry holds the schema under the topic's subject before any record").isEqualTo(id);
    byte[] bytes = serializer.serialize(topic, LocalStackTest.article("p-1"));
    assertThat(client.calls.get()).as("the first record waits for no registry call").isEqualTo(1);
    assertThat(headerId(bytes)).as("the record carries the id registered when prepared").isEqualTo(id);
  }

  @Test
  void withUseLatestVersionAndNoAutoRegistrationThePreparedWriterUsesTheLatestRegisteredId() {
    String topic = topic();
    int registered = new SchemaRegistryClient(config(Map.of())).register(topic + "-value", Article.getClassSchema());
    CountingRegistry client = freshCountingClient();
    SchemaRegistryConfig latest = config(Map.of(
        SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, "false", SchemaRegistryConfig.USE_LATEST_VERSION, "true"));
    AvroSerializer<Article> serializer = new AvroSerializer<>(Article.class, client, latest, false);

    assertThat(serializer.prepare(topic)).isEqualTo(registered);
    byte[] bytes = serializer.serialize(topic, LocalStackTest.article("p-2"));

    assertThat(client.registrations.get()).as("nothing registered with auto.register.schemas=false").isZero();
    assertThat(client.calls.get()).as("one look-up of the latest version, at preparation only").isEqualTo(1);
    assertThat(headerId(bytes)).isEqualTo(registered);
  }

  @Test
  void withoutAutoRegistrationAnUnregisteredSchemaFailsPreparationClearlyAndTheFirstRecordAsksAgain() {
    String topic = topic();
    SchemaRegistryConfig lookupOnly = config(Map.of(SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, "false"));
    AvroSerializer<Article> serializer =
        new AvroSerializer<>(Article.class, new SchemaRegistryClient(lookupOnly), lookupOnly, false);

    assertThatThrownBy(() -> serializer.prepare(topic))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining(topic + "-value")
        .hasMessageContaining(SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS + "=false");

    int registered = new SchemaRegistryClient(config(Map.of())).register(topic + "-value", Article.getClassSchema());
    byte[] bytes = serializer.serialize(topic, LocalStackTest.article("p-3"));
    assertThat(headerId(bytes)).as("the failed preparation was not remembered").isEqualTo(registered);
  }

  @Test
  void preparedDeserializerReadsTheFirstRecordWithoutAskingTheRegistry() {
    String topic = topic();
    AvroSerializer<Article> writer =
        new AvroSerializer<>(Article.class, new SchemaRegistryClient(config(Map.of())), config(Map.of()), false);
    byte[] bytes = writer.serialize(topic, LocalStackTest.article("p-4"));
    CountingRegistry client = freshCountingClient();
    AvroDeserializer<Article> reader = new AvroDeserializer<>(Article.class, client);

    assertThat(reader.prepare(topic)).isEqualTo(headerId(bytes));
    int asked = client.calls.get();
    assertThat(reader.deserialize(topic, bytes)).isEqualTo(LocalStackTest.article("p-4"));

    assertThat(client.calls.get()).as("the first record's schema was fetched when prepared").isEqualTo(asked);
  }

  @Test
  void preparingToReadATopicNothingWasWrittenToIsA404() {
    AvroDeserializer<Article> reader = new AvroDeserializer<>(Article.class, freshCountingClient());

    assertThatThrownBy(() -> reader.prepare(topic()))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isNotFound()).isTrue());
  }

  /** Delegates to a real client and counts the calls made of it. */
  private static final class CountingRegistry implements SchemaRegistry {
    private final SchemaRegistry delegate;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger registrations = new AtomicInteger();

    CountingRegistry(SchemaRegistry delegate) {
      this.delegate = delegate;
    }

    @Override
    public int register(String subject, Schema schema) {
      calls.incrementAndGet();
      registrations.incrementAndGet();
      return delegate.register(subject, schema);
    }

    @Override
    public int lookup(String subject, Schema schema) {
      calls.incrementAndGet();
      return delegate.lookup(subject, schema);
    }

    @Override
    public Schema schemaById(int id) {
      calls.incrementAndGet();
      return delegate.schemaById(id);
    }

    @Override
    public RegisteredSchema latest(String subject) {
      calls.incrementAndGet();
      return delegate.latest(subject);
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
      calls.incrementAndGet();
      return delegate.isCompatible(subject, schema);
    }

    @Override
    public Compatibility compatibility() {
      calls.incrementAndGet();
      return delegate.compatibility();
    }

    @Override
    public void setCompatibility(Compatibility level) {
      calls.incrementAndGet();
      delegate.setCompatibility(level);
    }
  }
}
