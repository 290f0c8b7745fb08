package dev.readout.extract.engine;

import dev.readout.extract.engine.events.Candidate;
import dev.readout.extract.engine.events.StatusClassifier;
import dev.readout.extract.engine.place.PlaceFinder;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.time.DateMention;
import dev.readout.extract.engine.time.DateResolver;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * The status, date, place and confidence stages: fills in what a candidate's sentence says about
 * when and where, and how sure the engine is.
 */
final class CandidateCompleter {

  /** How many sentences back a statement may inherit the date and place of its speaker's previous one. */
  private static final int CARRY_OVER_SENTENCES = 3;

  private final PlaceFinder places;

  CandidateCompleter(PlaceFinder places) {
    this.places = places;
  }

  void complete(Document doc, List<Candidate> statements, List<Candidate> interactions, LocalDate published) {
    for (Candidate c : interactions) {
      Sentence s = doc.sentences().get(c.sentence);
      c.status = StatusClassifier.classify(doc, s, c.trigger);
      date(doc, c, s.from(), s.to(), published);
      c.location = places.find(doc, s.from(), s.to(), c.trigger);
      c.confidence = interactionConfidence(c);
    }
    Candidate previous = null;
    for (Candidate c : statements) {
      Sentence s = doc.sentences().get(c.sentence);
      c.status = EventStatus.OCCURRED;
      int from = Math.max(s.from(), Math.min(c.frameFrom, c.trigger));
      int to = Math.min(s.to(), Math.max(c.frameTo, c.trigger + 1));
      date(doc, c, from, to, published);
      if (c.date == null && c.contentFrom >= 0 && c.contentFrom > s.from() && c.contentTo <= s.to()) {
        // "On Saturday, Kellogg said": the date before the attribution, outside the content.
        date(doc, c, s.from(), Math.min(from, c.contentFrom), published);
      }
      c.location = places.find(doc, from, to, c.trigger);
      Candidate before = previousBySameSpeaker(statements, c);
      if (before != null && c.sentence - before.sentence <= CARRY_OVER_SENTENCES) {
        if (c.date == null && before.date != null) {
          c.date = before.date;
          c.datePrecision = before.datePrecision;
          c.dateText = before.dateText;
        }
        if (c.location == null) {
          c.location = before.location;
        }
      }
      c.confidence = statementConfidence(c);
      previous = c;
    }
  }

  private static Candidate previousBySameSpeaker(List<Candidate> statements, Candidate c) {
    Candidate found = null;
    for (Candidate k : statements) {
      if (k == c) {
        break;
      }
      if (k.speaker.entity().id().equals(c.speaker.entity().id())) {
        found = k;
      }
    }
    return found;
  }

  private static void date(Document doc, Candidate c, int from, int to, LocalDate published) {
    boolean future = c.type != EventType.STATEMENT && c.status != EventStatus.OCCURRED;
    List<DateMention> found = DateResolver.find(doc, from, to, published, future);
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention m : found) {
      int d = m.from() >= c.trigger ? m.from() - c.trigger : c.trigger - m.to() + 1;
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    if (best != null) {
      c.date = best.date();
      c.datePrecision = best.precision();
      c.dateText = best.text();
    }
  }

  private static double interactionConfidence(Candidate c) {
    double conf = 0.55;
    long known = c.participants.stream().filter(p -> p.entity().known() || p.entity().title() != null).count();
    conf += 0.1 * Math.min(known, 3);
    if (c.status != EventStatus.OCCURRED) {
      conf -= 0.05;
    }
    if (c.type == EventType.CALL) {
      conf += 0.05;
    }
    return round(Math.min(conf, 0.95));
  }

  private static double statementConfidence(Candidate c) {
    double conf = 0.6;
    var e = c.speaker.entity();
    if (e.known() || e.title() != null || e.kind() != ActorKind.PERSON) {
      conf += 0.2;
    }
    if ("DIRECT_QUOTE".equals(c.mode)) {
      conf += 0.1;
    }
    if (c.speakerSpan != null && c.speakerSpan.form() != dev.readout.extract.engine.actors.ActorSpan.Form.NAME
        && c.speakerSpan.form() != dev.readout.extract.engine.actors.ActorSpan.Form.BODY) {
      conf -= 0.1;
    }
    return round(Math.min(conf, 0.95));
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
