package dev.readout.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * An in-memory registry for tests, named by {@code schema.registry.url=mock://<scope>} as in
 * Confluent's serde: every serde and client of a scope in this JVM shares it; ids are given in
 * order from 1, the same schema gets the same id in every subject; compatibility is enforced
 * (default {@link Compatibility#BACKWARD}, as a fresh Confluent registry) with the same 409 and
 * 404 errors as a real registry.
 *
 * <pre>{@code
 * Topics topics = new Topics(Map.of("schema.registry.url", "mock://ingest-test"));
 * ...
 * MockSchemaRegistry.dropScope("ingest-test"); // after the test
 * }</pre>
 */
public final class MockSchemaRegistry implements SchemaRegistry {

  private static final Map<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();

  private final String scope;
  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<Schema, Integer> idsBySchema = new HashMap<>();
  private final Map<String, List<Schema>> versionsBySubject = new HashMap<>();
  private Compatibility compatibility = Compatibility.BACKWARD;

  private MockSchemaRegistry(String scope) {
    this.scope = scope;
  }

  /** The registry of a scope, created empty on first use. */
  public static MockSchemaRegistry forScope(String scope) {
    return SCOPES.computeIfAbsent(scope, MockSchemaRegistry::new);
  }

  /** Forgets a scope, so that a later test starts from an empty registry. */
  public static void dropScope(String scope) {
    SCOPES.remove(scope);
  }

  @Override
  public synchronized int register(String subject, Schema schema) {
    List<Schema> versions = versionsBySubject.getOrDefault(subject, List.of());
    if (versions.contains(schema)) {
      return idsBySchema.get(schema);
    }
    if (!compatibility.allows(schema, versions)) {
      throw new SchemaRegistryException(
          409, SchemaRegistryException.INCOMPATIBLE_SCHEMA,
          "Schema being registered is incompatible with an earlier schema for subject \"" + subject
              + "\" under " + compatibility + " (mock://" + scope + ")");
    }
    int id = idsBySchema.computeIfAbsent(schema, s -> idsBySchema.size() + 1);
    schemasById.put(id, schema);
    versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(schema);
    return id;
  }

  @Override
  public synchronized int lookup(String subject, Schema schema) {
    List<Schema> versions = versions(subject);
    if (!versions.contains(schema)) {
      throw new SchemaRegistryException(
          404, SchemaRegistryException.SCHEMA_NOT_FOUND,
          "Schema not found under subject \"" + subject + "\" (mock://" + scope + ")");
    }
    return idsBySchema.get(schema);
  }

  @Override
  public synchronized Schema schemaById(int id) {
    Schema schema = schemasById.get(id);
    if (schema == null) {
      throw new SchemaRegistryException(
          404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + id + " not found (mock://" + scope + ")");
    }
    return schema;
  }

  @Override
  public synchronized RegisteredSchema latest(String subject) {
    List<Schema> versions = versions(subject);
    Schema schema = versions.getLast();
    return new RegisteredSchema(subject, versions.size(), idsBySchema.get(schema), schema);
  }

  @Override
  public synchronized boolean isCompatible(String subject, Schema schema) {
    return compatibility.allows(schema, versionsBySubject.getOrDefault(subject, List.of()));
  }

  @Override
  public synchronized Compatibility compatibility() {
    return compatibility;
  }

  @Override
  public synchronized void setCompatibility(Compatibility level) {
    this.compatibility = level;
  }

  /** The subjects registered in this scope, for assertions. */
  public synchronized List<String> subjects() {
    return versionsBySubject.keySet().stream().sorted().toList();
  }

  private List<Schema> versions(String subject) {
    List<Schema> versions = versionsBySubject.get(subject);
    if (versions == null || versions.isEmpty()) {
      throw new SchemaRegistryException(
          404, SchemaRegistryException.SUBJECT_NOT_FOUND,
          "Subject '" + subject + "' not found (mock://" + scope + ")");
    }
    return versions;
  }

  @Override
  public String toString() {
    return "MockSchemaRegistry[mock://" + scope + "]";
  }
}
