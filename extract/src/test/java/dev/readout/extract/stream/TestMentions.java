package dev.readout.extract.stream;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Builders of the articles and mentions the stream tests feed. */
final class TestMentions {

  private TestMentions() {}

  static Actor person(String name, String country) {
    return Actor.newBuilder()
        .setId("person:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'))
        .setName(name)
        .setKind(ActorKind.PERSON)
        .setCountry(country)
        .build();
  }

  static EventMention mention(
      String id, String articleId, Instant publishedAt, EventType type, EventStatus status, LocalDate date, Actor... actors) {
    EventMention.Builder builder = EventMention.newBuilder()
        .setId(id)
        .setArticleId(articleId)
        .setSource("Test Wire")
        .setPublishedAt(publishedAt)
        .setType(type)
        .setStatus(status)
        .setDate(date)
        .setDatePrecision(date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
        .setTrigger("met")
        .setSentence("A sentence about " + id + ".")
        .setCharStart(0)
        .setCharEnd(10)
        .setConfidence(0.9)
        .setExtractorVersion("test");
    if (type == EventType.STATEMENT) {
      builder.setSpeaker(actors[0]).setQuote("words of " + actors[0].getName());
    } else {
      builder.setParticipants(Arrays.asList(actors));
    }
    return builder.build();
  }

  static Article article(String id, Instant publishedAt) {
    return article(id, publishedAt, null);
  }

  static Article article(String id, Instant publishedAt, String duplicateOf) {
    return Article.newBuilder()
        .setId(id)
        .setSource("Test Wire")
        .setPublishedAt(publishedAt)
        .setIngestedAt(publishedAt)
        .setLanguage("eng")
        .setText("Text of " + id + ".")
        .setContentHash("hash-" + id)
        .setDuplicateOf(duplicateOf)
        .build();
  }

  private static final List<Actor> CAST = List.of(
      person("Donald Trump", "USA"), person("Vladimir Putin", "RUS"), person("Volodymyr Zelenskyy", "UKR"),
      person("Marco Rubio", "USA"), person("Sergey Lavrov", "RUS"), person("Emmanuel Macron", "FRA"),
      person("Olaf Scholz", "DEU"), person("Xi Jinping", "CHN"), person("Narendra Modi", "IND"),
      person("Cyril Ramaphosa", "ZAF"), person("Luiz Inacio Lula da Silva", "BRA"), person("Fumio Kishida", "JPN"));

  /**
   * One to three mentions of an article, a pure function of its id: the same article always
   * gives the same mentions, as the engine does, and enough overlap across articles to fuse.
   */
  static List<EventMention> synthetic(String articleId, Instant publishedAt) {
    java.util.Random random = new java.util.Random(articleId.hashCode());
    LocalDate day = LocalDate.parse("2025-02-12");
    List<EventMention> found = new java.util.ArrayList<>();
    for (int m = 0; m < 1 + random.nextInt(3); m++) {
      EventType type = EventType.values()[random.nextInt(3)];
      Actor first = CAST.get(random.nextInt(CAST.size()));
      Actor second = CAST.get(random.nextInt(CAST.size()));
      LocalDate date = random.nextInt(4) == 0 ? null : day.plusDays(random.nextInt(20));
      EventStatus status = EventStatus.values()[random.nextInt(3)];
      found.add(mention("men-" + articleId + "-" + m, articleId, publishedAt, type, status, date, first, second));
    }
    return found;
  }

  static List<String> ids(List<EventMention> mentions) {
    return mentions.stream().map(EventMention::getId).toList();
  }
}
