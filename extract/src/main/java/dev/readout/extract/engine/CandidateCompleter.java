package dev.readout.extract.engine;

import dev.readout.extract.engine.events.Candidate;
import dev.readout.extract.engine.events.StatusClassifier;
import dev.readout.extract.engine.place.PlaceFinder;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.time.DateMention;
import dev.readout.extract.engine.time.DateResolver;
import dev.readout.extract.engine.time.OccasionContext;
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
  /** Meetings in the article's first sentences share the lead's date when they give none. */
  private static final int LEAD_SENTENCES = 4;
  /** How far back a meeting may lie for words placed at it ("said after the talks") to take its date. */
  private static final int OCCASION_SENTENCES = 8;

  private final PlaceFinder places;

  CandidateCompleter(PlaceFinder places) {
    this.places = places;
  }

  void complete(Document doc, List<Candidate> statements, List<Candidate> interactions, LocalDate published) {
    complete(doc, List.of(), statements, interactions, published);
  }

  /**
   * @param actors the actor mentions of each sentence (empty: statements are then not dated by who
   *     they name)
   */
  void complete(Document doc, List<List<dev.readout.extract.engine.actors.ActorSpan>> actors,
      List<Candidate> statements, List<Candidate> interactions, LocalDate published) {
    DateMention lead = leadDate(doc, published);
    for (Candidate c : interactions) {
      Sentence s = doc.sentences().get(c.sentence);
      c.status = StatusClassifier.classify(doc, s, c.trigger);
      if (anaphoric(doc, s, c)) {
        // "said after the meeting that ... a proposal floated earlier this month": "the meeting" is
        // one already told, so only a date right at it ("the talks on Thursday") is its own.
        date(doc, c, Math.max(s.from(), c.trigger - ANAPHOR_REACH), Math.min(s.to(), c.trigger + ANAPHOR_REACH + 1),
            published);
        Candidate told = c.date == null ? toldBefore(interactions, c) : null;
        if (told != null) {
          c.date = told.date;
          c.datePrecision = told.datePrecision;
          c.dateText = told.dateText;
        } else if (c.date == null && lead != null && c.status == EventStatus.OCCURRED) {
          c.date = lead.date(); // the meeting the lead reports, told there by country, here by name
          c.datePrecision = lead.precision();
          c.dateText = lead.text();
        }
      } else {
        date(doc, c, s.from(), s.to(), published);
      }
      if (c.location == null && c.type != EventType.CALL) {
        c.location = places.find(doc, s.from(), s.to(), c.trigger); // a call happens nowhere
      }
      if (c.date == null && lead != null && c.status == EventStatus.OCCURRED && c.sentence < LEAD_SENTENCES) {
        // "Officials met Tuesday in Riyadh. ... They met with Lavrov.": the lead's day.
        c.date = lead.date();
        c.datePrecision = lead.precision();
        c.dateText = lead.text();
      }
      c.confidence = interactionConfidence(c);
    }
    for (Candidate c : interactions) {
      if (c.date == null) {
        datedByTheVisit(c, interactions, published);
      }
    }
    for (Candidate c : statements) {
      Sentence s = doc.sentences().get(c.sentence);
      c.status = EventStatus.OCCURRED;
      int from = attributionStart(doc, s, c);
      int to = Math.min(s.to(), Math.max(c.frameTo, c.trigger + 1));
      date(doc, c, from, to, published);
      int speakerFrom = c.speakerSpan.from();
      boolean contentBefore = c.contentFrom >= 0 && c.contentTo <= speakerFrom;
      if (c.date == null && !contentBefore && speakerFrom > s.from() && speakerFrom <= c.trigger) {
        // "On Saturday, Kellogg said": a sentence-initial adverbial before the speaker, closed by its
        // comma; not a date of another clause ("talks will begin later this week after Trump said").
        for (DateMention m : DateResolver.find(doc, s.from(), speakerFrom, published, false)) {
          if (m.to() < speakerFrom && doc.token(m.to()).is(",")) {
            c.date = m.date();
            c.datePrecision = m.precision();
            c.dateText = m.text();
          }
        }
      }
      if (c.date == null && c.contentFrom >= 0) {
        // "expects them to be flexible at today's meeting": words about today were said today.
        for (DateMention m : DateResolver.find(doc, c.contentFrom, c.contentTo, published, false)) {
          if (m.precision() == DatePrecision.DAY && m.date().equals(published) && isToday(doc, m)) {
            c.date = m.date();
            c.datePrecision = m.precision();
            c.dateText = m.text();
            break;
          }
        }
      }
      c.location = places.find(doc, from, to, c.trigger);
      if (c.date == null) {
        Candidate occasion = referencedOccasion(doc, s, c, interactions);
        if (occasion != null) {
          // "The ministry characterized the conversation as ...": words about an event, on its day.
          c.date = occasion.date;
          c.datePrecision = occasion.datePrecision;
          c.dateText = occasion.dateText;
        }
      }
      if (perfect(doc, s, c.trigger)) {
        // "has said", "has insisted": a standing position, not words of one day.
        c.confidence = statementConfidence(c);
        continue;
      }
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
      if (c.location == null) {
        c.location = occasionPlace(interactions, c);
      }
      if (c.date == null && c.sentence < actors.size()) {
        Candidate between = exchangedAt(actors.get(c.sentence), c, interactions);
        if (between != null) {
          // "Kishida told Yoon that ..., the ministry said": words that passed at the meeting told before.
          c.date = between.date;
          c.datePrecision = between.datePrecision;
          c.dateText = between.dateText;
        }
      }
      if (c.date == null && c.sentence < actors.size() && !perfect(doc, s, c.trigger)) {
        DateMention there = namedJustBefore(doc, actors, c, published);
        if (there != null) {
          // "Kellogg ... have been in talks in Germany over the weekend. In Munich, Kellogg said":
          // the speaker's words on the occasion the sentence before puts him at.
          c.date = there.date();
          c.datePrecision = there.precision();
          c.dateText = there.text();
        }
      }
      if (c.date == null && OccasionContext.sameDayAsBefore(doc, s.from(), s.to())) {
        Candidate earlier = latestDatedBefore(c, statements, interactions);
        if (earlier != null) {
          // "Lavrov's comments came hours after Zelenskyy said ...": the day of what came before.
          c.date = earlier.date;
          c.datePrecision = earlier.datePrecision;
          c.dateText = earlier.dateText;
        }
      }
      if (c.date == null) {
        DateMention occasion = attendedOccasion(doc, s, c, interactions, lead);
        if (occasion != null) {
          // "Lula said at a joint news conference": words spoken at the meeting, on its day.
          c.date = occasion.date();
          c.datePrecision = occasion.precision();
          c.dateText = occasion.text();
        }
      }
      c.confidence = statementConfidence(c);
    }
    datedByWhatFollowed(doc, interactions, statements);
  }

  /** Nouns by which a later sentence names a call or a meeting told before ("after the call"). */
  private static final java.util.Set<String> CALL_NOUNS = dev.readout.extract.engine.text.WordSet.of("call",
      "conversation", "phone");
  private static final java.util.Set<String> MEETING_NOUNS = dev.readout.extract.engine.text.WordSet.of("meeting",
      "talks", "summit", "visit", "session");
  /** How many sentences after an undated event may date it by what followed it. */
  private static final int FOLLOW_SENTENCES = 2;

  /**
   * An undated past call or meeting takes the day of what a next sentence says followed it on a given
   * day ("Trump wrote in a post Wednesday after the call", "Following the meeting, ... on Monday").
   */
  private static void datedByWhatFollowed(Document doc, List<Candidate> interactions, List<Candidate> statements) {
    for (Candidate c : interactions) {
      if (c.date != null || c.status != EventStatus.OCCURRED) {
        continue;
      }
      java.util.Set<String> nouns = c.type == EventType.CALL ? CALL_NOUNS : MEETING_NOUNS;
      for (int k = c.sentence + 1; k <= c.sentence + FOLLOW_SENTENCES && k < doc.sentences().size(); k++) {
        Sentence next = doc.sentences().get(k);
        Candidate dated = datedIn(k, statements);
        if (dated != null && followsThe(doc, next, nouns)) {
          c.date = dated.date;
          c.datePrecision = dated.datePrecision;
          c.dateText = dated.dateText;
          break;
        }
      }
    }
  }

  private static Candidate datedIn(int sentence, List<Candidate> candidates) {
    for (Candidate x : candidates) {
      if (x.sentence == sentence && x.date != null && x.datePrecision == DatePrecision.DAY) {
        return x;
      }
    }
    return null;
  }

  /** "after the call", "following the meeting", outside quotations. */
  private static boolean followsThe(Document doc, Sentence s, java.util.Set<String> nouns) {
    for (int i = s.from(); i + 2 < s.to(); i++) {
      String w = doc.token(i).lower();
      if ((w.equals("after") || w.equals("following")) && !doc.quoted(i) && doc.token(i + 1).is("the")
          && nouns.contains(doc.token(i + 2).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> OCCASIONS = dev.readout.extract.engine.text.WordSet.of("call",
      "conversation", "meeting", "talks", "summit", "visit", "discussion", "discussions");

  /**
   * The latest dated meeting or call before a statement whose attribution names it ("The ministry
   * confirmed the call, stating ...", "characterized the conversation as ..."), or null. Only the
   * attribution's own words count: "the talks" inside the reported content is what was said, and
   * may be another event.
   */
  private static Candidate referencedOccasion(Document doc, Sentence s, Candidate st, List<Candidate> interactions) {
    int from;
    int to;
    if (st.contentFrom < 0) {
      from = s.from();
      to = s.to();
    } else if (st.contentTo <= st.speakerSpan.from()) {
      from = st.contentTo; // "..., the ministry said": the words after the content
      to = s.to();
    } else {
      from = Math.min(st.speakerSpan.from(), st.trigger);
      to = st.contentFrom;
    }
    boolean names = false;
    for (int i = Math.max(from, s.from()); i + 1 < Math.min(to, s.to()); i++) {
      if (doc.token(i).is("that")) {
        break; // the reported clause begins
      }
      if (!doc.quoted(i) && doc.token(i).is("the") && OCCASIONS.contains(doc.token(i + 1).lower())) {
        names = true;
        break;
      }
    }
    // "characterized the conversation as ...": the occasion is the verb's object.
    names |= st.trigger + 2 < s.to() && doc.token(st.trigger + 1).is("the")
        && OCCASIONS.contains(doc.token(st.trigger + 2).lower()) && !doc.quoted(st.trigger + 1);
    if (!names) {
      return null;
    }
    Candidate found = null;
    for (Candidate m : interactions) {
      if (m.sentence <= s.index() && s.index() - m.sentence <= 5 && m.date != null
          && m.datePrecision == DatePrecision.DAY && m.status == EventStatus.OCCURRED) {
        found = m;
      }
    }
    return found;
  }

  /**
   * The day of the occasion an attribution places the words at ("said in his opening remarks",
   * "told reporters after the talks"), or null when it places them nowhere: a bare "said" does not
   * say when (EVENTS.md rule 7). The occasion is the latest dated meeting or call at most
   * {@link #OCCASION_SENTENCES} back that the speaker took part in, else the one the lead reports
   * ("ministers opened their meeting on Tuesday ... Lazaro said in her opening statement").
   */
  private static DateMention attendedOccasion(Document doc, Sentence s, Candidate st, List<Candidate> interactions,
      DateMention lead) {
    boolean placed = st.contentFrom >= s.from() && st.contentTo <= s.to()
        ? OccasionContext.placesAtOccasion(doc, s.from(), st.contentFrom)
            || OccasionContext.placesAtOccasion(doc, st.contentTo, s.to())
        : OccasionContext.placesAtOccasion(doc, s.from(), s.to());
    if (!placed) {
      return null;
    }
    Candidate attended = null;
    for (Candidate m : interactions) {
      if (m.sentence <= s.index() && s.index() - m.sentence <= OCCASION_SENTENCES && m.date != null
          && m.status == EventStatus.OCCURRED && m.hasParticipant(st.speaker.entity())
          && (attended == null || m.sentence >= attended.sentence)) {
        attended = m;
      }
    }
    if (attended != null) {
      return new DateMention(attended.date, attended.datePrecision, attended.dateText, attended.trigger,
          attended.trigger + 1);
    }
    return lead;
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
    if (c.frameFrom >= s.from() && c.frameFrom < from && c.contentFrom < 0
        && dev.readout.extract.engine.events.StatementFinder.isParticiple(doc.token(v))) {
      from = c.frameFrom; // "Trump posted on X on Wednesday, stating, “...”": the whole attribution
    }
    return from;
  }

  /**
   * A day named in the article's first two sentences for something that happened, in the week
   * before publication, or null.
   */
  private static DateMention leadDate(Document doc, LocalDate published) {
    int n = Math.min(2, doc.sentences().size());
    for (int k = 0; k < n; k++) {
      Sentence s = doc.sentences().get(k);
      for (DateMention m : DateResolver.find(doc, s.from(), s.to(), published, false)) {
        if (m.precision() == dev.readout.schemas.avro.DatePrecision.DAY && !m.date().isAfter(published)
            && !m.date().isBefore(published.minusDays(7))
            // "will travel to Santiago on Thursday": a day ahead, not the day of what happened
            && StatusClassifier.classify(doc, s, m.from()) == EventStatus.OCCURRED
            && !datesTheReport(doc, s, m)) {
          return m;
        }
      }
    }
    return null;
  }

  private static final java.util.Set<String> REPORTING = dev.readout.extract.engine.text.WordSet.of("said", "says",
      "told", "announced", "stated", "confirmed", "wrote", "added", "reported");

  /** "both governments said on Tuesday": the day of the report, not of an occasion. */
  private static boolean datesTheReport(Document doc, Sentence s, DateMention m) {
    int i = m.from() - 1;
    if (i >= s.from() && doc.token(i).is("on")) {
      i--;
    }
    return i >= s.from() && REPORTING.contains(doc.token(i).lower());
  }

  /**
   * "Peters is visiting Nauru this week. ... In Nauru, Peters will hold meetings with Adeang": an
   * undated meeting in the country of an earlier dated visit by one of its participants happens
   * during that visit. A visit already over does not date a meeting still ahead.
   */
  private static void datedByTheVisit(Candidate c, List<Candidate> interactions, LocalDate published) {
    if (c.type != EventType.MEETING || c.location == null || c.location.getCountry() == null) {
      return;
    }
    LocalDate weekStart = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    for (Candidate m : interactions) {
      if (m == c || m.sentence > c.sentence || c.sentence - m.sentence > OCCASION_SENTENCES || m.date == null
          || m.type != EventType.MEETING || m.location == null
          || !c.location.getCountry().equals(m.location.getCountry())) {
        continue;
      }
      boolean ahead = c.status != EventStatus.OCCURRED;
      if (ahead && m.date.isBefore(weekStart) || !ahead && m.date.isAfter(published)) {
        continue;
      }
      if (c.participants.stream().anyMatch(p -> m.hasParticipant(p.entity()))) {
        c.date = m.date;
        c.datePrecision = m.datePrecision;
        c.dateText = m.dateText;
        return;
      }
    }
  }

  /** How many sentences back the meeting may be told whose participants a statement names. */
  private static final int EXCHANGE_SENTENCES = 3;

  /**
   * The past meeting or call, dated to the day, told in the sentences just before a statement that
   * names two or more of its participants by name, the speaker included unless writing ("Kishida
   * told Yoon that ...", "the NATO secretary general commended Meloni for ..."); or null.
   */
  private static Candidate exchangedAt(List<dev.readout.extract.engine.actors.ActorSpan> spans, Candidate st,
      List<Candidate> interactions) {
    Candidate found = null;
    for (Candidate m : interactions) {
      if (m.sentence >= st.sentence || st.sentence - m.sentence > EXCHANGE_SENTENCES || m.date == null
          || m.datePrecision != DatePrecision.DAY || m.status != EventStatus.OCCURRED) {
        continue;
      }
      java.util.Set<String> named = new java.util.HashSet<>();
      if (!"WRITTEN".equals(st.mode) && m.hasParticipant(st.speaker.entity())) {
        // "Stoltenberg commended Meloni": he spoke to her there; a post about it ("wrote on X that he
        // had told Guterres") is an occasion of its own
        named.add(st.speaker.entity().id());
      }
      for (var span : spans) {
        if (span.quoted() || span.form() != dev.readout.extract.engine.actors.ActorSpan.Form.NAME
            || span.from() == st.speakerSpan.from()) {
          continue;
        }
        for (var e : span.entities()) {
          if (m.hasParticipant(e)) {
            named.add(e.id());
          }
        }
      }
      if (named.size() >= 2 && (found == null || m.sentence >= found.sentence)) {
        found = m;
      }
    }
    return found;
  }

  /**
   * The past date of the sentence just before a statement, in its paragraph, when that sentence
   * names the speaker and the statement opens by placing him ("In Munich, Kellogg said"); or null.
   */
  private DateMention namedJustBefore(Document doc, List<List<dev.readout.extract.engine.actors.ActorSpan>> actors,
      Candidate st, LocalDate published) {
    Sentence s = doc.sentences().get(st.sentence);
    if (st.sentence == 0 || openingPlace(doc, s, st) == null) {
      return null;
    }
    Sentence prev = doc.sentences().get(st.sentence - 1);
    if (prev.paragraph() != s.paragraph()) {
      return null;
    }
    boolean named = actors.get(prev.index()).stream().anyMatch(a -> !a.quoted()
        && a.form() == dev.readout.extract.engine.actors.ActorSpan.Form.NAME
        && a.entities().stream().anyMatch(e -> e.id().equals(st.speaker.entity().id())));
    if (!named) {
      return null;
    }
    DateMention found = null;
    for (DateMention m : DateResolver.find(doc, prev.from(), prev.to(), published, false)) {
      if (!m.date().isAfter(published) && !datesTheReport(doc, prev, m) && !afterSince(doc, prev, m)) {
        if (found != null) {
          return null; // two days: which one is his is not said
        }
        found = m;
      }
    }
    return found;
  }

  /** How many tokens a sentence-opening "In Munich," may span. */
  private static final int OPENING_PLACE_TOKENS = 4;

  /** The place of a sentence-opening "In Munich, Kellogg said", or null. */
  private dev.readout.schemas.avro.Place openingPlace(Document doc, Sentence s, Candidate st) {
    int speakerFrom = st.speakerSpan.from();
    if (!doc.token(s.from()).is("In") || speakerFrom <= s.from() + 1
        || speakerFrom > s.from() + OPENING_PLACE_TOKENS + 1 || !doc.token(speakerFrom - 1).is(",")) {
      return null;
    }
    return places.find(doc, s.from(), speakerFrom, s.from());
  }

  /** The latest event told before {@code c} (earlier sentence, or earlier in its own) dated to the day. */
  private static Candidate latestDatedBefore(Candidate c, List<Candidate> statements, List<Candidate> interactions) {
    Candidate found = null;
    for (List<Candidate> list : List.of(statements, interactions)) {
      for (Candidate x : list) {
        boolean earlier = x.sentence < c.sentence || x.sentence == c.sentence && x.trigger < c.trigger;
        if (x != c && earlier && x.date != null && x.datePrecision == DatePrecision.DAY
            && (found == null || x.sentence > found.sentence
                || x.sentence == found.sentence && x.trigger > found.trigger)) {
          found = x;
        }
      }
    }
    return found;
  }

  /** "today", "tonight", "this morning": the report's own day, whatever the clause is about. */
  private static boolean isToday(Document doc, DateMention m) {
    String first = doc.token(m.from()).lower();
    return first.equals("today") || first.equals("tonight") || first.equals("this");
  }

  /** How near a date must stand to "the meeting" to be that meeting's own. */
  private static final int ANAPHOR_REACH = 3;

  /** "the meeting", "the call": a noun trigger with a definite article names an event already told. */
  private static boolean anaphoric(Document doc, Sentence s, Candidate c) {
    return c.trigger > s.from() && doc.token(c.trigger - 1).is("the") && !doc.token(c.trigger).text().isEmpty()
        && Character.isLowerCase(doc.token(c.trigger).text().charAt(0)) && !doc.token(c.trigger).lower().endsWith("ed");
  }

  /** The latest dated, past meeting or call of the same type before {@code c} sharing a participant with it. */
  private static Candidate toldBefore(List<Candidate> interactions, Candidate c) {
    Candidate found = null;
    for (Candidate m : interactions) {
      if (m.sentence >= c.sentence || c.sentence - m.sentence > OCCASION_SENTENCES || m.type != c.type
          || m.date == null || m.status != EventStatus.OCCURRED || c.status != EventStatus.OCCURRED) {
        continue;
      }
      boolean shared = c.participants.stream().anyMatch(p -> m.hasParticipant(p.entity()));
      if (shared && (found == null || m.sentence >= found.sentence)) {
        found = m;
      }
    }
    return found;
  }

  /** How far back from a date "since" may open its clause: "since taking office on March 21". */
  private static final int SINCE_REACH = 4;

  private static boolean afterSince(Document doc, Sentence s, DateMention m) {
    for (int i = m.from() - 1; i >= s.from() && i >= m.from() - SINCE_REACH; i--) {
      String w = doc.token(i).lower();
      if (w.equals("since")) {
        return true;
      }
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
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
    Sentence s = doc.sentenceOf(c.trigger);
    for (DateMention m : found) {
      if (c.type != EventType.STATEMENT && m.precision() == DatePrecision.DAY && datesTheReport(doc, s, m)) {
        // "X met Y, the agency reported on Monday": the report's day, not the meeting's; a week
        // ("said earlier this week that ... after the call") likely holds both
        continue;
      }
      if (afterSince(doc, s, m)) {
        continue; // "since assuming office on May 29": where a span starts, not when the event was
      }
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
