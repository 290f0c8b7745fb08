package dev.readout.extract.testing;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Builds mentions for tests the way the engine would, with only what a test cares about spelled
 * out. Every field is set: Avro 1.12 refuses to build defaults of our record types until its class
 * security validator trusts them, which only the serde arranges.
 */
public final class Mentions {

  private Mentions() {}

  public static Actor person(String name, String country) {
    return Actor.newBuilder()
        .setId("person:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'))
        .setName(name)
        .setKind(ActorKind.PERSON)
        .setTitle(null)
        .setCountry(country)
        .setMention(name)
        .build();
  }

  public static Actor organization(String name, String country) {
    return Actor.newBuilder()
        .setId("org:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'))
        .setName(name)
        .setKind(ActorKind.ORGANIZATION)
        .setTitle(null)
        .setCountry(country)
        .setMention(name)
        .build();
  }

  public static EventMention.Builder base(String id, String articleId, EventType type, String published) {
    return EventMention.newBuilder()
        .setId(id)
        .setEventId(null)
        .setArticleId(articleId)
        .setSource("Test Wire")
        .setUrl(null)
        .setMode(null)
        .setParticipants(List.of())
        .setSpeaker(null)
        .setQuote(null)
        .setDate(null)
        .setDateText(null)
        .setLocation(null)
        .setPublishedAt(Instant.parse(published))
        .setType(type)
        .setStatus(EventStatus.OCCURRED)
        .setDatePrecision(DatePrecision.UNKNOWN)
        .setTrigger("met")
        .setSentence("A sentence of " + articleId + ".")
        .setCharStart(0)
        .setCharEnd(10)
        .setConfidence(0.8)
        .setExtractorVersion("test");
  }

  public static EventMention meeting(String id, String articleId, String published, LocalDate date, Actor... participants) {
    return base(id, articleId, EventType.MEETING, published)
        .setParticipants(List.of(participants))
        .setDate(date)
        .setDatePrecision(date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
        .build();
  }

  public static EventMention call(String id, String articleId, String published, LocalDate date, Actor... participants) {
    return base(id, articleId, EventType.CALL, published)
        .setTrigger("spoke by phone")
        .setParticipants(List.of(participants))
        .setDate(date)
        .setDatePrecision(date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
        .build();
  }

  public static EventMention statement(String id, String articleId, String published, LocalDate date, Actor speaker, String quote) {
    return base(id, articleId, EventType.STATEMENT, published)
        .setTrigger("said")
        .setSpeaker(speaker)
        .setQuote(quote)
        .setDate(date)
        .setDatePrecision(date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
        .build();
  }

  /** A copy changed by {@code change}; Avro's copy builder cannot be used (see the class comment). */
  public static EventMention with(EventMention mention, java.util.function.Consumer<EventMention> change) {
    EventMention copy = new EventMention();
    for (int i = 0; i < mention.getSchema().getFields().size(); i++) {
      copy.put(i, mention.get(i));
    }
    change.accept(copy);
    return copy;
  }

  public static Place place(String name, String country) {
    return new Place(name, country);
  }
}
