package dev.readout.schemas.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro specific records in the Confluent wire format (magic byte 0, 4-byte big-endian schema id,
 * Avro binary), with TopicNameStrategy subjects; configured with {@code schema.registry.url}.
 *
 * <p>SKELETON: the foundation work replaces this body.
 */
public class AvroSerde<T extends SpecificRecord> implements Serde<T> {
  private final Class<T> type;

  public AvroSerde(Class<T> type) {
    this.type = type;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {}

  @Override
  public Serializer<T> serializer() {
    throw new UnsupportedOperationException("AvroSerde not implemented yet for " + type);
  }

  @Override
  public Deserializer<T> deserializer() {
    throw new UnsupportedOperationException("AvroSerde not implemented yet for " + type);
  }
}
