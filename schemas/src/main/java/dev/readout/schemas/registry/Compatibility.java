package dev.readout.schemas.registry;

import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/** Schema Registry compatibility levels, named as every Confluent-compatible registry names them. */
public enum Compatibility {
  NONE,
  BACKWARD,
  BACKWARD_TRANSITIVE,
  FORWARD,
  FORWARD_TRANSITIVE,
  FULL,
  FULL_TRANSITIVE;

  /** The level named {@code name}, case-insensitively, with the known levels listed when unknown. */
  public static Compatibility parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "Unknown compatibility level '" + name + "'; one of " + List.of(values()), e);
    }
  }

  /**
   * Whether {@code candidate} may follow {@code versions} (oldest first) under this level: backward
   * means the candidate reads data written with the earlier schemas, forward the reverse.
   */
  public boolean allows(Schema candidate, List<Schema> versions) {
    if (this == NONE || versions.isEmpty()) {
      return true;
    }
    boolean transitive = name().endsWith("_TRANSITIVE");
    List<Schema> against = transitive ? versions : List.of(versions.getLast());
    boolean backward = this != FORWARD && this != FORWARD_TRANSITIVE;
    boolean forward = this != BACKWARD && this != BACKWARD_TRANSITIVE;
    for (Schema earlier : against) {
      if (backward && !canRead(candidate, earlier)) {
        return false;
      }
      if (forward && !canRead(earlier, candidate)) {
        return false;
      }
    }
    return true;
  }

  private static boolean canRead(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
        == SchemaCompatibilityType.COMPATIBLE;
  }
}
