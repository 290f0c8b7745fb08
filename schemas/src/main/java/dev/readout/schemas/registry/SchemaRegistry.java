package dev.readout.schemas.registry;

import java.util.Map;
import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API that Readout uses, common to Confluent Schema
 * Registry, Apicurio Registry ({@code /apis/ccompat/v7}), Karapace and Redpanda.
 *
 * <p>Implementations are thread-safe and cache what never changes (an id's schema, a subject's id
 * for a schema), so the serde's hot path makes no remote call. Failures are {@link
 * SchemaRegistryException}s carrying the registry's status and error code.
 */
public interface SchemaRegistry {

  /** Registers {@code schema} under {@code subject} (or finds it there) and returns its global id. */
  int register(String subject, Schema schema);

  /** The id of {@code schema} already registered under {@code subject}; 404 when it is not. */
  int lookup(String subject, Schema schema);

  /** The schema with a global id; 404 (error code 40403) when unknown. */
  Schema schemaById(int id);

  /** The latest version registered under {@code subject}; 404 (error code 40401) when none. */
  RegisteredSchema latest(String subject);

  /** Whether {@code schema} may be registered under {@code subject} under its compatibility level. */
  boolean isCompatible(String subject, Schema schema);

  /** The registry-wide compatibility level. */
  Compatibility compatibility();

  /** Sets the registry-wide compatibility level. */
  void setCompatibility(Compatibility level);

  /**
   * The registry that {@code config} names: the in-memory {@link MockSchemaRegistry} of a scope for
   * {@code mock://<scope>}, else a {@link SchemaRegistryClient}, shared by every caller with the
   * same settings.
   */
  static SchemaRegistry fromConfig(Map<String, ?> config) {
    return SchemaRegistryConfig.from(config).registry();
  }
}
