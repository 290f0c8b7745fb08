package dev.readout.schemas.serde;

import dev.readout.schemas.registry.SchemaRegistry;
import dev.readout.schemas.registry.SchemaRegistryConfig;
import dev.readout.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro into a specific class: the writer's schema is fetched by id (once)
 * and resolved to the class's schema, so data written with an older contract reads into the
 * current classes. Thread-safe.
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

  private final Class<T> type;
  private final Schema readerSchema;
  private final SpecificData model;
  private final Map<Integer, SpecificDatumReader<T>> readersById = new ConcurrentHashMap<>();
  private volatile SchemaRegistry registry;
  private volatile boolean isKey;

  public AvroDeserializer(Class<T> type) {
    this.type = type;
    this.model = SpecificData.getForClass(type);
    this.readerSchema = model.getSchema(type);
    TrustedClasses.trustNamedTypesOf(readerSchema);
  }

  /** A deserializer already configured against {@code registry}, for tests and tools. */
  public AvroDeserializer(Class<T> type, SchemaRegistry registry) {
    this(type);
    this.registry = registry;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.registry = SchemaRegistryConfig.from(configs).registry();
    this.isKey = isKey;
    readersById.clear();
  }

  /**
   * Readies the reader of records of {@code topic} written with this class's schema: its id under
   * the topic's subject is looked up now, so the first such record does not wait for the
   * registry. Records written with another schema still fetch theirs when they come.
   *
   * @return the id of this class's schema under the topic's subject
   * @throws SchemaRegistryException when the subject does not hold this schema (404: nothing was
   *     written with it yet) or the registry cannot be reached
   */
  public int prepare(String topic) {
    requireConfigured();
    int id = registry.lookup(Subjects.topicName(topic, isKey), readerSchema);
    readersById.computeIfAbsent(id, i -> readerFor(i, topic));
    return id;
  }

  private void requireConfigured() {
    if (registry == null) {
      throw new SerializationException(
          "The Avro deserializer of " + type.getSimpleName() + " is not configured: set "
              + SchemaRegistryConfig.URL + " in the serde configuration");
    }
  }

  @Override
  public T deserialize(String topic, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    requireConfigured();
    int id = WireFormat.schemaId(bytes, topic);
    SpecificDatumReader<T> reader = readersById.computeIfAbsent(id, i -> readerFor(i, topic));
    try {
      return reader.read(
          null,
          DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_SIZE, bytes.length - WireFormat.HEADER_SIZE, null));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Cannot read a " + type.getSimpleName() + " from topic " + topic + " written with schema id " + id
              + ": " + e.getMessage(), e);
    }
  }

  private SpecificDatumReader<T> readerFor(int id, String topic) {
    Schema writer;
    try {
      writer = registry.schemaById(id);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          (e.isNotFound() ? "Unknown schema id " + id : "Cannot fetch schema id " + id)
              + " in a record of topic " + topic + " from " + registry + ": " + e.getMessage(), e);
    }
    try {
      return new SpecificDatumReader<>(writer, readerSchema, model);
    } catch (AvroRuntimeException e) {
      throw new SerializationException(
          "Schema id " + id + " of topic " + topic + " cannot be read as " + type.getName() + ": " + e.getMessage(), e);
    }
  }
}
