package dev.readout.example.consumer;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events as the extract service writes them, for the tests. */
final class Events {

  private Events() {}

  static Actor person(String name, String country) {
    return Actor.newBuilder().setId("person:" + name.toLowerCase().replace(' ', '-')).setName(name)
        .setKind(ActorKind.PERSON).setCountry(country).build();
  }

  static Event montevideoMeeting() {
    return Event.newBuilder()
        .setId("meeting-2026-02-20-bra-arg")
        .setType(EventType.MEETING).setMode("BILATERAL").setStatus(EventStatus.OCCURRED)
        .setParticipants(List.of(person("Helena Duarte", "BRA"), person("Martín Ocampo", "ARG")))
        .setDate(LocalDate.parse("2026-02-20")).setDatePrecision(DatePrecision.DAY)
        .setLocation(Place.newBuilder().setName("Montevideo").setCountry("URY").build())
        .setFirstReportedAt(Instant.parse("2026-02-04T14:20:00Z"))
        .setLastReportedAt(Instant.parse("2026-02-20T21:15:00Z"))
        .setMentionCount(3).setSourceCount(2)
        .setArticleIds(List.of("feed-la-01", "feed-la-03"))
        .setConfidence(0.9)
        .build();
  }

  static Event statement() {
    return Event.newBuilder()
        .setId("statement-2026-03-03-aydin")
        .setType(EventType.STATEMENT).setMode("DIRECT_QUOTE").setStatus(EventStatus.OCCURRED)
        .setSpeaker(person("Selim Aydın", "TUR"))
        .setQuote("Water must be a source of cooperation, not conflict")
        .setDate(LocalDate.parse("2026-03-03")).setDatePrecision(DatePrecision.DAY)
        .setFirstReportedAt(Instant.parse("2026-03-03T12:50:00Z"))
        .setLastReportedAt(Instant.parse("2026-03-03T12:50:00Z"))
        .setMentionCount(1).setSourceCount(1)
        .setConfidence(0.8)
        .build();
  }
}
