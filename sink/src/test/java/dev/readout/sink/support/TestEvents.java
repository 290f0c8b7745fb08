package dev.readout.sink.support;

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
import java.util.List;
import java.util.Locale;

/** Events, actors and mentions for tests, with plausible defaults. */
public final class TestEvents {

  public static final Actor RUBIO = person("Marco Rubio", "Secretary of State", "USA");
  public static final Actor LAVROV = person("Sergey Lavrov", "Foreign Minister", "RUS");
  public static final Actor TRUMP = person("Donald Trump", "President", "USA");
  public static final Actor PUTIN = person("Vladimir Putin", "President", "RUS");
  public static final Actor ZELENSKYY = person("Volodymyr Zelenskyy", "President", "UKR");

  private TestEvents() {}

  public static Actor person(String name, String title, String country) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return Actor.newBuilder().setId("person:" + slug).setName(name).setKind(ActorKind.PERSON)
        .setTitle(title).setCountry(country).setMention(name).build();
  }

  /** A meeting or call between the actors, reported at {@code reportedAt}. */
  public static Event.Builder event(String id, EventType type, Instant reportedAt, Actor... participants) {
    return Event.newBuilder()
        .setId(id)
        .setType(type)
        .setMode(type == EventType.CALL ? "PHONE" : type == EventType.MEETING ? "BILATERAL" : "DIRECT_QUOTE")
        .setStatus(EventStatus.OCCURRED)
        .setParticipants(List.of(participants))
        .setDate(LocalDate.ofInstant(reportedAt, java.time.ZoneOffset.UTC))
        .setDatePrecision(DatePrecision.DAY)
        .setLocation(type == EventType.MEETING ? new Place("Riyadh", "SAU") : null)
        .setFirstReportedAt(reportedAt)
        .setLastReportedAt(reportedAt)
        .setMentionCount(1)
        .setSourceCount(1)
        .setArticleIds(List.of("art-" + id))
        .setMentionIds(List.of("m-" + id))
        .setConfidence(0.9);
  }

  /** A statement by the speaker. */
  public static Event.Builder statement(String id, Instant reportedAt, Actor speaker, String quote) {
    return event(id, EventType.STATEMENT, reportedAt).setSpeaker(speaker).setQuote(quote);
  }

  /** The mention {@code m-<eventId>} that {@link #event} names as its evidence. */
  public static EventMention.Builder mention(String eventId, Instant publishedAt) {
    return EventMention.newBuilder()
        .setId("m-" + eventId)
        .setArticleId("art-" + eventId)
        .setSource("Example News")
        .setUrl("https://news.example/" + eventId)
        .setPublishedAt(publishedAt)
        .setType(EventType.MEETING)
        .setStatus(EventStatus.OCCURRED)
        .setParticipants(List.of(RUBIO, LAVROV))
        .setTrigger("met")
        .setSentence("Rubio met Lavrov in Riyadh on Tuesday.")
        .setCharStart(0)
        .setCharEnd(38)
        .setConfidence(0.9)
        .setExtractorVersion("test");
  }
}
