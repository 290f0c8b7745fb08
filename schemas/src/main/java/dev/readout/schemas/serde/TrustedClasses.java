package dev.readout.schemas.serde;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Tells Avro's class security validator (Avro 1.12 refuses to instantiate classes it does not
 * trust) that the generated classes of a reader schema are ours. Only the names in our own
 * reader schemas are trusted, never a name taken from a writer schema found in the registry.
 */
public final class TrustedClasses {

  private static final Set<String> TRUSTED = ConcurrentHashMap.newKeySet();
  private static volatile boolean installed;

  private TrustedClasses() {}

  /** Trusts the named types (records, enums, fixed) of one of our own reader schemas. */
  public static void trustNamedTypesOf(Schema readerSchema) {
    if (installed && TRUSTED.contains(readerSchema.getFullName())) {
      return;
    }
    Set<String> names = new HashSet<>();
    collect(readerSchema, names, new HashSet<>());
    TRUSTED.addAll(names);
    install();
  }

  private static synchronized void install() {
    if (!installed) {
      ClassSecurityValidator.setGlobal(
          ClassSecurityValidator.composite(
              ClassSecurityValidator.getGlobal(), type -> TRUSTED.contains(type.getName())));
      installed = true;
    }
  }

  private static void collect(Schema schema, Set<String> names, Set<Schema> seen) {
    if (!seen.add(schema)) {
      return;
    }
    switch (schema.getType()) {
      case RECORD -> {
        names.add(schema.getFullName());
        schema.getFields().forEach(f -> collect(f.schema(), names, seen));
      }
      case ENUM, FIXED -> names.add(schema.getFullName());
      case ARRAY -> collect(schema.getElementType(), names, seen);
      case MAP -> collect(schema.getValueType(), names, seen);
      case UNION -> schema.getTypes().forEach(t -> collect(t, names, seen));
      default -> {}
    }
  }
}
