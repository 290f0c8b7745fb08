package dev.readout.benchmarks;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A stream of mentions shaped like a news feed's: a few hundred actors, a quarter of them
 * prominent enough to appear everywhere, events spread over 90 days, each reported by one to six
 * articles with varying dates, participants and wording. Seeded, so every run fuses the same input.
 */
final class SyntheticMentions {

  private static final String[] WORDS = (
      "peace talks sanctions ceasefire security guarantees territory negotiations energy grain "
          + "corridor prisoners exchange troops border reconstruction aid missiles drones summit "
          + "agreement framework sovereignty elections reforms tariffs trade investment dialogue")
      .split(" ");
  private static final String[] COUNTRIES = {"USA", "RUS", "UKR", "CHN", "FRA", "DEU", "GBR", "IND", "SAU", "TUR"};
  private static final LocalDate START = LocalDate.parse("2025-01-01");

  private SyntheticMentions() {}

  static List<EventMention> generate(int count, long seed) {
    Random random = new Random(seed);
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      actors.add(new Actor("person:actor-" + i, "Actor " + i, ActorKind.PERSON, "Minister",
          COUNTRIES[i % COUNTRIES.length], "Actor " + i));
    }
    List<EventMention> mentions = new ArrayList<>(count);
    int event = 0;
    while (mentions.size() < count) {
      EventType type = EventType.values()[random.nextInt(3)];
      int day = random.nextInt(90);
      List<Actor> participants = new ArrayList<>();
      int size = 2 + random.nextInt(2);
      while (participants.size() < size) {
        // A quarter of the actors take part in most events, as heads of state do.
        Actor actor = actors.get(random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(75));
        if (!participants.contains(actor)) {
          participants.add(actor);
        }
      }
      String quote = quote(random, 12);
      int reports = 1 + random.nextInt(6);
      for (int r = 0; r < reports && mentions.size() < count; r++) {
        mentions.add(mention(type, event, r, day, participants, quote, random));
      }
      event++;
    }
    return mentions;
  }

  private static EventMention mention(
      EventType type, int event, int report, int day, List<Actor> participants, String quote, Random random) {
    boolean dated = random.nextInt(4) > 0;
    LocalDate date = START.plusDays(day + (random.nextInt(3) == 0 ? random.nextInt(3) - 1 : 0));
    Instant published = START.plusDays(day + random.nextInt(3)).atStartOfDay(ZoneOffset.UTC).toInstant()
        .plusSeconds(random.nextInt(86_400));
    EventMention m = new EventMention();
    m.setId("art-" + event + "-" + report + "-m" + random.nextInt(5));
    m.setEventId(null);
    m.setArticleId("art-" + event + "-" + report);
    m.setSource("Source " + random.nextInt(20));
    m.setUrl(null);
    m.setPublishedAt(published);
    m.setType(type);
    m.setMode(null);
    m.setStatus(EventStatus.values()[random.nextInt(3)]);
    // Reports differ in whom they name: some drop the last participant.
    m.setParticipants(type == EventType.STATEMENT ? List.of()
        : participants.subList(0, random.nextBoolean() ? participants.size() : participants.size() - 1));
    m.setSpeaker(type == EventType.STATEMENT ? participants.getFirst() : null);
    m.setQuote(type == EventType.STATEMENT ? quote.substring(0, quote.length() / 2 + random.nextInt(quote.length() / 2)) : null);
    m.setDate(dated ? date : null);
    m.setDatePrecision(dated ? DatePrecision.DAY : DatePrecision.UNKNOWN);
    m.setDateText(null);
    m.setLocation(null);
    m.setTrigger("met");
    m.setSentence("A synthetic sentence.");
    m.setCharStart(0);
    m.setCharEnd(21);
    m.setConfidence(0.5 + random.nextDouble() / 2);
    m.setExtractorVersion("synthetic");
    return m;
  }

  private static String quote(Random random, int words) {
    StringBuilder quote = new StringBuilder();
    for (int i = 0; i < words; i++) {
      quote.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return quote.toString();
  }
}
