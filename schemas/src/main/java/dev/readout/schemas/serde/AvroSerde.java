package dev.readout.schemas.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro specific records in the Confluent wire format (magic byte 0, 4-byte big-endian schema id,
 * Avro binary) with TopicNameStrategy subjects, so Confluent's deserializers in any language read
 * what it writes and it reads what they write. Configured with Confluent's keys:
 * {@code schema.registry.url} (comma list, or {@code mock://<scope>} in tests),
 * {@code auto.register.schemas} (default true), {@code use.latest.version},
 * {@code basic.auth.credentials.source=USER_INFO} with {@code basic.auth.user.info=user:pass}.
 *
 * <pre>{@code
 * AvroSerde<Article> serde = new AvroSerde<>(Article.class);
 * serde.configure(Map.of("schema.registry.url", "http://127.0.0.1:8081"), false);
 * }</pre>
 *
 * <p>{@code null} maps to {@code null} both ways, so tombstones pass through.
 */
public class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final AvroSerializer<T> serializer;
  private final AvroDeserializer<T> deserializer;

  public AvroSerde(Class<T> type) {
    this.serializer = new AvroSerializer<>(type);
    this.deserializer = new AvroDeserializer<>(type);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  /** {@link AvroSerializer#prepare}: the registry's answer for {@code topic}'s writes, asked now. */
  public int prepareWrite(String topic) {
    return serializer.prepare(topic);
  }

  /** {@link AvroDeserializer#prepare}: the reader of {@code topic}'s records of this schema, readied now. */
  public int prepareRead(String topic) {
    return deserializer.prepare(topic);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
