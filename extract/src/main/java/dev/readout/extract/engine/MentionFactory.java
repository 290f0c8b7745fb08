package dev.readout.extract.engine;

import dev.readout.extract.engine.events.Candidate;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.EventMention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns a finished candidate into an {@link EventMention} with its evidence and a deterministic id. */
final class MentionFactory {

  private MentionFactory() {}

  static EventMention build(ArticleInput article, Document doc, Candidate c) {
    Sentence s = doc.sentences().get(c.sentence);
    List<Actor> participants = new ArrayList<>();
    for (Candidate.Participant p : c.participants) {
      participants.add(p.entity().toActor(p.mention()));
    }
    int triggerStart = doc.token(c.trigger).start();
    return EventMention.newBuilder()
        .setId(id(article.id(), c, s, triggerStart))
        .setEventId(null)
        .setArticleId(article.id())
        .setSource(article.source())
        .setUrl(article.url())
        .setPublishedAt(article.publishedAt())
        .setType(c.type)
        .setMode(c.mode)
        .setStatus(c.status)
        .setParticipants(participants)
        .setSpeaker(c.speaker == null ? null : c.speaker.entity().toActor(c.speaker.mention()))
        .setQuote(c.quote)
        .setDate(c.date)
        .setDatePrecision(c.datePrecision)
        .setDateText(c.dateText)
        .setLocation(c.location)
        .setTrigger(c.triggerText)
        .setSentence(s.text(doc.text()))
        .setCharStart(s.start())
        .setCharEnd(s.end())
        .setConfidence(c.confidence)
        .setExtractorVersion(ExtractionEngine.VERSION)
        .build();
  }

  /** SHA-256 of article id, type and evidence offsets: the same article always gives the same ids. */
  private static String id(String articleId, Candidate c, Sentence s, int triggerStart) {
    StringBuilder key = new StringBuilder()
        .append(articleId).append('|').append(c.type).append('|').append(s.start()).append('|').append(s.end())
        .append('|').append(triggerStart);
    // Two visits of one sentence ("visited Tonga and Samoa") differ only by who takes part.
    c.participants.stream().map(p -> p.entity().id()).sorted().forEach(id -> key.append('|').append(id));
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return "m-" + HexFormat.of().formatHex(h, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
