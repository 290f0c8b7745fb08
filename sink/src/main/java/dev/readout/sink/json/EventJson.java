package dev.readout.sink.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON form of events and their evidence served by the sink: the Avro field names, dates as
 * {@code YYYY-MM-DD}, timestamps as ISO-8601 instants, absent values as {@code null}.
 */
public final class EventJson {

  /** One mapper for the whole sink; thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  public static ObjectNode event(Event e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.getId());
    n.put("type", e.getType().name());
    n.put("mode", e.getMode());
    n.put("status", e.getStatus().name());
    n.set("participants", actors(e.getParticipants()));
    n.set("speaker", e.getSpeaker() == null ? null : actor(e.getSpeaker()));
    n.put("quote", e.getQuote());
    n.put("date", date(e.getDate()));
    n.put("date_precision", e.getDatePrecision().name());
    n.set("location", e.getLocation() == null ? null : place(e.getLocation()));
    n.put("first_reported_at", instant(e.getFirstReportedAt()));
    n.put("last_reported_at", instant(e.getLastReportedAt()));
    n.put("mention_count", e.getMentionCount());
    n.put("source_count", e.getSourceCount());
    n.set("article_ids", strings(e.getArticleIds()));
    n.set("mention_ids", strings(e.getMentionIds()));
    n.put("confidence", e.getConfidence());
    return n;
  }

  /** A mention as evidence of its event: where it was read and the words that say so. */
  public static ObjectNode evidence(EventMention m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", m.getId());
    n.put("article_id", m.getArticleId());
    n.put("source", m.getSource());
    n.put("url", m.getUrl());
    n.put("published_at", instant(m.getPublishedAt()));
    n.put("status", m.getStatus().name());
    n.put("trigger", m.getTrigger());
    n.put("sentence", m.getSentence());
    n.put("char_start", m.getCharStart());
    n.put("char_end", m.getCharEnd());
    n.put("quote", m.getQuote());
    n.put("date_text", m.getDateText());
    n.put("confidence", m.getConfidence());
    n.put("extractor_version", m.getExtractorVersion());
    return n;
  }

  public static ObjectNode actor(Actor a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.getId());
    n.put("name", a.getName());
    n.put("kind", a.getKind().name());
    n.put("title", a.getTitle());
    n.put("country", a.getCountry());
    n.put("mention", a.getMention());
    return n;
  }

  private static ArrayNode actors(List<Actor> actors) {
    ArrayNode array = MAPPER.createArrayNode();
    actors.forEach(a -> array.add(actor(a)));
    return array;
  }

  private static ObjectNode place(Place p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", p.getName());
    n.put("country", p.getCountry());
    return n;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String instant(Instant i) {
    return i == null ? null : i.toString();
  }
}
