package dev.readout.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads {@code <id>.json} gold files (EVENTS.md "Gold files"). Every problem is reported with the
 * file and the JSON path at fault, e.g. {@code seed-000.json: events[3].status: 'DONE' is not one
 * of [OCCURRED, PLANNED, PROPOSED]}.
 */
public final class GoldFiles {

  /** Gold files are small; anything larger is not one. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldFiles() {}

  public static GoldArticle read(Path file) {
    JsonNode root = readTree(file);
    String fallbackId = ArticleFiles.idOf(file);
    String id = text(root, "id", file, "");
    List<GoldEvent> events = new ArrayList<>();
    JsonNode array = root.get("events");
    if (array != null && !array.isNull()) {
      if (!array.isArray()) {
        throw new GoldFormatException(file, "events: expected an array");
      }
      for (int i = 0; i < array.size(); i++) {
        events.add(event(array.get(i), file, "events[" + i + "]"));
      }
    }
    return new GoldArticle(
        id == null ? fallbackId : id,
        text(root, "source", file, ""),
        text(root, "url", file, ""),
        instant(root, "published_at", file),
        events);
  }

  /** The JSON tree of a file, with a clear error for a missing, oversized or malformed file. */
  static JsonNode readTree(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new GoldFormatException(file, "no such file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new GoldFormatException(file, "larger than " + MAX_BYTES + " bytes; not a gold file");
      }
      JsonNode root = MAPPER.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        throw new GoldFormatException(file, "expected a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(
          file, "not valid JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new GoldFormatException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  static Instant instant(JsonNode node, String field, Path file) {
    String value = text(node, field, file, "");
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new GoldFormatException(file, field + ": '" + value + "' is not an ISO-8601 instant such as 2025-02-15T23:00:00Z");
    }
  }

  static String text(JsonNode node, String field, Path file, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new GoldFormatException(file, prefix + field + ": expected a string");
    }
    return value.textValue();
  }

  private static GoldEvent event(JsonNode node, Path file, String path) {
    if (!node.isObject()) {
      throw new GoldFormatException(file, path + ": expected an object");
    }
    String prefix = path + ".";
    EventType type = required(node, "type", file, prefix, EventType::valueOf, "MEETING, CALL, STATEMENT");
    EventStatus status = required(node, "status", file, prefix, EventStatus::valueOf, "OCCURRED, PLANNED, PROPOSED");
    String dateText = text(node, "date", file, prefix);
    LocalDate date;
    try {
      date = dateText == null ? null : LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw new GoldFormatException(file, prefix + "date: '" + dateText + "' is not a date YYYY-MM-DD");
    }
    String precisionText = text(node, "date_precision", file, prefix);
    DatePrecision precision = precisionText == null
        ? DatePrecision.UNKNOWN
        : required(node, "date_precision", file, prefix, DatePrecision::valueOf, "DAY, WEEK, MONTH, UNKNOWN");
    GoldPlace location = null;
    JsonNode place = node.get("location");
    if (place != null && !place.isNull()) {
      if (!place.isObject()) {
        throw new GoldFormatException(file, prefix + "location: expected {name, country} or null");
      }
      location = new GoldPlace(
          text(place, "name", file, prefix + "location."), text(place, "country", file, prefix + "location."));
    }
    String speaker = text(node, "speaker", file, prefix);
    List<String> participants = strings(node, "participants", file, prefix);
    if (type == EventType.STATEMENT && speaker == null) {
      throw new GoldFormatException(file, prefix + "speaker: a STATEMENT needs a speaker");
    }
    if (type != EventType.STATEMENT && participants.isEmpty()) {
      throw new GoldFormatException(file, prefix + "participants: a " + type + " needs participants");
    }
    JsonNode optional = node.get("optional");
    if (optional != null && !optional.isNull() && !optional.isBoolean()) {
      throw new GoldFormatException(file, prefix + "optional: expected true or false");
    }
    return new GoldEvent(
        type,
        text(node, "mode", file, prefix),
        status,
        date,
        precision,
        location,
        participants,
        strings(node, "countries", file, prefix),
        speaker,
        text(node, "speaker_country", file, prefix),
        text(node, "quote_start", file, prefix),
        text(node, "cluster", file, prefix),
        text(node, "evidence", file, prefix),
        optional != null && optional.asBoolean(false));
  }

  private static <E extends Enum<E>> E required(
      JsonNode node, String field, Path file, String prefix, Function<String, E> parse, String allowed) {
    String value = text(node, field, file, prefix);
    if (value == null) {
      throw new GoldFormatException(file, prefix + field + ": missing; one of " + allowed);
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new GoldFormatException(file, prefix + field + ": '" + value + "' is not one of " + allowed);
    }
  }

  private static List<String> strings(JsonNode node, String field, Path file, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new GoldFormatException(file, prefix + field + ": expected an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (item.isNull()) {
        continue; // countries of international organizations are null
      }
      if (!item.isTextual()) {
        throw new GoldFormatException(file, prefix + field + ": expected an array of strings");
      }
      out.add(item.textValue());
    }
    return out;
  }
}
