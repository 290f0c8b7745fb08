package dev.readout.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.registry.MockSchemaRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  private static final String TOPIC = "readout.articles";

  private final String scope = "serde-test-" + UUID.randomUUID();
  private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

  @AfterEach
  void dropRegistry() {
    MockSchemaRegistry.dropScope(scope);
  }

  static Article article() {
    return Article.newBuilder()
        .setId("a-1")
        .setUrl("https://example.org/a-1")
        .setSource("example.org")
        .setTitle("Ministers meet in Geneva")
        .setPublishedAt(Instant.parse("2025-03-01T10:15:30.123Z"))
        .setIngestedAt(Instant.parse("2025-03-01T10:16:00Z"))
        .setLanguage("eng")
        .setText("The foreign ministers met in Geneva on Monday.")
        .setContentHash("ab12")
        .setDuplicateOf(null)
        .build();
  }

  private AvroSerde<Article> serde(Map<String, Object> extra, boolean isKey) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put("schema.registry.url", "mock://" + scope);
    AvroSerde<Article> serde = new AvroSerde<>(Article.class);
    serde.configure(config, isKey);
    return serde;
  }

  private AvroSerde<Article> serde() {
    return serde(Map.of(), false);
  }

  @Test
  void articleRoundTripsThroughTheConfluentWireFormat() {
    AvroSerde<Article> serde = serde();
    byte[] bytes = serde.serializer().serialize(TOPIC, article());

    assertThat(bytes[0]).as("magic byte").isZero();
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
    assertThat(id)
        .as("schema id in the header is the one registered under readout.articles-value")
        .isEqualTo(registry.latest("readout.articles-value").id());
    assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(article());
  }

  @Test
  void payloadAfterTheHeaderIsPlainAvroBinaryOfTheRegisteredSchema() throws Exception {
    byte[] bytes = serde().serializer().serialize(TOPIC, article());

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(expected, null);
    new org.apache.avro.specific.SpecificDatumWriter<>(Article.class).write(article(), encoder);
    encoder.flush();
    byte[] payload = java.util.Arrays.copyOfRange(bytes, WireFormat.HEADER_SIZE, bytes.length);
    assertThat(payload).isEqualTo(expected.toByteArray());
  }

  @Test
  void keysAreRegisteredUnderTheKeySubject() {
    serde(Map.of(), true).serializer().serialize(TOPIC, article());
    assertThat(registry.subjects()).containsExactly("readout.articles-key");
  }

  @Test
  void nullIsATombstoneBothWays() {
    AvroSerde<Article> serde = serde();
    assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
    assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
  }

  @Test
  void dataWrittenWithAnOlderContractReadsIntoTheCurrentClass() throws Exception {
    // An earlier Article without title, language and duplicate_of, as an older producer wrote it.
    Schema older =
        new Schema.Parser()
            .parse(
                """
                {"type":"record","name":"Article","namespace":"dev.readout.schemas.avro","fields":[
                  {"name":"id","type":"string"},
                  {"name":"url","type":["null","string"],"default":null},
                  {"name":"source","type":"string"},
                  {"name":"published_at","type":{"type":"long","logicalType":"timestamp-millis"}},
                  {"name":"ingested_at","type":{"type":"long","logicalType":"timestamp-millis"}},
                  {"name":"text","type":"string"},
                  {"name":"content_hash","type":"string"}]}
                """);
    int olderId = registry.register("readout.articles-value", older);
    GenericRecord record = new GenericData.Record(older);
    record.put("id", "old-1");
    record.put("url", null);
    record.put("source", "archive.example");
    record.put("published_at", 1_700_000_000_000L);
    record.put("ingested_at", 1_700_000_100_000L);
    record.put("text", "An old article.");
    record.put("content_hash", "ff");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(ByteBuffer.allocate(4).putInt(olderId).array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(older).write(record, encoder);
    encoder.flush();

    Article read = serde().deserializer().deserialize(TOPIC, out.toByteArray());

    assertThat(read.getId()).isEqualTo("old-1");
    assertThat(read.getPublishedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    assertThat(read.getTitle()).as("field added later takes its default").isNull();
    assertThat(read.getLanguage()).isNull();
  }

  @Test
  void unknownMagicByteIsAClearError() {
    byte[] bytes = serde().serializer().serialize(TOPIC, article());
    bytes[0] = 7;
    assertThatThrownBy(() -> serde().deserializer().deserialize(TOPIC, bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Unknown magic byte 0x07")
        .hasMessageContaining(TOPIC);
  }

  @Test
  void unknownSchemaIdIsAClearError() {
    byte[] bytes = serde().serializer().serialize(TOPIC, article());
    ByteBuffer.wrap(bytes, 1, 4).putInt(4242);
    assertThatThrownBy(() -> serde().deserializer().deserialize(TOPIC, bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Unknown schema id 4242");
  }

  @Test
  void truncatedRecordIsAClearError() {
    assertThatThrownBy(() -> serde().deserializer().deserialize(TOPIC, new byte[] {0, 0, 1}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("fewer than the 5-byte Confluent header");
  }

  @Test
  void withoutAutoRegistrationAnUnregisteredSchemaIsRefused() {
    AvroSerde<Article> serde = serde(Map.of("auto.register.schemas", "false"), false);
    assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, article()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("readout.articles-value");

    int id = registry.register("readout.articles-value", Article.getClassSchema());
    byte[] bytes = serde.serializer().serialize(TOPIC, article());
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
  }

  @Test
  void useLatestVersionWritesWithTheSubjectsLatestSchema() {
    Schema wider =
        new Schema.Parser()
            .parse(
                Article.getClassSchema()
                    .toString()
                    .replace(
                        "\"fields\":[",
                        "\"fields\":[{\"name\":\"region\",\"type\":[\"null\",\"string\"],\"default\":null},"));
    registry.register("readout.articles-value", Article.getClassSchema());
    int widerId = registry.register("readout.articles-value", wider);

    AvroSerde<Article> serde = serde(Map.of("use.latest.version", true, "auto.register.schemas", false), false);
    byte[] bytes = serde.serializer().serialize(TOPIC, article());

    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(widerId);
    assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(article());
  }

  @Test
  void unconfiguredSerdeSaysWhatIsMissing() {
    AvroSerde<Article> serde = new AvroSerde<>(Article.class);
    assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, article()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("schema.registry.url");
  }

  @Test
  void serializerIsSafeAcrossThreads() throws Exception {
    AvroSerde<Article> serde = serde();
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
    for (int t = 0; t < 8; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 200; i++) {
                    Article a = Article.newBuilder(article()).setId(Thread.currentThread().getName() + i).build();
                    assertThat(serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, a)))
                        .isEqualTo(a);
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              "writer-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
    assertThat(registry.subjects()).containsExactly("readout.articles-value");
  }
}
