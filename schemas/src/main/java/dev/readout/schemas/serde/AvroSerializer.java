package dev.readout.schemas.serde;

import dev.readout.schemas.registry.RegisteredSchema;
import dev.readout.schemas.registry.SchemaRegistry;
import dev.readout.schemas.registry.SchemaRegistryConfig;
import dev.readout.schemas.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes specific records in Confluent's wire format under the TopicNameStrategy subject
 * ({@code <topic>-value} or {@code <topic>-key}). Thread-safe; after the first record of a topic
 * no registry call is made.
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

  private final Class<T> type;
  private final Schema classSchema;
  private final SpecificData model;
  private final Map<String, Writer> writersBySubject = new ConcurrentHashMap<>();
  private volatile SchemaRegistryConfig config;
  private volatile SchemaRegistry registry;
  private volatile boolean isKey;

  public AvroSerializer(Class<T> type) {
    this.type = type;
    this.model = SpecificData.getForClass(type);
    this.classSchema = model.getSchema(type);
  }

  /** A serializer already configured against {@code registry}, for tests and tools. */
  public AvroSerializer(Class<T> type, SchemaRegistry registry, SchemaRegistryConfig config, boolean isKey) {
    this(type);
    this.registry = registry;
    this.config = config;
    this.isKey = isKey;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.config = SchemaRegistryConfig.from(configs);
    this.registry = config.registry();
    this.isKey = isKey;
    writersBySubject.clear();
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    Writer writer = writer(topic);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(256);
      out.write(new byte[WireFormat.HEADER_SIZE]);
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      writer.write(data, encoder);
      encoder.flush();
      byte[] bytes = out.toByteArray();
      WireFormat.writeHeader(bytes, writer.id());
      return bytes;
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Cannot write a " + type.getSimpleName() + " to topic " + topic + " with schema id " + writer.id()
              + ": " + e.getMessage(), e);
    }
  }

  /**
   * Asks the registry now what the first record written to {@code topic} would ask it (registers
   * the schema, looks it up, or takes the subject's latest version, as configured), so that
   * record does not wait for it. Throws what {@link #serialize} would; a failure is not
   * remembered, so the first record asks again.
   *
   * @return the schema id records written to {@code topic} will carry
   */
  public int prepare(String topic) {
    return writer(topic).id();
  }

  private Writer writer(String topic) {
    if (registry == null) {
      throw new SerializationException(
          "The Avro serializer of " + type.getSimpleName() + " is not configured: set "
              + SchemaRegistryConfig.URL + " in the serde configuration");
    }
    return writersBySubject.computeIfAbsent(Subjects.topicName(topic, isKey), this::writerFor);
  }

  private Writer writerFor(String subject) {
    try {
      if (config.useLatestVersion()) {
        RegisteredSchema latest = registry.latest(subject);
        return Writer.projecting(latest.id(), classSchema, latest.schema(), model, subject);
      }
      int id = config.autoRegister() ? registry.register(subject, classSchema) : registry.lookup(subject, classSchema);
      return Writer.direct(id, new SpecificDatumWriter<>(classSchema, model));
    } catch (SchemaRegistryException e) {
      String action =
          config.useLatestVersion() ? "find the latest schema of"
              : config.autoRegister() ? "register " + type.getSimpleName() + "'s schema under"
              : "find " + type.getSimpleName() + "'s schema (" + SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS + "=false) under";
      throw new SerializationException("Cannot " + action + " subject " + subject + ": " + e.getMessage(), e);
    }
  }

  /** How one subject's records are written: the registry id and the datum writer. */
  private record Writer(int id, DatumWriter<Object> datumWriter, Projection projection) {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Writer direct(int id, SpecificDatumWriter<?> writer) {
      return new Writer(id, (DatumWriter) writer, null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Writer projecting(int id, Schema classSchema, Schema latest, SpecificData model, String subject) {
      if (latest.equals(classSchema)) {
        return new Writer(id, (DatumWriter) new SpecificDatumWriter<>(classSchema, model), null);
      }
      if (SchemaCompatibility.checkReaderWriterCompatibility(latest, classSchema).getType()
          != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
        throw new SerializationException(
            "The latest schema of subject " + subject + " (id " + id + ") cannot hold records of "
                + classSchema.getFullName() + " as compiled here: " + SchemaCompatibility
                    .checkReaderWriterCompatibility(latest, classSchema).getResult().getIncompatibilities());
      }
      return new Writer(id, null, new Projection(classSchema, latest, model));
    }

    void write(Object datum, BinaryEncoder encoder) throws IOException {
      if (projection == null) {
        datumWriter.write(datum, encoder);
      } else {
        projection.write(datum, encoder);
      }
    }
  }

  /** Rewrites a record of the compiled schema as the registry's latest schema (schema resolution). */
  private record Projection(Schema from, Schema to, SpecificData model) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    void write(Object datum, BinaryEncoder encoder) throws IOException {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      BinaryEncoder direct = EncoderFactory.get().directBinaryEncoder(buffer, null);
      new SpecificDatumWriter<>(from, model).write(datum, direct);
      direct.flush();
      Object resolved =
          new GenericDatumReader<>(from, to).read(null, DecoderFactory.get().binaryDecoder(buffer.toByteArray(), null));
      new GenericDatumWriter(to).write(resolved, encoder);
    }
  }
}
