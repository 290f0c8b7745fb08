package dev.readout.extract.json;

import dev.readout.schemas.AvroContracts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * The JSON form of mentions and events: one object per record, keyed by the Avro field names
 * ({@code id}, {@code event_id}, {@code participants: [{id,name,kind,...}]}), dates as
 * {@code YYYY-MM-DD}, timestamps as ISO-8601 instants, enums as their symbols, nulls kept.
 *
 * <p>Driven by the Avro schema rather than by hand-written field lists, so a field added to the
 * contract appears in the JSON without touching this class. Reading accepts what writing
 * produces; unknown fields are rejected so typos in hand-written files do not pass silently.
 */
public final class RecordJson {

  static {
    // Builds and copies records outside any deserializer: see AvroContracts.trust().
    AvroContracts.trust();
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /*
   * Records and enums are made here rather than through SpecificData, whose reflective class
   * lookup Avro 1.12's class security validator refuses for our classes unless a deserializer has
   * been created first in the same JVM.
   */
  private static final Map<String, Supplier<SpecificRecord>> RECORDS = Map.of(
      EventMention.getClassSchema().getFullName(), EventMention::new,
      Event.getClassSchema().getFullName(), Event::new,
      Actor.getClassSchema().getFullName(), Actor::new,
      Place.getClassSchema().getFullName(), Place::new);

  private static final Map<String, Function<String, Object>> ENUMS = Map.of(
      EventType.getClassSchema().getFullName(), EventType::valueOf,
      EventStatus.getClassSchema().getFullName(), EventStatus::valueOf,
      DatePrecision.getClassSchema().getFullName(), DatePrecision::valueOf,
      ActorKind.getClassSchema().getFullName(), ActorKind::valueOf);

  private RecordJson() {}

  /** The mapper used for reading and writing; shared, thread-safe. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toNode(SpecificRecord record) {
    return (ObjectNode) write(record.getSchema(), record);
  }

  /** One line of JSON (no line breaks inside), as printed by {@code readout extract}. */
  public static String toLine(SpecificRecord record) {
    try {
      return MAPPER.writeValueAsString(toNode(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + record.getSchema().getName() + " as JSON", e);
    }
  }

  public static ArrayNode toArray(Collection<? extends SpecificRecord> records) {
    ArrayNode array = NODES.arrayNode();
    records.forEach(r -> array.add(toNode(r)));
    return array;
  }

  public static EventMention mention(JsonNode node) {
    return (EventMention) read(EventMention.getClassSchema(), node, "mention");
  }

  public static EventMention mention(String json) {
    return mention(parse(json));
  }

  public static Event event(JsonNode node) {
    return (Event) read(Event.getClassSchema(), node, "event");
  }

  public static Event event(String json) {
    return event(parse(json));
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode write(Schema schema, Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    return switch (schema.getType()) {
      case UNION -> write(nonNullBranch(schema), value);
      case RECORD -> {
        SpecificRecord record = (SpecificRecord) value;
        ObjectNode object = NODES.objectNode();
        for (Schema.Field field : schema.getFields()) {
          object.set(field.name(), write(field.schema(), record.get(field.pos())));
        }
        yield object;
      }
      case ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        for (Object item : (Collection<?>) value) {
          array.add(write(schema.getElementType(), item));
        }
        yield array;
      }
      case ENUM, STRING -> NODES.textNode(value.toString());
      case INT -> value instanceof LocalDate date
          ? NODES.textNode(date.toString())
          : NODES.numberNode((Integer) value);
      case LONG -> value instanceof Instant instant
          ? NODES.textNode(instant.toString())
          : NODES.numberNode((Long) value);
      case DOUBLE -> NODES.numberNode((Double) value);
      case FLOAT -> NODES.numberNode((Float) value);
      case BOOLEAN -> NODES.booleanNode((Boolean) value);
      default -> throw new IllegalStateException("no JSON form for Avro type " + schema.getType());
    };
  }

  // Readout's contracts only use ["null", X] unions.
  private static Schema nonNullBranch(Schema union) {
    for (Schema branch : union.getTypes()) {
      if (branch.getType() != Schema.Type.NULL) {
        return branch;
      }
    }
    throw new IllegalStateException("union without a non-null branch: " + union);
  }

  private static Object read(Schema schema, JsonNode node, String path) {
    if (schema.getType() == Schema.Type.UNION) {
      if (node == null || node.isNull()) {
        return null;
      }
      return read(nonNullBranch(schema), node, path);
    }
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException(path + ": required, but missing or null");
    }
    return switch (schema.getType()) {
      case RECORD -> readRecord(schema, node, path);
      case ARRAY -> {
        if (!node.isArray()) {
          throw new IllegalArgumentException(path + ": expected an array");
        }
        List<Object> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
          items.add(read(schema.getElementType(), node.get(i), path + "[" + i + "]"));
        }
        yield items;
      }
      case ENUM -> {
        String symbol = text(node, path);
        if (!schema.hasEnumSymbol(symbol)) {
          throw new IllegalArgumentException(
              path + ": '" + symbol + "' is not one of " + schema.getEnumSymbols());
        }
        yield enumOf(schema, symbol);
      }
      case STRING -> text(node, path);
      case INT -> {
        if ("date".equals(logicalType(schema))) {
          try {
            yield LocalDate.parse(text(node, path));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": expected a date YYYY-MM-DD", e);
          }
        }
        yield number(node, path).intValue();
      }
      case LONG -> {
        if ("timestamp-millis".equals(logicalType(schema))) {
          try {
            yield Instant.parse(text(node, path));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": expected an ISO-8601 instant", e);
          }
        }
        yield number(node, path).longValue();
      }
      case DOUBLE -> number(node, path).doubleValue();
      case FLOAT -> number(node, path).floatValue();
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          throw new IllegalArgumentException(path + ": expected true or false");
        }
        yield node.booleanValue();
      }
      default -> throw new IllegalStateException("no JSON form for Avro type " + schema.getType());
    };
  }

  private static Object readRecord(Schema schema, JsonNode node, String path) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + ": expected an object");
    }
    node.fieldNames().forEachRemaining(name -> {
      if (schema.getField(name) == null) {
        throw new IllegalArgumentException(path + ": unknown field '" + name + "'");
      }
    });
    Supplier<SpecificRecord> constructor = RECORDS.get(schema.getFullName());
    if (constructor == null) {
      throw new IllegalStateException("no JSON reader for record " + schema.getFullName());
    }
    SpecificRecord record = constructor.get();
    for (Schema.Field field : schema.getFields()) {
      JsonNode value = node.get(field.name());
      if (value == null && field.hasDefaultValue()) {
        record.put(field.pos(), defaultOf(field));
      } else {
        record.put(field.pos(), read(field.schema(), value, path + "." + field.name()));
      }
    }
    return record;
  }

  /*
   * Avro's own getDefaultValue refuses our generated classes until its class security validator
   * trusts them; Readout's defaults are only null, [] and enum symbols, built here instead.
   */
  private static Object defaultOf(Schema.Field field) {
    Object value = field.defaultVal();
    if (value == null || value == org.apache.avro.JsonProperties.NULL_VALUE) {
      return null;
    }
    return switch (field.schema().getType()) {
      case ARRAY -> new ArrayList<>();
      case ENUM -> enumOf(field.schema(), value.toString());
      case STRING -> value.toString();
      default -> throw new IllegalStateException("unsupported default for " + field.name());
    };
  }

  private static Object enumOf(Schema schema, String symbol) {
    Function<String, Object> valueOf = ENUMS.get(schema.getFullName());
    if (valueOf == null) {
      throw new IllegalStateException("no JSON reader for enum " + schema.getFullName());
    }
    return valueOf.apply(symbol);
  }

  private static String logicalType(Schema schema) {
    return schema.getLogicalType() == null ? null : schema.getLogicalType().getName();
  }

  private static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException(path + ": expected a string");
    }
    return node.textValue();
  }

  private static Number number(JsonNode node, String path) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException(path + ": expected a number");
    }
    return node.numberValue();
  }
}
