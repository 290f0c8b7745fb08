package dev.readout.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.registry.MockSchemaRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaWarmUpTest {

  private static final String OUT = "readout.articles";
  private static final String IN = "readout.articles.elsewhere";

  private final String scope = "warm-up-test-" + UUID.randomUUID();
  private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

  @AfterEach
  void dropRegistry() {
    MockSchemaRegistry.dropScope(scope);
  }

  private AvroSerde<Article> serde(Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put("schema.registry.url", "mock://" + scope);
    AvroSerde<Article> serde = new AvroSerde<>(Article.class);
    serde.configure(config, false);
    return serde;
  }

  @Test
  void writtenTopicsHaveTheirSchemaRegisteredBeforeTheFirstRecordAndTheRecordCarriesThatId() {
    AvroSerde<Article> serde = serde(Map.of());

    SchemaWarmUp.Outcome outcome = SchemaWarmUp.of("test").writes(OUT, serde).run();

    assertThat(outcome.prepared()).containsExactly(OUT);
    assertThat(registry.subjects()).as("registered at warm-up, no record written yet").containsExactly(OUT + "-value");
    byte[] bytes = serde.serializer().serialize(OUT, AvroSerdeTest.article());
    assertThat(WireFormat.schemaId(bytes, OUT)).isEqualTo(registry.latest(OUT + "-value").id());
  }

  @Test
  void writeThatTheRegistryRefusesIsLeftToTheFirstRecordWhichAsksAgain() {
    AvroSerde<Article> serde = serde(Map.of("auto.register.schemas", "false"));

    SchemaWarmUp.Outcome outcome = SchemaWarmUp.of("test").writes(OUT, serde).run();

    assertThat(outcome.deferred()).as("not registered, and auto-registration is off").containsExactly(OUT);
    assertThat(outcome.prepared()).isEmpty();
    int id = registry.register(OUT + "-value", Article.getClassSchema());
    byte[] bytes = serde.serializer().serialize(OUT, AvroSerdeTest.article());
    assertThat(WireFormat.schemaId(bytes, OUT)).as("the failure was not remembered: the record found the schema registered since")
        .isEqualTo(id);
  }

  @Test
  void readTopicWithNothingWrittenYetIsLeftToTheFirstRecord() {
    SchemaWarmUp.Outcome outcome = SchemaWarmUp.of("test").reads(IN, serde(Map.of())).run();

    assertThat(outcome.deferred()).containsExactly(IN);
    assertThat(registry.subjects()).as("reading registers nothing").isEmpty();
  }

  @Test
  void readTopicReadsRecordsOfTheLookedUpSchema() {
    AvroSerde<Article> writer = serde(Map.of());
    byte[] bytes = writer.serializer().serialize(IN, AvroSerdeTest.article());
    AvroSerde<Article> reader = serde(Map.of());

    SchemaWarmUp.Outcome outcome = SchemaWarmUp.of("test").reads(IN, reader).run();

    assertThat(outcome.prepared()).containsExactly(IN);
    assertThat(reader.deserializer().deserialize(IN, bytes)).isEqualTo(AvroSerdeTest.article());
  }

  @Test
  void unreachableRegistryLeavesEveryStepToTheFirstRecordsWithoutFailingTheStart() {
    AvroSerde<Article> serde = new AvroSerde<>(Article.class);
    // Nothing listens on port 1: the connection is refused at once.
    serde.configure(Map.of("schema.registry.url", "http://127.0.0.1:1"), false);

    SchemaWarmUp.Outcome outcome = SchemaWarmUp.of("test").writes(OUT, serde).writes("elsewhere", serde).reads(IN, serde).run();

    assertThat(outcome.prepared()).isEmpty();
    assertThat(outcome.deferred()).containsExactly(OUT, "elsewhere", IN);
  }

  @Test
  void serdesWithoutASchemaAreSkipped() {
    SchemaWarmUp.Outcome outcome = SchemaWarmUp.of("test").writes(OUT, Serdes.String()).reads(IN, Serdes.ByteArray()).run();

    assertThat(outcome.prepared()).isEmpty();
    assertThat(outcome.deferred()).isEmpty();
    assertThat(registry.subjects()).isEmpty();
  }
}
