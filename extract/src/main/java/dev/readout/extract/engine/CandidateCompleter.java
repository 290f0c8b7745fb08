package dev.readout.extract.engine;

import dev.readout.extract.engine.events.Candidate;
import dev.readout.extract.engine.events.StatusClassifier;
import dev.readout.extract.engine.place.PlaceFinder;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.time.DateMention;
import dev.readout.extract.engine.time.DateResolver;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
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
      if (c.location == null && c.type != EventType.CALL) {
        c.location = places.find(doc, s.from(), s.to(), c.trigger); // a call happens nowhere
      }
      c.confidence = interactionConfidence(c);
    }
    DateMention anchor = leadDate(doc, published);
    for (Candidate c : statements) {
      Sentence s = doc.sentences().get(c.sentence);
      c.status = EventStatus.OCCURRED;
      int from = attributionStart(doc, s, c);
      int to = Math.min(s.to(), Math.max(c.frameTo, c.trigger + 1));
      date(doc, c, from, to, published);
      int speakerFrom = c.speakerSpan.from();
      boolean contentBefore = c.contentFrom >= 0 && c.contentTo <= speakerFrom;
      if (c.date == null && !contentBefore && speakerFrom > s.from() && speakerFrom <= c.trigger) {
        // "On Saturday, Kellogg said": a sentence-initial adverbial before the speaker.
        date(doc, c, s.from(), speakerFrom, published);
      }
      c.location = places.find(doc, from, to, c.trigger);
      if (perfect(doc, s, c.trigger)) {
        // "has said", "has insisted": a standing position, not words of one day.
        c.confidence = statementConfidence(c);
        continue;
      }
      Candidate before = previousBySameSpeaker(statements, c);
      if (before != null && c.sentence - before.sentence <= CARRY_OVER_SENTENCES) {
        if (c.date == null && before.date != null && before.datePrecision == DatePrecision.DAY) {
          c.date = before.date;
          c.datePrecision = before.datePrecision;
          c.dateText = before.dateText;
        }
        if (c.location == null) {
          c.location = before.location;
        }
      }
      if (c.location == null) {
        c.location = occasionPlace(interactions, c);
      }
      if (c.date == null && anchor != null) {
        // Statements around the article's lead event ("met on Wednesday") were made on its day.
        c.date = anchor.date();
        c.datePrecision = anchor.precision();
        c.dateText = anchor.text();
      }
      c.confidence = statementConfidence(c);
    }
  }

  /** "has said", "have insisted": present perfect. */
  private static boolean perfect(Document doc, Sentence s, int v) {
    for (int i = v - 1; i >= s.from() && i >= v - 3; i--) {
      String w = doc.token(i).lower();
      if (w.equals("has") || w.equals("have")) {
        return true;
      }
      if (!dev.readout.extract.engine.events.StatementFinder.isAdverb(doc.token(i))) {
        return false;
      }
    }
    return false;
  }

  /** The place of an earlier meeting the speaker took part in on the same day: the same occasion. */
  private static dev.readout.schemas.avro.Place occasionPlace(List<Candidate> interactions, Candidate st) {
    for (Candidate m : interactions) {
      if (m.sentence > st.sentence || m.location == null || m.status != EventStatus.OCCURRED
          || m.type != EventType.MEETING) {
        continue;
      }
      boolean sameDay = m.date != null && (st.date == null || st.date.equals(m.date));
      if (sameDay && m.hasParticipant(st.speaker.entity())) {
        return m.location;
      }
    }
    return null;
  }

  /** Where the attribution's own words start: after the speaker and the adverbs before the verb. */
  private static int attributionStart(Document doc, Sentence s, Candidate c) {
    int v = c.trigger;
    int from = v;
    while (from > s.from() && dev.readout.extract.engine.events.StatementFinder.isAdverb(doc.token(from - 1))) {
      from--;
    }
    if (c.speakerSpan.to() <= v) {
      from = Math.max(from, c.speakerSpan.to());
    }
    return from;
  }

  /** A day named in the article's first two sentences, in the week before publication, or null. */
  private static DateMention leadDate(Document doc, LocalDate published) {
    int n = Math.min(2, doc.sentences().size());
    for (int k = 0; k < n; k++) {
      Sentence s = doc.sentences().get(k);
      for (DateMention m : DateResolver.find(doc, s.from(), s.to(), published, false)) {
        if (m.precision() == dev.readout.schemas.avro.DatePrecision.DAY && !m.date().isAfter(published)
            && !m.date().isBefore(published.minusDays(7))) {
          return m;
        }
      }
    }
    return null;
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
