package dev.readout.sink.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Plain Avro binary without a registry, for topology tests that are about materialization rather
 * than the wire format (the integration tests use the real Confluent-wire serde).
 */
public final class AvroBinarySerde {

  static {
    // Avro 1.12 instantiates only trusted classes; these tests read only our generated ones.
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
        ClassSecurityValidator.getGlobal(), type -> type.getName().startsWith("dev.readout.schemas.avro.")));
  }

  private AvroBinarySerde() {}

  public static <T extends SpecificRecord> Serde<T> of(Class<T> type) {
    SpecificData model = SpecificData.getForClass(type);
    Schema schema = schemaOf(type);
    SpecificDatumWriter<T> writer = new SpecificDatumWriter<>(schema, model);
    SpecificDatumReader<T> reader = new SpecificDatumReader<>(schema, schema, model);
    Serializer<T> serializer = (topic, value) -> {
      if (value == null) return null;
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        writer.write(value, encoder);
        encoder.flush();
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    Deserializer<T> deserializer = (topic, bytes) -> {
      if (bytes == null) return null;
      try {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
        return reader.read(null, decoder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }

  private static Schema schemaOf(Class<?> type) {
    try {
      return (Schema) type.getField("SCHEMA$").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(type + " is not a generated Avro class", e);
    }
  }
}
