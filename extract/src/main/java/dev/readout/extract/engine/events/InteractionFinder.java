package dev.readout.extract.engine.events;

import dev.readout.extract.engine.text.WordSet;
import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.actors.AnalyzedArticle;
import dev.readout.extract.engine.actors.Entity;
import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.gazetteer.Phrase;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds meetings and calls: a trigger word, the actors around it that take part (people before
 * groups, EVENTS.md rule 5), minus those who only report it; kept when diplomatic (rule 1) and
 * not negated (rule 6).
 */
public final class InteractionFinder {

  /** Participants are looked for within this many tokens of the trigger. */
  private static final int WINDOW = 30;
  /** After a noun trigger ("Luxon's visit with Albanese, ..."), only its own phrase. */
  private static final int NOUN_WINDOW_AFTER = 18;
  /** After talks told in the passive, the whole predicate: "were held at ... in Muscat, with A and B". */
  private static final int PASSIVE_WINDOW_AFTER = 40;

  private static final Set<String> NEGATIONS = WordSet.of("not", "n't", "never", "no", "without", "cancelled",
      "canceled", "refused", "declined", "rejected", "won't", "didn't", "off", "postponed", "scrapped", "nor");

  private final Gazetteer gazetteer;
  private final dev.readout.extract.engine.place.PlaceFinder places;

  /** A finder that tells venues ("in Brussels") by these gazetteers. */
  public InteractionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.places = new dev.readout.extract.engine.place.PlaceFinder(gazetteer);
  }

  /** The meetings and calls of the article, one candidate per trigger. */
  public List<Candidate> find(AnalyzedArticle article, List<Candidate> statements) {
    Document doc = article.doc();
    List<Candidate> out = new ArrayList<>();
    List<Candidate> unnamed = new ArrayList<>();
    RoundFinder rounds = new RoundFinder(article, gazetteer);
    for (Sentence s : doc.sentences()) {
      if (s.titleCase(doc.tokens())) {
        continue;
      }
      out.addAll(GatheringFinder.held(article, s));
      List<Trigger> triggers = TriggerScanner.scan(doc, s);
      List<Journeys.Journey> journeys = Journeys.in(doc, s, gazetteer);
      for (Journeys.Journey j : journeys) {
        Candidate visit = triggerAfter(doc, triggers, j) ? null : journeyVisit(article, s, j, statements);
        if (visit != null) {
          out.add(visit); // "could travel to New Delhi next month": a visit to that state
        }
      }
      if (triggers.isEmpty()) {
        attendance(article, s, out, unnamed);
        attendees(article, s, triggers, out); // "Cai Qi and Wang Yi attended the events"
        roundsOf(doc, s, rounds, out, statements);
        continue;
      }
      for (Trigger t : triggers) {
        if (negated(doc, s, t.from()) || (isNoun(doc, t) || visitNoun(doc, s, t)) && calledOffAfter(doc, s, t.from())) {
          continue;
        }
        if (isNoun(doc, t) && discussedTopic(doc, s, t)) {
          continue; // "discussed the talks in a phone call": the talks are a topic, the call is the event
        }
        if (askedWhether(doc, s, t.from()) || ownPeopleVisited(doc, s, t)) {
          continue; // "Asked whether Xi would meet X, ...": a question; "visited the contingent": one side only
        }
        if (isNoun(doc, t) && preferredFormat(doc, s, t)) {
          continue; // "the EU has preferred lower-level talks between the negotiators": a habit of format
        }
        if (anyOf(doc, s, t)) {
          continue; // "any visit by X should be prepared", "any talks must include Kyiv": no event in particular
        }
        if (habitual(doc, s, t)) {
          continue; // "the leaders meet every June": a custom, not an event
        }
        if (visitAsTopic(doc, s, t)) {
          continue; // "they hoped the visit would unlock investment": the visit already told, now a topic
        }
        List<Candidate> trips = pastTrips(article, s, t, statements);
        if (!trips.isEmpty()) {
          out.addAll(trips); // "briefed Ruto on his recent visits to Accra and Lome": one visit per place
          continue;
        }
        if (isNoun(doc, t) && !anchored(article, s, t)) {
          Candidate sitting = GatheringFinder.ofNoun(article, s, t);
          if (sitting != null) {
            out.add(sitting); // "at next month's ECOWAS summit in Abuja": the body meets
          }
          continue; // "the talks could focus on ...": a topic, not a meeting of anyone named
        }
        if ("CONFERENCE".equals(t.mode()) && isNoun(doc, t) && triggers.size() == 1 && timeReference(doc, s, t.from())) {
          Candidate sitting = GatheringFinder.ofNoun(article, s, t);
          if (sitting != null) {
            out.add(sitting); // "ahead of the SADC summit, set for July 14": the body's own, dated sitting
          }
          continue; // "A and B agreed on X ahead of the SADC summit": the summit only dates their agreement
        }
        if (("CONFERENCE".equals(t.mode()) || isNoun(doc, t) && definite(doc, s, t.from()) && aheadOther(doc, s, t,
            triggers)) && triggers.size() > 1 && timeReference(doc, s, t.from())) {
          continue; // "spoke by video call ... ahead of the COP30 summit", "after the meeting, X said Accra would host
                    // a meeting": the occasion told before only dates the other event
        }
        Candidate c = new Candidate();
        c.type = t.type();
        c.mode = t.mode();
        c.sentence = s.index();
        c.trigger = t.from();
        c.triggerText = doc.text().substring(doc.token(t.from()).start(), doc.token(t.to() - 1).end());
        c.frameFrom = s.from();
        c.frameTo = s.to();
        if (doc.token(t.from()).is("spoke") || doc.token(t.from()).is("talked") || doc.token(t.from()).is("speaks")) {
          if (mentionsCall(doc, s)) {
            c.type = EventType.CALL;
            c.mode = "PHONE";
          }
        }
        List<Candidate.Participant> everyone = participants(article, s, t, triggers, statements, c);
        if (doc.token(t.from()).is("spoke") || doc.token(t.from()).is("talked") || doc.token(t.from()).is("speaks")) {
          if (c.type == EventType.MEETING && !mentionsVenue(doc, s)) {
            c.type = EventType.CALL; // "spoke with" and no venue: remote
            c.mode = "PHONE";
          }
        }
        visitBy(article, s, t, c);
        Journeys.Journey journey = journeyBefore(journeys, t);
        if (journey != null && c.type == EventType.MEETING) {
          dev.readout.schemas.avro.Place own = places.find(doc, s.from(), s.to(), c.trigger);
          if (own == null || own.getName().equals(journey.destination().getName())) {
            c.location = journey.destination(); // "leaves for Doha on Tuesday, where he will meet the emir"
          }
        }
        hostCountry(article, s, c);
        Candidate told = toldBefore(article, s, t, triggers, out);
        if (told != null) {
          continue; // "after the meeting", "The visit follows", "welcomed Amorim's visit": the one told before
        }
        boolean states = !diplomatic(c, everyone) && (statesMeet(article, s, t, c) || bodyMeetsState(article, s, t, c));
        if (states) {
          delegationLeaders(article, s, c);
        } else if (!diplomatic(c, everyone) && !sidesMeet(article, s, t, c)) {
          namedNext(article, s, c); // "The presidents of A, B and C held a virtual summit. A's X, B's Y and C's Z agreed"
        }
        if (states || diplomatic(c, everyone) || sidesMeet(article, s, t, c)) {
          for (Candidate v : splitVisits(c)) {
            for (Candidate w : splitSeparate(doc, s, v)) {
              out.add(multilateral(w));
            }
          }
        } else if (blocMembers(c)) {
          c.mode = "MULTILATERAL";
          out.add(c); // "where the bloc's leaders meet on Dec. 20"
        } else if (isNoun(doc, t) && GatheringFinder.ofNoun(article, s, t) != null) {
          out.add(GatheringFinder.ofNoun(article, s, t)); // "leaders will gather for the SADC summit"
        } else if (isNoun(doc, t) || !"VISIT".equals(c.mode)) {
          unnamed.add(c); // "European officials held a meeting": its people may be named in the next sentence
        }
      }
      attendance(article, s, out, unnamed);
      attendees(article, s, triggers, out);
      roundsOf(doc, s, rounds, out, statements);
    }
    placeOnTheTrip(article, out);
    return withoutRestatedHeadline(doc, out);
  }

  /** Adds the sentence's rounds of talks ("the next round was held in Kabul") that no trigger made and no word negates. */
  private static void roundsOf(Document doc, Sentence s, RoundFinder rounds, List<Candidate> out,
      List<Candidate> statements) {
    if (s.to() - s.from() < 4 || !doc.token(s.to() - 1).is(".") && !doc.token(s.to() - 1).isQuoteMark()) {
      return; // a headline restates the lede
    }
    for (Candidate r : rounds.in(s, out, statements)) {
      if (!negated(doc, s, r.trigger) && !calledOffAfter(doc, s, r.trigger)) {
        out.add(r);
      }
    }
  }

  /**
   * A headline's meeting or call that the body tells again: the body's mention, which names its people in full
   * ("FM Cho, Rubio discuss tariffs in phone talks" before "Foreign Minister Cho Hyun held phone talks with
   * Secretary of State Marco Rubio"), stands for it, so a headline mention of the same type that shares a
   * participant with a body mention is left out instead of making a second event of its short forms.
   */
  private static List<Candidate> withoutRestatedHeadline(Document doc, List<Candidate> found) {
    if (doc.sentences().size() < 2 || !headline(doc, doc.sentences().get(0))) {
      return found;
    }
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      if (c.sentence != 0 || found.stream().noneMatch(b -> b.sentence > 0 && b.type == c.type && restates(c, b))) {
        out.add(c);
      }
    }
    return out;
  }

  /** A first line with no closing punctuation and a paragraph of its own: the headline. */
  private static boolean headline(Document doc, Sentence s) {
    Token last = doc.token(s.to() - 1);
    if (last.is(".") || last.is("?") || last.is("!") || last.isQuoteMark() || s.to() >= doc.tokens().size()) {
      return false;
    }
    String between = doc.text().substring(last.end(), doc.token(s.to()).start());
    return between.contains("\n");
  }

  /**
   * The headline mention shares a participant with the body's and its others are only short forms the body names
   * in full: a state for its minister ("Cho, Rubio discuss ..." read as South Korea), a bare title ("Mali's top
   * diplomat"). A headline naming another known person ("A and B meet" above "A met C") tells another event.
   */
  private static boolean restates(Candidate head, Candidate body) {
    Set<String> ids = new HashSet<>();
    for (Candidate.Participant q : body.participants) {
      ids.add(q.entity().id());
    }
    boolean shared = false;
    boolean shortForm = false;
    for (Candidate.Participant p : head.participants) {
      Entity e = p.entity();
      if (ids.contains(e.id())) {
        shared = true;
      } else if (e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.PERSON && !e.known()) {
        shortForm = true;
      } else {
        return false;
      }
    }
    return shared && shortForm; // the same people only: the merger makes one event of the two mentions
  }

  /** Nouns for an aspect of an event: "preparations for the visit", "the outcome of the talks". */
  private static final Set<String> ASPECTS = WordSet.of("preparations", "preparation", "outcome", "outcomes",
      "results", "result", "agenda", "arrangements", "details", "success", "logistics", "purpose", "aim", "goal");
  // not "sidelines", "eve", "aftermath": those frame and date another event, which needs the occasion

  /** "reviewed preparations for the royal visit", "the outcome of the talks": an aspect of the event, named again. */
  private static boolean aspectOf(Document doc, Sentence s, Trigger t) {
    for (int k = t.from() - 1; k - 1 >= s.from() && k >= t.from() - BACK_REFERENCE_WORDS - 1; k--) {
      String w = doc.token(k).lower();
      if (w.equals("for") || w.equals("of") || w.equals("about") || w.equals("on")) {
        return ASPECTS.contains(doc.token(k - 1).lower());
      }
      if (!doc.token(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** How many sentences back a trip may place its traveller's later meetings. */
  private static final int TRIP_REACH = 30;

  /**
   * "Rai will leave for New Delhi on Wednesday to hold talks with Misri. ... Rai is scheduled to call on Jaishankar on
   * Thursday": a meeting that names no place of its own, of a person whose trip abroad the article told just before,
   * is held where the trip went (its city), as a wire story tells one trip in several sentences.
   */
  private void placeOnTheTrip(AnalyzedArticle article, List<Candidate> found) {
    Document doc = article.doc();
    java.time.LocalDate published = java.time.LocalDate.ofInstant(article.publishedAt(), java.time.ZoneOffset.UTC);
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      if (c.type != EventType.MEETING || c.location != null || c.sitting) {
        continue;
      }
      Sentence s = doc.sentences().get(c.sentence);
      dev.readout.schemas.avro.EventStatus status = StatusClassifier.classify(doc, s, c.trigger);
      if (status == dev.readout.schemas.avro.EventStatus.PROPOSED || places.find(doc, s.from(), s.to(), c.trigger)
          != null || places.host(doc, s.from(), s.to()) != null) {
        continue; // its own words place it, or it is only a prospect ("could host them together")
      }
      for (int k = i - 1; k >= 0; k--) {
        Candidate trip = found.get(k);
        if (trip.sentence >= c.sentence || trip.sentence < c.sentence - TRIP_REACH || trip.type != EventType.MEETING) {
          continue;
        }
        Sentence ts = doc.sentences().get(trip.sentence);
        dev.readout.schemas.avro.Place where = trip.location; // placed here only by a journey or a visit abroad
        if (where != null && cityOfATrip(c, trip, where) && StatusClassifier.classify(doc, ts, trip.trigger) == status
            && sameTime(doc, s, ts, published, status != dev.readout.schemas.avro.EventStatus.OCCURRED)) {
          c.location = where; // the same stage of the same trip: both told, or both ahead, at no other time
          break;
        }
      }
    }
  }

  /** Neither sentence dates its event apart from the other's: "previously met with Putin last month" is another time. */
  private static boolean sameTime(Document doc, Sentence a, Sentence b, java.time.LocalDate published,
      boolean ahead) {
    var da = dev.readout.extract.engine.time.DateResolver.find(doc, a.from(), a.to(), published, ahead);
    if (da.isEmpty()) {
      return true;
    }
    var db = dev.readout.extract.engine.time.DateResolver.find(doc, b.from(), b.to(), published, ahead);
    java.time.LocalDate first = da.get(0).date();
    return db.isEmpty() ? false : first != null && first.equals(db.get(0).date())
        || first != null && db.get(0).date() != null && Math.abs(first.toEpochDay() - db.get(0).date().toEpochDay()) <= 3;
  }

  /**
   * A person of both meetings is abroad at the trip's place (or of no known state: the journey said where they
   * went), and that place is a city, not a whole country.
   */
  private boolean cityOfATrip(Candidate c, Candidate trip, dev.readout.schemas.avro.Place where) {
    if (where.getCountry() == null || gazetteer.country(where.getCountry()) != null
        && where.getName().equals(gazetteer.country(where.getCountry()).name())) {
      return false;
    }
    for (Candidate.Participant p : c.participants) {
      Entity e = p.entity();
      if (e.kind() == ActorKind.PERSON && !where.getCountry().equals(e.country()) && trip.hasParticipant(e)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs by which people join talks already told: "attended the talks", "joined the meeting". */
  private static final Set<String> ATTEND = WordSet.of("attended", "joined", "attend", "join", "attending");
  /** Nouns for the parts of a visit the attendees join: "the talks", "the events", "the banquet". */
  private static final Set<String> ATTENDED = WordSet.of("talks", "meeting", "meetings", "events", "ceremony",
      "ceremonies", "banquet", "dinner", "session", "discussions", "event", "luncheon", "lunch", "reception");

  /** The position of "attended" in "... attended the talks" when the trigger is that definite noun, else -1. */
  private static int attendedThe(Document doc, Sentence s, Trigger t) {
    int k = t.from() - 1;
    if (!ATTENDED.contains(doc.token(t.to() - 1).lower()) || k - 1 < s.from()
        || !(doc.token(k).is("the") || doc.token(k).is("those") || doc.token(k).is("these"))) {
      return -1;
    }
    return ATTEND.contains(doc.token(k - 1).lower()) && !doc.quoted(k - 1) ? k - 1 : -1;
  }

  /**
   * "Cai Qi and Wang Yi attended the talks", "A attended the talks, as did B": the people who attend the meeting told
   * in the sentences just before take part in it (the talks' own noun makes no meeting of its own).
   */
  private static void attendees(AnalyzedArticle article, Sentence s, List<Trigger> triggers, List<Candidate> out) {
    Document doc = article.doc();
    int verb = -1;
    for (int i = s.from(); i + 2 < s.to() && verb < 0; i++) {
      // "attended the talks", "attended the events": the noun need not be a trigger of its own
      if (ATTEND.contains(doc.token(i).lower()) && !doc.quoted(i) && (doc.token(i + 1).is("the")
          || doc.token(i + 1).is("those") || doc.token(i + 1).is("these"))
          && ATTENDED.contains(doc.token(i + 2).lower())) {
        verb = i;
      }
    }
    if (verb < 0) {
      return;
    }
    Candidate target = null;
    for (int k = out.size() - 1; k >= 0 && target == null; k--) {
      Candidate c = out.get(k);
      if (c.type == EventType.MEETING && c.sentence < s.index() && c.sentence >= s.index() - ATTENDANCE_REACH
          && !c.sitting) {
        target = c;
      }
    }
    if (target == null) {
      return;
    }
    for (ActorSpan a : article.actors(s)) {
      boolean listed = a.to() <= verb || a.from() > verb && a.from() >= 2 && doc.token(a.from() - 1).is("did")
          && doc.token(a.from() - 2).is("as"); // "..., as did Crown Prince X"
      for (Entity e : a.quoted() || !listed ? List.<Entity>of() : a.entities()) {
        if (e.kind() == ActorKind.PERSON) {
          target.addParticipant(e, StatementFinder.mention(doc, a));
        }
      }
    }
  }

  /** Sentences back an attendance list may name a meeting's people: "... met in Lima. Attending were ...". */
  private static final int ATTENDANCE_REACH = 2;

  /**
   * "Leaders of the bloc met in Lima. Attending were A, B and C", "The virtual meeting, chaired by A, was
   * attended by B and C": a meeting or call of the sentences just before, held by groups or countries,
   * takes the people this sentence lists (people before groups, EVENTS.md rule 5).
   */
  private void attendance(AnalyzedArticle article, Sentence s, List<Candidate> out, List<Candidate> unnamed) {
    Document doc = article.doc();
    if (!attendanceCue(doc, s)) {
      return;
    }
    List<Candidate.Participant> people = new ArrayList<>();
    for (ActorSpan a : article.actors(s)) {
      if (!a.quoted() && a.entity() != null && a.entity().kind() == ActorKind.PERSON) {
        add(people, new Candidate.Participant(a.entity(), StatementFinder.mention(doc, a)));
      }
    }
    if (people.size() < 2) {
      return;
    }
    // "The virtual meeting, chaired by A, was attended by ...": the list's own noun says which event it is.
    Set<EventType> named = EnumSet.noneOf(EventType.class);
    for (Trigger t : TriggerScanner.scan(doc, s)) {
      named.add(t.type());
    }
    // Only the last few sentences' events: the lists are in text order, so a bounded look back.
    List<Candidate> before = new ArrayList<>();
    for (int k = out.size() - 1; k >= 0 && out.get(k).sentence >= s.index() - ATTENDANCE_REACH; k--) {
      if (peopleIn(out.get(k)) < 2) {
        before.add(out.get(k));
      }
    }
    unnamed.removeIf(c -> c.sentence < s.index() - ATTENDANCE_REACH);
    before.addAll(unnamed);
    Candidate target = null;
    for (Candidate c : before) {
      if (c.sentence < s.index() && c.sentence >= s.index() - ATTENDANCE_REACH
          && (named.isEmpty() || named.contains(c.type))
          && (target == null || c.sentence > target.sentence
              || c.sentence == target.sentence && c.trigger > target.trigger)) {
        target = c; // the latest event before the list
      }
    }
    if (target == null) {
      return;
    }
    for (Candidate c : before) {
      if (c != target && c.sentence == target.sentence && c.type != target.type
          && (named.isEmpty() || named.contains(c.type))) {
        return; // a meeting and a call in that sentence: whose list this is cannot be told
      }
    }
    boolean pending = unnamed.contains(target);
    List<Candidate.Participant> attending = new ArrayList<>();
    for (Candidate.Participant p : target.participants) {
      if (p.entity().kind() == ActorKind.PERSON) {
        add(attending, p);
      }
    }
    for (Candidate.Participant p : people) {
      add(attending, p);
    }
    target.participants.clear();
    target.participants.addAll(attending);
    if (pending) {
      unnamed.remove(target);
      out.add(target);
    }
  }

  private static int peopleIn(Candidate c) {
    int n = 0;
    for (Candidate.Participant p : c.participants) {
      if (p.entity().kind() == ActorKind.PERSON) {
        n++;
      }
    }
    return n;
  }

  /** "attended by", "chaired by", "Attending were", "participants included", "A, B and C gathered". */
  private static boolean attendanceCue(Document doc, Sentence s) {
    for (int i = s.from(); i + 1 < s.to(); i++) {
      if (doc.quoted(i)) {
        continue;
      }
      String w = doc.token(i).lower();
      String n = doc.token(i + 1).lower();
      if ((w.equals("attended") || w.equals("chaired") || w.equals("joined")) && n.equals("by")
          || (w.equals("attending") || w.equals("present") || w.equals("participants") || w.equals("attendees"))
              && (n.equals("were") || n.equals("included") || n.equals("was") || n.equals("include"))
          || w.equals("gathered") || w.equals("chaired") && (n.equals("the") || n.equals("a"))) {
        return true;
      }
    }
    return false;
  }

  /** Fills the participants; returns every actor around the trigger, for the diplomatic test. */
  private List<Candidate.Participant> participants(AnalyzedArticle article, Sentence s, Trigger t,
      List<Trigger> triggers, List<Candidate> statements, Candidate c) {
    Document doc = article.doc();
    Set<ActorSpan> reporters = new HashSet<>();
    List<Candidate> attributions = new ArrayList<>();
    for (Candidate st : statements) {
      attributions.add(st);
      attributions.addAll(st.embedded); // "the AU said Faki announced talks between A and B": Faki reports too
    }
    for (Candidate st : attributions) {
      if (st.sentence != s.index() || st.speakerSpan == null
          || SpeechVerbs.OBJECT_CONTENT.contains(doc.token(st.trigger).lower())) {
        continue; // "X thanked Y and invited him to visit": X acts, not only reports
      }
      boolean inContent = st.contentFrom >= 0 && t.from() >= st.contentFrom && t.from() < st.contentTo;
      boolean beforeVerbOnly = st.contentFrom < 0 && t.from() < st.trigger;
      if (inContent || beforeVerbOnly || frontedOccasion(doc, s, t, st.speakerSpan)) {
        reporters.add(st.speakerSpan);
      }
    }
    List<Candidate.Participant> people = new ArrayList<>();
    List<Candidate.Participant> bodies = new ArrayList<>();
    int from = Math.max(s.from(), t.from() - WINDOW);
    int clause = relativeClauseStart(article, s, t);
    ActorSpan they = clause > s.from() ? article.spanStartingAt(clause) : null;
    int groupAt = they != null && they.form() == ActorSpan.Form.PLURAL && doc.token(they.from()).is("they")
        ? roleGroupEndingBefore(doc, s, clause - 1) : -1;
    ActorSpan clauseSubject = null;
    List<ActorSpan> talkedWith = groupAt < 0 && they != null && they.form() == ActorSpan.Form.PLURAL
        && doc.token(they.from()).is("they") ? raisedWith(article, s, clause - 1, reporters) : List.of();
    if (!talkedWith.isEmpty()) {
      from = Math.max(from, clause); // "she had raised it with Kallas when they spoke by phone": she and Kallas
      for (ActorSpan a : talkedWith) {
        add(people, new Candidate.Participant(a.entity(), StatementFinder.mention(doc, a)));
      }
    } else if (groupAt < 0) {
      from = Math.max(from, clause);
      if (they != null && they.form() == ActorSpan.Form.PRONOUN) {
        clauseSubject = mainSubject(article, s, clause - 1, reporters); // "the King would raise it when he meets X"
      }
      if (clauseSubject == null) {
        they = null;
      }
    } // else "raise it with his Nordic counterparts when they meet": "they" are he and the counterparts
    int to = Math.min(s.to(), t.to() + (!isNoun(doc, t) ? WINDOW
        : passiveAgentAt(doc, s, t) < 0 ? NOUN_WINDOW_AFTER : PASSIVE_WINDOW_AFTER));
    int[] relative = relativeClauseAround(article, s, t);
    if (relative != null) {
      from = Math.max(from, relative[0]); // "Tokayev, who arrived in Tokyo for a visit, held talks with Takaichi":
      to = Math.min(to, relative[1]);    // the visit is Tokayev's alone; the talks are the main clause's
    }
    int[] occasion = occasionPhrase(article, s, t);
    if (occasion != null) {
      from = Math.max(from, occasion[0]); // "reviewed what the leaders agreed during X's state visit to Y in April":
      to = Math.min(to, occasion[1]);     // the visit is X's and Y's, not the reviewers'
    }
    for (int i = from; i < to; i++) {
      if (doc.token(i).is(";") && !doc.quoted(i)) {
        // "Canada is holding its own talks with Washington; A and B spoke by video": another clause, another event
        if (i < t.from()) {
          from = i + 1;
        } else if (i >= t.to()) {
          to = i;
        }
      }
    }
    to = Math.min(to, subordinateClauseAfter(article, s, t.to(), to));
    to = Math.min(to, conjunctAfter(article, s, t.to(), to));
    int otherObjectsFrom = -1;
    int otherObjectsTo = -1;
    for (Trigger u : triggers) {
      int b = u.to() < t.from() ? conjunctAfter(article, s, u.to(), t.from()) : t.from();
      if (b < t.from() && !objectPronoun(doc, b, t.from())) {
        otherObjectsFrom = u.to(); // "spoke by phone with A and intended to meet B": A is the call's, not the meeting's
        otherObjectsTo = b;
      }
    }
    for (ActorSpan a : article.actors(s)) {
      if (a.quoted() || a.from() < from || a.to() > to || reporters.contains(a) || insideAny(a, reporters)
          || a.from() >= otherObjectsFrom && a.to() <= otherObjectsTo || a == they) {
        continue;
      }
      if (a.to() < s.to() && doc.token(a.to()).is("'s") && a.form() == ActorSpan.Form.NAME
          && !(t.from() > a.to() && t.from() <= a.to() + 3)) {
        continue; // "Erdogan's adviser Akif Kilic": the possessor does not take part
      }
      if (a.form() == ActorSpan.Form.PLURAL && a.to() < s.to() && NOT_PEOPLE.contains(doc.token(a.to()).lower())) {
        for (Entity e : leadersNamedBefore(article, s, a)) {
          add(people, new Candidate.Participant(e, StatementFinder.mention(doc, a)));
        }
        continue; // "the two countries", "both governments": states, not the people of an earlier meeting
      }
      String mention = StatementFinder.mention(doc, a);
      if (a.entity() != null && a.entity().kind() == ActorKind.PERSON && !a.entity().known()
          && a.entity().title() != null) {
        Entity named = namedHolder(article, s, a.entity());
        if (named != null) {
          add(people, new Candidate.Participant(named, mention));
          continue;
        }
      }
      if (sides(doc, a) && (subjectOf(article, a, t) || a.from() > s.from() && doc.token(a.from() - 1).is("between"))) {
        for (Entity e : a.entities()) {
          var state = e.country() == null ? null : gazetteer.country(e.country());
          if (state != null) {
            add(bodies, new Candidate.Participant(
                new Entity(state.name(), ActorKind.COUNTRY, null, state.iso3(), true, true), mention));
          }
        }
        continue; // "both sides agreed to meet again": the parties, i.e. the states of the people told before
      }
      Entity members = members(doc, s, a);
      if (members != null) {
        add(bodies, new Candidate.Participant(members, mention + "'s " + members.name().substring(
            members.name().lastIndexOf(' ') + 1))); // the mention marks a group this finder made
        continue; // "the bloc's leaders meet": its members, not the bloc
      }
      for (Entity e : a.entities()) {
        if (e.kind() == ActorKind.PERSON && !e.known() && e.title() == null) {
          continue; // no gazetteer entry and no role: a river ("the Syr Darya river"), a banker, a witness
        }
        if (e.kind() == ActorKind.GROUP && vague(e)) {
          continue; // "Asian partners", "its allies": no one who could sit at a table
        }
        Candidate.Participant p = new Candidate.Participant(e, mention);
        if (e.kind() == ActorKind.PERSON) {
          add(people, p);
        } else {
          add(bodies, p);
        }
      }
    }
    if (clauseSubject != null) {
      add(people, new Candidate.Participant(clauseSubject.entity(), StatementFinder.mention(doc, clauseSubject)));
    }
    for (int i = from; i < to; i++) {
      Entity group = roleGroupAt(doc, s, i);
      if (group != null && !doc.quoted(i) && (isNoun(doc, t) || i < t.from() || groupAt >= 0)) {
        add(bodies, new Candidate.Participant(group, group.name())); // "talks between Touray and the defence chiefs"
      }
    }
    List<Candidate.Participant> everyone = new ArrayList<>(people);
    everyone.addAll(bodies);
    if (people.size() >= 2) {
      c.participants.addAll(people);
      return everyone;
    }
    c.participants.addAll(people);
    for (Candidate.Participant b : bodies) {
      if (!people.isEmpty() && b.entity().kind() == ActorKind.COUNTRY
          && b.entity().country() != null && b.entity().country().equals(people.get(0).entity().country())) {
        continue;
      }
      add(c.participants, b);
    }
    return everyone;
  }

  /**
   * "A and B agreed on joint patrols as the two governments held consultations", "A spoke with B about a retreat
   * between the two countries": the states stand for the people of two states named before them in the same
   * sentence, who sit for them. Empty when those people were named in another sentence.
   */
  private static List<Entity> leadersNamedBefore(AnalyzedArticle article, Sentence s, ActorSpan plural) {
    if (!plural.resolved() && !article.doc().token(plural.to() - 1).is("two")
        && !article.doc().token(plural.from()).is("both")) {
      return List.of();
    }
    List<Entity> people = new ArrayList<>();
    Set<String> states = new HashSet<>();
    for (ActorSpan b : article.spansIn(s.from(), plural.from())) {
      Entity e = b.entity();
      if (b.quoted() || e == null || b.form() != ActorSpan.Form.NAME || e.kind() != ActorKind.PERSON
          || people.stream().anyMatch(p -> p.id().equals(e.id()))) {
        continue;
      }
      if (e.country() == null || !states.add(e.country())) {
        return List.of(); // two people of one state, or one of no state: who sits for whom cannot be told
      }
      people.add(e);
    }
    return people.size() == 2 ? people : List.of();
  }

  /** Nouns after "the two", "both" that make them states, not people. */
  private static final Set<String> NOT_PEOPLE = WordSet.of("countries", "nations", "states", "governments",
      "neighbours", "neighbors", "capitals", "economies", "sides'", "armies", "militaries");

  /** Plural heads naming the people who sit for a body: "the bloc's leaders", "ASEAN's foreign ministers". */
  private static final Set<String> MEMBERS = WordSet.of("leaders", "ministers", "heads", "chiefs", "envoys",
      "presidents");

  /** "the bloc's leaders", "ECOWAS's defence ministers": a group of an international body's members, or null. */
  private static Entity members(Document doc, Sentence s, ActorSpan a) {
    Entity body = a.entity();
    if (body == null || body.kind() != ActorKind.ORGANIZATION || body.country() != null || a.to() + 1 >= s.to()) {
      return null;
    }
    if (!doc.token(a.to()).is("'s")) {
      return null;
    }
    int from = a.to() + 1;
    for (int k = from; k < s.to() && k <= from + 2; k++) {
      String w = doc.token(k).lower();
      if (MEMBERS.contains(w)) {
        return new Entity(body.name() + " " + w, ActorKind.GROUP, null, null, false, true);
      }
      if (!doc.token(k).isWord()) {
        return null;
      }
    }
    return null;
  }

  /** A group of an international body's members meeting among themselves: "the bloc's leaders meet". */
  static boolean blocMembers(Candidate c) {
    if (c.participants.size() != 1 || !CandidateMerger.finiteVerb(c)) {
      return false;
    }
    Candidate.Participant p = c.participants.get(0);
    Entity e = p.entity();
    String head = e.name().substring(e.name().lastIndexOf(' ') + 1);
    return e.kind() == ActorKind.GROUP && e.country() == null && MEMBERS.contains(head)
        && (p.mention().contains("'s") || e.known()); // "Leaders of the African Union": the recognizer knows the body
  }

  /**
   * "Qatar's Prime Minister and Minister of Foreign Affairs Sheikh Mohammed ...": an office holder told by a
   * title that "and" joins to a second title and a name, in this sentence or the one before, is that named
   * person (a pronoun resolved to the title gets the name too). Null when no name is so joined.
   */
  private static Entity namedHolder(AnalyzedArticle article, Sentence s, Entity holder) {
    Document doc = article.doc();
    for (int k = Math.max(0, s.index() - 1); k <= s.index(); k++) {
      Sentence x = doc.sentences().get(k);
      List<ActorSpan> spans = article.actors(x);
      for (int i = 0; i + 1 < spans.size(); i++) {
        ActorSpan title = spans.get(i);
        ActorSpan name = spans.get(i + 1);
        if (title.form() != ActorSpan.Form.TITLE || !holder.equals(title.entity()) || name.entity() == null
            || name.form() != ActorSpan.Form.NAME || !name.entity().known()
            || !holder.country().equals(name.entity().country()) || name.from() - title.to() > 7
            || !doc.token(title.to()).is("and")) {
          continue;
        }
        boolean secondTitle = true; // "and Minister of Planning Mostafa Madbouly"
        for (int j = title.to() + 1; j < name.from(); j++) {
          secondTitle &= doc.token(j).isCapitalized() || doc.token(j).is("of") || doc.token(j).is("and");
        }
        if (secondTitle) {
          return name.entity();
        }
      }
    }
    return null;
  }

  /** Plural roles that name the people who sit for several states or bodies. */
  private static final Set<String> ROLE_PLURALS = WordSet.of("chiefs", "ministers", "counterparts", "envoys",
      "commanders", "negotiators");
  private static final Set<String> GROUP_OPENERS = WordSet.of("the", "his", "her", "their", "its");

  /**
   * "the defence chiefs", "his Nordic and Baltic counterparts" ending at token {@code i}: a group of role
   * holders named by their role (EVENTS.md rule 5: groups when nobody is named), or null. Its name is the
   * words after the determiner.
   */
  private static Entity roleGroupAt(Document doc, Sentence s, int i) {
    if (i >= s.to() || !ROLE_PLURALS.contains(doc.token(i).lower()) || i + 1 < s.to() && doc.token(i + 1).is("of")) {
      return null; // "ministers of Egypt and Jordan": the states name them
    }
    for (int k = i - 1; k >= s.from() && k >= i - 5; k--) {
      Token w = doc.token(k);
      if (GROUP_OPENERS.contains(w.lower())) {
        if (k == i - 1) {
          return null; // "his counterparts": whose is told by the sentence, not the words
        }
        String name = doc.text().substring(doc.token(k + 1).start(), doc.token(i).end());
        return new Entity(name, ActorKind.GROUP, null, null, false, true);
      }
      if (!w.isWord() || w.is("'s")) {
        return null;
      }
    }
    return null;
  }

  /** The end of a role group right before {@code at} ("his Baltic counterparts when ..."), or -1. */
  private static int roleGroupEndingBefore(Document doc, Sentence s, int at) {
    for (int i = at; i >= s.from() && i >= at - 2; i--) {
      if (roleGroupAt(doc, s, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The person a "he/she" opening a when-clause stands for: the main clause's subject, a named person right
   * before its verb ("King Abdullah II would raise the issue when he meets Ramaphosa"), not its reporter. Null when
   * the main clause has none.
   */
  private static ActorSpan mainSubject(AnalyzedArticle article, Sentence s, int opener, Set<ActorSpan> reporters) {
    Document doc = article.doc();
    ActorSpan found = null;
    for (ActorSpan a : article.spansIn(s.from(), opener)) {
      if (a.form() == ActorSpan.Form.NAME && a.entity() != null && a.entity().kind() == ActorKind.PERSON
          && !reporters.contains(a) && a.to() < opener && AUXILIARIES.contains(doc.token(a.to()).lower())) {
        found = a; // the latest such subject before the clause
      }
    }
    return found;
  }

  /**
   * "she had raised the issue with Kallas when they spoke by phone": the person who raised it "with" someone just
   * before a "when they ..." clause, and that someone, are its "they" (the sentence names the pair); empty when the
   * main clause has no such "with".
   */
  private static List<ActorSpan> raisedWith(AnalyzedArticle article, Sentence s, int opener,
      Set<ActorSpan> reporters) {
    Document doc = article.doc();
    for (int w = opener - 1; w > s.from() && w >= opener - 12; w--) {
      if (doc.quoted(w) || doc.token(w).is(";")) {
        return List.of();
      }
      if (!doc.token(w).is("with")) {
        continue;
      }
      ActorSpan partner = article.spanStartingAt(doc.token(w + 1).is("the") ? w + 2 : w + 1);
      ActorSpan subject = null;
      for (ActorSpan a : article.spansIn(s.from(), w)) {
        Entity e = a.entity();
        if (e != null && e.kind() == ActorKind.PERSON && !reporters.contains(a) && a.to() < w
            && doc.token(a.to()).isWord() && !doc.token(a.to()).isCapitalized()) {
          subject = a; // the latest person right before a verb: "she had raised"
        }
      }
      if (partner == null || partner.entity() == null || subject == null || partner.to() > opener) {
        return List.of();
      }
      return List.of(subject, partner);
    }
    return List.of();
  }

  /** Subordinators that open a clause with its own subject before a verb: "where the leaders meet". */
  private static final Set<String> CLAUSE_OPENERS = WordSet.of("where", "when", "whenever", "once", "until");

  /**
   * Where a relative or time clause holding the verb trigger starts, or the sentence start: "Lula wants the
   * ceremony in Foz, where the bloc's leaders meet on Friday" is a meeting of the leaders, not of Lula.
   */
  private static int relativeClauseStart(AnalyzedArticle article, Sentence s, Trigger t) {
    Document doc = article.doc();
    if (isNoun(doc, t)) {
      return s.from();
    }
    for (int k = t.from() - 1; k > s.from() && k >= t.from() - 6; k--) {
      if (CLAUSE_OPENERS.contains(doc.token(k).lower()) && !doc.quoted(k)) {
        return article.spansIn(k + 1, t.from()).isEmpty() ? s.from() : k + 1;
      }
      if (!doc.token(k).isWord() && !doc.token(k).is("'s")) {
        break;
      }
    }
    return s.from();
  }

  /** Group heads that say whom a state deals with, not who takes part: "Asian partners", "Western allies". */
  private static final Set<String> VAGUE_HEADS = WordSet.of("partners", "allies", "friends", "neighbours",
      "neighbors", "countries", "nations", "states", "powers", "markets", "economies", "donors", "investors");

  private static boolean vague(Entity group) {
    String name = group.name();
    int space = name.lastIndexOf(' ');
    return VAGUE_HEADS.contains(name.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The tokens [antecedent start, closing comma) of a non-restrictive relative clause "X, who ...," holding the
   * trigger, or null: what the clause tells is X's own, apart from the main clause's event.
   */
  private static int[] relativeClauseAround(AnalyzedArticle article, Sentence s, Trigger t) {
    Document doc = article.doc();
    for (int k = t.from() - 1; k > s.from() + 1 && k >= t.from() - 15; k--) {
      Token w = doc.token(k);
      if (w.is(",") || w.is(";") || doc.quoted(k)) {
        return null; // the clause closed before the trigger
      }
      if ((w.is("who") || w.is("which")) && doc.token(k - 1).is(",")) {
        ActorSpan antecedent = article.spanEndingAt(k - 2);
        if (antecedent == null) {
          return null;
        }
        for (int e = t.to(); e < s.to(); e++) {
          if (doc.token(e).is(",") && !doc.quoted(e)) {
            return new int[] {antecedent.from(), e};
          }
        }
        return null;
      }
    }
    return null;
  }

  /** Lower-case words after "and" that start a second predicate of the same subject: "and intended to travel". */
  private static final Set<String> SECOND_PREDICATE = WordSet.of("will", "would", "is", "was", "has", "had",
      "plans", "wants", "said", "says", "told", "intends", "urged", "asked", "added", "agreed", "signed",
      "discussed", "invited", "thanked", "expressed", "called", "promised", "pledged", "vowed", "also");

  /**
   * Where "and" starts a second predicate of the trigger's subject ("had spoken by phone with A on Monday and
   * intended to travel to B"), or {@code limit}: the objects of that predicate take no part in this event.
   */
  private static int conjunctAfter(AnalyzedArticle article, Sentence s, int from, int limit) {
    Document doc = article.doc();
    for (int i = from; i + 1 < limit && i + 1 < s.to(); i++) {
      if (doc.quoted(i) || !(doc.token(i).is("and") || doc.token(i).is("but"))) {
        continue;
      }
      Token next = doc.token(i + 1);
      String w = next.lower();
      if (!next.isCapitalized() && (SECOND_PREDICATE.contains(w) || w.length() > 4 && w.endsWith("ed"))
          && article.spanEndingAt(i - 1) == null || !next.isCapitalized() && SECOND_PREDICATE.contains(w)) {
        return i;
      }
    }
    return limit;
  }

  /** "and invited him to visit": the second predicate points back at the first one's object. */
  private static boolean objectPronoun(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (doc.token(i).is("him") || doc.token(i).is("her") || doc.token(i).is("them")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "In a statement after the closed-door meeting, the adviser X said ...": a meeting named in an adverbial
   * fronted before the speaker dates the words; the speaker only reports it.
   */
  private static boolean frontedOccasion(Document doc, Sentence s, Trigger t, ActorSpan speaker) {
    if (speaker.from() <= t.to() || !isNoun(doc, t)) {
      return false;
    }
    for (int i = t.to(); i < speaker.from(); i++) {
      if (doc.token(i).is(",")) {
        return true;
      }
      if (doc.token(i).is("with") || doc.token(i).is("between")) {
        return false; // "After talks with Putin, Xi said": the talks are Xi's own
      }
    }
    return false;
  }

  /** Words that open a clause of its own when an actor and a verb follow ("after Trump said", "as the EU tries"). */
  private static final Set<String> SUBORDINATORS = WordSet.of("after", "as", "while", "because", "although",
      "though", "when", "since", "before", "whereas", "if", "unless");
  private static final Set<String> AUXILIARIES = WordSet.of("is", "was", "were", "are", "has", "had", "have",
      "will", "would", "could", "can", "may", "might", "must", "should");

  /**
   * Where a subordinate clause with its own subject starts after the trigger, or {@code limit}: "talks
   * will begin later this week after Ruto said Museveni will be involved" are not talks with Ruto
   * and Museveni. A phrase without a verb ("after talks with Putin", "as part of") does not end it.
   */
  private static int subordinateClauseAfter(AnalyzedArticle article, Sentence s, int from, int limit) {
    Document doc = article.doc();
    for (ActorSpan a : article.actors(s)) {
      int k = a.from() - 1;
      while (k > from && k >= a.from() - 2 && isArticle(doc, k)) {
        k--;
      }
      // "after foreign ministers A and B sealed the deal": a plural title the recognizer left out of the name
      for (int j = k; j > from && j >= a.from() - TITLE_WORDS && TITLE_PLURALS.contains(doc.token(j).lower()); j--) {
        k = j - 1;
      }
      if (k < from || k >= limit || a.to() >= s.to() || !SUBORDINATORS.contains(doc.token(k).lower())
          || doc.quoted(k)) {
        continue;
      }
      int end = a.to();
      for (ActorSpan b; end + 1 < s.to() && doc.token(end).is("and") && (b = article.spanStartingAt(end + 1)) != null; ) {
        end = b.to(); // "after A and B sealed the deal": the verb follows the last of the joined subjects
      }
      if (end >= s.to()) {
        continue;
      }
      String verb = doc.token(end).lower();
      if (SpeechVerbs.FINITE.contains(verb) || AUXILIARIES.contains(verb)
          || verb.length() > 3 && Character.isLowerCase(doc.token(end).text().charAt(0))
              && (verb.endsWith("ed") || verb.endsWith("s") && !verb.endsWith("ss"))) {
        return k;
      }
    }
    return limit;
  }

  /** How far before a noun trigger its "during" may stand: "during General Secretary and President X's state visit". */
  private static final int OCCASION_REACH = 12;

  /**
   * The tokens [first, end) of a "during ..." phrase that holds a noun trigger, names whose it is and gives its own
   * time ("during X's state visit to Y in April 2025", "during the phone talks between A and B in August"), else
   * null: that past occasion is an event of its own people, apart from the clause it dates.
   */
  private static int[] occasionPhrase(AnalyzedArticle article, Sentence s, Trigger t) {
    Document doc = article.doc();
    String noun = doc.token(t.to() - 1).lower();
    if (!(NOUNS.contains(noun) || noun.equals("visit"))) {
      return null;
    }
    int during = -1;
    for (int k = t.from() - 1; k >= s.from() && k >= t.from() - OCCASION_REACH; k--) {
      Token w = doc.token(k);
      if (w.is("during")) {
        during = k;
        break;
      }
      if (doc.quoted(k) || w.is(",") || w.is(";") || w.is("with") || w.is("between")) {
        return null;
      }
    }
    if (during < 0) {
      return null;
    }
    int end = t.to();
    while (end < s.to() && !doc.token(end).is(",") && !doc.token(end).is(";") && !doc.quoted(end)
        && !(doc.token(end).is("and") && end + 1 < s.to() && doc.token(end + 1).is("during"))) {
      end++;
    }
    boolean owner = !article.spansIn(during + 1, t.from()).isEmpty() // "during X's state visit"
        || t.to() + 1 < end && (doc.token(t.to()).is("between") || doc.token(t.to()).is("with"))
            && !article.spansIn(t.to() + 1, end).isEmpty(); // "during the phone talks between the two leaders"
    if (!owner) {
      return null; // "A and B agreed during a meeting on the sidelines of ...": the meeting is theirs
    }
    java.time.LocalDate published = java.time.LocalDate.ofInstant(article.publishedAt(), java.time.ZoneOffset.UTC);
    return dev.readout.extract.engine.time.DateResolver.find(doc, t.to(), end, published, false).isEmpty()
        ? null : new int[] {during + 1, end}; // undated, it is the occasion of the clause's own event
  }

  /** Lower-case words of a plural title before two names: "foreign ministers", "prime ministers", "the leaders". */
  private static final Set<String> TITLE_PLURALS = WordSet.of("foreign", "ministers", "prime", "presidents",
      "leaders", "defence", "defense", "trade", "finance", "interior", "economy", "envoys", "the", "their", "both");
  private static final int TITLE_WORDS = 4;

  private static boolean isArticle(Document doc, int i) {
    String w = doc.token(i).lower();
    return w.equals("the") || w.equals("a") || w.equals("an");
  }

  /** "The two countries said ... teams would meet": a mention inside a (joint) speaker's words reports too. */
  private static boolean insideAny(ActorSpan a, Set<ActorSpan> reporters) {
    for (ActorSpan r : reporters) {
      if (a.from() >= r.from() && a.to() <= r.to()) {
        return true;
      }
    }
    return false;
  }

  /** Words that make an event noun one already told: "the visit", "that meeting", "his talks". */
  private static final Set<String> BACK_REFERENCES = WordSet.of("the", "this", "that", "his", "her", "their");
  /** Words after an event noun that give it people of its own: "the talks with Kyiv", "the visit by the emir". */
  private static final Set<String> OWN_PARTIES = WordSet.of("with", "between", "among", "by", "of", "to");
  /** Verbs that tell what an event came after or with: "The visit follows a phone call", "The talks come as". */
  private static final Set<String> SEQUELS = WordSet.of("follows", "followed", "comes", "came", "caps", "capped",
      "crowns", "crowned");
  /** How many words may stand between the determiner and the noun: "the two-day state visit". */
  private static final int BACK_REFERENCE_WORDS = 4;

  /**
   * The meeting or call told in an earlier sentence that this definite or possessed event noun names again
   * ("In a post after the meeting, ...", "The visit follows a phone call ...", "Gil welcomed Amorim's visit",
   * "Trudeau's Berlin visit comes as ..."), else null. One event mentioned twice in an article is one event
   * (EVENTS.md): the noun's own window would make a second one of whoever stands near it. A possessor must
   * take part in the earlier event; a noun with parties of its own ("the talks with Kyiv") is another event
   * unless they all took part in it.
   */
  private Candidate toldBefore(AnalyzedArticle article, Sentence s, Trigger t, List<Trigger> triggers,
      List<Candidate> out) {
    Document doc = article.doc();
    String noun = doc.token(t.to() - 1).lower();
    if (out.isEmpty() || t.to() - t.from() > 2 || !(isNoun(doc, t) || noun.equals("visit") || noun.equals("trip"))) {
      return null;
    }
    ActorSpan owner = null;
    boolean definite = false;
    for (int k = t.from() - 1; k >= s.from() && k >= t.from() - BACK_REFERENCE_WORDS; k--) {
      Token w = doc.token(k);
      if (BACK_REFERENCES.contains(w.lower())) {
        definite = true;
        break;
      }
      if (w.is("'s") || w.is("'")) {
        owner = article.spanEndingAt(k - 1);
        definite = owner != null;
        break;
      }
      if (!w.isWord() || AUXILIARIES.contains(w.lower()) || doc.quoted(k)) {
        break;
      }
    }
    if (!definite || owner != null && (owner.entity() == null || owner.entity().kind() != ActorKind.PERSON)) {
      return null;
    }
    // only an occasion ("after the meeting"), the subject of a sequel ("The visit follows"), or a possessed noun
    // ("Amorim's visit"): a bare "the talks" may open its own account ("The talks on Thursday were held at ...")
    // (with another event in the sentence, "before that meeting, A met B", the occasion dates that one instead)
    boolean occasion = triggers.size() == 1 && afterOrBefore(doc, s, t.from()) || attendedThe(doc, s, t) >= 0
        || aspectOf(doc, s, t);
    boolean sequel = t.to() < s.to() && SEQUELS.contains(doc.token(t.to()).lower());
    if (owner == null && !occasion && !sequel || owner != null && !argument(doc, s, owner)) {
      return null;
    }
    EventType type = noun.equals("call") || noun.equals("calls") ? EventType.CALL : t.type();
    dev.readout.schemas.avro.Place place = t.to() + 1 < s.to() && (doc.token(t.to()).is("to")
        || doc.token(t.to()).is("in")) ? places.find(doc, t.to(), Math.min(s.to(), t.to() + 5), t.to()) : null;
    dev.readout.schemas.avro.EventStatus status = StatusClassifier.classify(doc, s, t.from());
    List<ActorSpan> parties = t.to() + 1 < s.to() && OWN_PARTIES.contains(doc.token(t.to()).lower())
        ? partiesAt(article, s, t.to() + 1) : List.of();
    for (int k = out.size() - 1; k >= 0; k--) {
      Candidate e = out.get(k);
      if (e.type != type || e.sentence >= s.index() || e.sitting) {
        continue;
      }
      if (owner != null && !e.hasParticipant(owner.entity()) || place != null && !hostOf(e, place)
          || owner != null && ownTense(doc, s, t)
              && StatusClassifier.classify(doc, doc.sentences().get(e.sentence), e.trigger) != status) {
        continue; // "Ishiba's visit to India next month" after his talks in Canberra: another trip
      }
      boolean all = true;
      for (ActorSpan p : parties) {
        all &= p.entity() == null || e.hasParticipant(p.entity());
      }
      if (all) {
        return e;
      }
      if (owner == null) {
        return null; // "the talks with Kyiv" after talks with others: another event
      }
    }
    return null;
  }

  /**
   * "a possible visit by Prime Minister X to India", "the visit by the emir to Paris": the visitor is the person
   * after "by" and the host the state of the place after "to", not whoever else stands near the noun (those who
   * prepare or discuss the visit).
   */
  private void visitBy(AnalyzedArticle article, Sentence s, Trigger t, Candidate c) {
    Document doc = article.doc();
    if (!doc.token(t.from()).is("visit") || t.to() + 1 >= s.to() || !doc.token(t.to()).is("by")) {
      return;
    }
    ActorSpan visitor = article.spanStartingAt(t.to() + 1);
    if (visitor == null && doc.token(t.to() + 1).is("the")) {
      visitor = article.spanStartingAt(t.to() + 2);
    }
    if (visitor == null || visitor.entity() == null || visitor.entity().kind() != ActorKind.PERSON
        || visitor.to() + 1 >= s.to() || !doc.token(visitor.to()).is("to")) {
      return;
    }
    dev.readout.schemas.avro.Place place = places.find(doc, visitor.to(), Math.min(s.to(), visitor.to() + 5),
        visitor.to());
    var state = place == null || place.getCountry() == null ? null : gazetteer.country(place.getCountry());
    if (state == null || state.iso3().equals(visitor.entity().country())) {
      return;
    }
    c.participants.clear();
    c.addParticipant(visitor.entity(), StatementFinder.mention(doc, visitor));
    c.addParticipant(new Entity(state.name(), ActorKind.COUNTRY, null, state.iso3(), true, true), place.getName());
    c.location = place;
  }

  /** "after the meeting", "following the talks", "before the visit": the noun only times what the sentence tells. */
  private static boolean afterOrBefore(Document doc, Sentence s, int trigger) {
    for (int i = trigger - 1; i >= s.from() && i >= trigger - 4; i--) {
      String w = doc.token(i).lower();
      if (w.equals("after") || w.equals("before") || w.equals("following") || w.equals("since")) {
        return true;
      }
      if (!doc.token(i).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The possessor opens the sentence or is a verb's object ("Gil welcomed Amorim's visit"): the noun is what the
   * clause is about, not a detail inside another phrase ("coincided with the minister's official visit").
   */
  private static boolean argument(Document doc, Sentence s, ActorSpan owner) {
    if (owner.from() == s.from()) {
      return true;
    }
    Token before = doc.token(owner.from() - 1);
    return before.isWord() && !before.isCapitalized() && (before.lower().endsWith("ed") || before.lower().endsWith("s"))
        && !NOT_A_VERB.contains(before.lower());
  }

  /** A modal or finite verb near the noun gives it a time of its own: "Ishiba's visit to India next month will". */
  private static boolean ownTense(Document doc, Sentence s, Trigger t) {
    for (int i = t.to(); i < s.to() && i <= t.to() + 6; i++) {
      if (AUXILIARIES.contains(doc.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The actors listed from {@code at}: "A", "the emir and his prime minister", "A, B and C"; not what follows. */
  private static List<ActorSpan> partiesAt(AnalyzedArticle article, Sentence s, int at) {
    Document doc = article.doc();
    List<ActorSpan> out = new ArrayList<>();
    int k = at < s.to() && doc.token(at).is("the") ? at + 1 : at;
    for (ActorSpan a; k < s.to() && (a = article.spanStartingAt(k)) != null; ) {
      out.add(a);
      k = a.to();
      if (k + 1 < s.to() && (doc.token(k).is("and") || doc.token(k).is(",") && article.spanStartingAt(k + 1) != null)) {
        k++;
      } else {
        break;
      }
    }
    return out;
  }

  /** The place lies in the state of one of the event's participants, or is its place: the same trip. */
  private static boolean hostOf(Candidate e, dev.readout.schemas.avro.Place place) {
    if (e.location != null && java.util.Objects.equals(e.location.getCountry(), place.getCountry())) {
      return true;
    }
    for (Candidate.Participant p : e.participants) {
      if (place.getCountry() != null && place.getCountry().equals(p.entity().country())) {
        return true;
      }
    }
    return false;
  }

  /** Words after a comma that keep a journey's purpose going: ", where he will meet", ", during which". */
  private static final Set<String> PURPOSE_GOES_ON = WordSet.of("where", "during", "to", "for", "on", "and");

  /**
   * A meeting or call trigger follows the journey in its clause ("to hold talks", ", where he will meet"): the
   * journey is made for it. Not one past a comma that starts something else ("in Amman next week for the joint
   * committee, the first to meet since 2023").
   */
  private static boolean triggerAfter(Document doc, List<Trigger> triggers, Journeys.Journey j) {
    for (Trigger t : triggers) {
      if (t.from() <= j.verb()) {
        continue;
      }
      boolean sameClause = true;
      for (int k = j.end(); k < t.from() && sameClause; k++) {
        sameClause = !(doc.token(k).is(",") && !PURPOSE_GOES_ON.contains(doc.token(k + 1).lower())
            || doc.token(k).is(";"));
      }
      if (sameClause) {
        return true;
      }
    }
    return false;
  }

  /** The last journey before the trigger: "will travel to Tokyo on Thursday to hold talks". */
  private static Journeys.Journey journeyBefore(List<Journeys.Journey> journeys, Trigger t) {
    Journeys.Journey found = null;
    for (Journeys.Journey j : journeys) {
      if (j.verb() < t.from()) {
        found = j;
      }
    }
    return found;
  }

  /** Verbs of a purpose that make a journey a diplomatic one: "flew to Riyadh to meet", "travel to Rome to attend". */
  private static final Set<String> DIPLOMATIC_PURPOSES = WordSet.of("meet", "hold", "discuss", "sign", "attend",
      "negotiate", "seek", "pay", "open", "chair", "co-chair", "lead", "join", "take", "participate", "address",
      "deliver", "present", "mark", "launch", "visit", "review", "strengthen", "boost", "deepen", "finalise",
      "finalize", "conclude", "inaugurate", "brief", "consult", "represent", "mediate", "press", "push", "raise");
  /** Purposes of a private trip: "for medical treatment", "for a holiday". */
  private static final Set<String> PRIVATE_PURPOSES = WordSet.of("treatment", "holiday", "holidays", "vacation",
      "surgery", "check-up", "checkup", "match", "final", "game", "concert", "rest", "leave", "studies");

  /** The journey's purpose, when it says one, is an office holder's: not "to receive an award", "for treatment". */
  private static boolean diplomaticPurpose(Document doc, Sentence s, Journeys.Journey j) {
    for (int i = j.end(); i + 1 < s.to() && i <= j.end() + 8; i++) {
      Token w = doc.token(i);
      if (w.is(",") || w.is(";") || doc.quoted(i)) {
        return true;
      }
      if (w.is("to") && doc.token(i + 1).isWord() && !doc.token(i + 1).isCapitalized()
          && !doc.token(i + 1).is("the")) {
        return DIPLOMATIC_PURPOSES.contains(doc.token(i + 1).lower());
      }
      if (w.is("for")) {
        for (int k = i + 1; k < s.to() && k <= i + 4; k++) {
          if (PRIVATE_PURPOSES.contains(doc.token(k).lower())) {
            return false;
          }
        }
        return true;
      }
    }
    return true;
  }

  /** Words between a traveller and the travel verb: "is expected to", "will also", "was due to". */
  private static final Set<String> TRAVEL_AUXILIARIES = WordSet.of("is", "was", "are", "were", "will", "would",
      "could", "may", "might", "shall", "should", "be", "been", "to", "also", "then", "later", "expected", "due",
      "set", "scheduled", "slated", "has", "had", "have", "already", "reportedly", "now", "soon", "first", "plans",
      "planned", "planning", "intends", "going", "likely", "else", "once", "again", "can", "must", "'ll", "finally");

  /**
   * The person who makes the journey: the subject right before the travel verb and its auxiliaries, past an
   * appositive ("The Thai Prime Minister, Paetongtarn Shinawatra, will fly"), not a speaker who only reports it.
   */
  private static ActorSpan traveller(AnalyzedArticle article, Sentence s, int verb, List<Candidate> statements) {
    Document doc = article.doc();
    int k = verb - 1;
    while (k > s.from() && k >= verb - 6 && TRAVEL_AUXILIARIES.contains(doc.token(k).lower())) {
      k--;
    }
    ActorSpan a = article.spanEndingAt(k);
    if (a == null && doc.token(k).is(",")) {
      a = article.spanEndingAt(k - 1); // "The Thai Prime Minister, Paetongtarn Shinawatra, will fly"
    }
    if (a == null || a.quoted() || a.entity() == null || speaks(statements, a)) {
      return null;
    }
    Entity e = a.entity();
    boolean officeHolder = e.kind() == ActorKind.PERSON && (e.known() || e.title() != null)
        || e.kind() == ActorKind.GROUP && e.country() != null
            && e.name().toLowerCase(java.util.Locale.ROOT).endsWith("delegation");
    return officeHolder && e.political() ? a : null;
  }

  /**
   * "He could travel to New Delhi next month", "was expected in Amman next week for the joint committee": a journey
   * with no meeting word of its own is a visit of the traveller to the state of its destination (EVENTS.md: a
   * visit), placed there; null for a trip home, a private one or one that only times another clause.
   */
  private Candidate journeyVisit(AnalyzedArticle article, Sentence s, Journeys.Journey j, List<Candidate> statements) {
    Document doc = article.doc();
    if (Journeys.timing(doc, s, j) || negated(doc, s, j.verb()) || !diplomaticPurpose(doc, s, j)) {
      return null;
    }
    ActorSpan who = traveller(article, s, j.verb(), statements);
    var state = gazetteer.country(j.destination().getCountry());
    if (who == null || state == null || state.iso3().equals(who.entity().country())
        || who.from() > s.from() && SUBORDINATORS.contains(doc.token(who.from() - 1).lower())) {
      return null; // "held talks with B as C arrived in Nairobi": the arrival only times the talks
    }
    Candidate c = visit(doc, s, j.verb());
    c.addParticipant(who.entity(), StatementFinder.mention(doc, who));
    c.addParticipant(new Entity(state.name(), ActorKind.COUNTRY, null, state.iso3(), true, true),
        j.destination().getName());
    c.location = j.destination();
    return c;
  }

  /** "X arrived in Beijing for a state visit": the host country takes part in a visit of one person. */
  private void hostCountry(AnalyzedArticle article, Sentence s, Candidate c) {
    if (!"VISIT".equals(c.mode) || c.participants.size() != 1) {
      return;
    }
    Entity visitor = c.participants.get(0).entity();
    dev.readout.schemas.avro.Place place = c.location != null ? c.location
        : places.find(article.doc(), s.from(), s.to(), c.trigger);
    if (place == null || place.getCountry() == null || place.getCountry().equals(visitor.country())) {
      return;
    }
    var country = gazetteer.country(place.getCountry());
    if (country != null) {
      c.addParticipant(new Entity(country.name(), ActorKind.COUNTRY, null, country.iso3(), true, true), place.getName());
      c.location = place;
    }
  }

  /** Verbs of a question put to someone: "Asked whether", "when asked if". */
  private static final Set<String> ASKED = WordSet.of("asked", "asking", "ask", "questioned", "pressed");

  /**
   * "Asked whether Xi would speak with X in the coming days, Lin said ...", "When asked if she would meet him, ...":
   * the event is the question's, neither told nor planned (EVENTS.md rule 6: purely hypothetical). Only fronted:
   * "Reporters asked if A would meet B" is still a prospect (PROPOSED).
   */
  private static boolean askedWhether(Document doc, Sentence s, int trigger) {
    for (int k = trigger - 1; k > s.from() && k >= trigger - QUESTION_REACH; k--) {
      Token w = doc.token(k);
      if (w.is(",") || w.is(";") || doc.quoted(k)) {
        return false;
      }
      if ((w.is("whether") || w.is("if")) && ASKED.contains(doc.token(k - 1).lower())) {
        // fronted, the question was put to the one who answers; "Reporters asked if A would meet B" tells a prospect
        int asked = k - 1;
        return asked == s.from() || asked - 1 >= s.from() && (doc.token(asked - 1).is("when")
            || doc.token(asked - 1).is("being"));
      }
    }
    return false;
  }

  /** How far before the trigger the question may open: past a titled name. */
  private static final int QUESTION_REACH = 12;

  /** What one's own side sends abroad: a visit to them meets no other state. */
  private static final Set<String> OWN_PEOPLE = WordSet.of("troops", "contingent", "soldiers", "peacekeepers",
      "embassy", "consulate", "mission", "personnel", "sailors", "forces", "unit", "battalion", "diaspora",
      "nationals", "citizens", "base", "staff", "crew", "detachment", "deployment", "servicemen", "servicemembers");
  /** Words that may stand before them: "the Indian peacekeeping contingent", "its navy's", "our". */
  private static final Set<String> OWN_MODIFIERS = WordSet.of("the", "his", "her", "their", "its", "our",
      "peacekeeping", "military", "naval", "national", "deployed", "country's", "local", "'s");

  /**
   * "visited Kenyan troops in Port-au-Prince", "visited the contingent in Juba", "visited the Australian embassy in
   * Kyiv": a visit to one's own people abroad, with no host who takes part (EVENTS.md rule 1).
   */
  private static boolean ownPeopleVisited(Document doc, Sentence s, Trigger t) {
    if (!"VISIT".equals(t.mode())) {
      return false;
    }
    for (int k = t.to(); k < s.to() && k <= t.to() + 4; k++) {
      Token w = doc.token(k);
      if (OWN_PEOPLE.contains(w.lower())) {
        return true;
      }
      if (!(OWN_MODIFIERS.contains(w.lower()) || w.isCapitalized() && w.isWord())) {
        return false; // "visited Kenya's border with ...": another object
      }
    }
    return false;
  }

  /** Verbs of a preference for a kind of talks: "has preferred", "favours", "has long favoured". */
  private static final Set<String> PREFERS = WordSet.of("preferred", "prefers", "prefer", "favoured", "favored",
      "favours", "favors", "favour", "favor");

  /**
   * "the EU has preferred lower-level talks between the chief negotiators", "Beijing favours bilateral talks": the
   * noun names a kind of talks someone prefers, not talks that were or will be held.
   */
  private static boolean preferredFormat(Document doc, Sentence s, Trigger t) {
    for (int k = t.from() - 1; k >= s.from() && k >= t.from() - 4; k--) {
      Token w = doc.token(k);
      if (PREFERS.contains(w.lower())) {
        return true;
      }
      if (!w.isWord() || w.isCapitalized() || w.is("with") || w.is("for")) {
        return false;
      }
    }
    return false;
  }

  /** "any visit", "any future talks", "any such meeting": a kind of event, not one that is told. */
  private static boolean anyOf(Document doc, Sentence s, Trigger t) {
    for (int k = t.from() - 1; k >= s.from() && k >= t.from() - 3; k--) {
      Token w = doc.token(k);
      if (w.is("any")) {
        return true;
      }
      if (!w.isWord() || w.isCapitalized() || AUXILIARIES.contains(w.lower())) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> PRESENT_MEETS = WordSet.of("meet", "meets", "hold", "holds", "visit", "visits",
      "convene", "convenes", "talk", "speak", "speaks");
  private static final Set<String> HABIT = WordSet.of("every", "each", "annually", "regularly", "usually", "often",
      "routinely", "traditionally", "twice", "yearly", "periodically");

  /** "The EU's leaders meet every June", "they usually meet twice a year": a present that tells a custom. */
  private static boolean habitual(Document doc, Sentence s, Trigger t) {
    int i = t.from();
    if (!PRESENT_MEETS.contains(doc.token(i).lower()) || i > s.from() && AUXILIARIES.contains(doc.token(i - 1).lower())
        || i > s.from() && doc.token(i - 1).is("to")) {
      return false;
    }
    for (int k = Math.max(s.from(), i - 2); k < s.to() && k <= i + 3; k++) {
      if (HABIT.contains(doc.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TOPIC_VERBS = WordSet.of("would", "will", "could", "might", "may", "was", "is",
      "has", "had", "should", "can");

  /** "the visit would unlock investment", "this visit was a success": the visit is the subject of a clause about it. */
  private static boolean visitAsTopic(Document doc, Sentence s, Trigger t) {
    int i = t.from();
    return "VISIT".equals(t.mode()) && doc.token(i).is("visit") && i > s.from() && i + 1 < s.to()
        && (doc.token(i - 1).is("the") || doc.token(i - 1).is("this") || doc.token(i - 1).is("that"))
        && TOPIC_VERBS.contains(doc.token(i + 1).lower());
  }

  private static final Set<String> POSSESSIVES = WordSet.of("his", "her", "their");
  private static final Set<String> NOT_A_VERB = WordSet.of("on", "to", "in", "at", "of", "with", "and", "for",
      "from", "'s", "who", "which");

  /**
   * "X briefed Y on his recent visits to Accra and Lome": visits named as a noun with an owner, one
   * {@code VISIT} of the owner (the clause's subject) to each place's state; Y, who hears of them, takes
   * no part. Empty unless the noun has an owner and places after "to".
   */
  private List<Candidate> pastTrips(AnalyzedArticle article, Sentence s, Trigger t, List<Candidate> statements) {
    Document doc = article.doc();
    int noun = t.from();
    if (!"VISIT".equals(t.mode()) || !(doc.token(noun).is("visits") || doc.token(noun).is("visit"))
        || noun + 2 >= s.to() || !doc.token(noun + 1).is("to")) {
      return List.of();
    }
    int owner = noun - 1;
    while (owner > s.from() && owner >= noun - 3 && !POSSESSIVES.contains(doc.token(owner).lower())) {
      owner--;
    }
    if (!POSSESSIVES.contains(doc.token(owner).lower())) {
      return List.of();
    }
    Entity visitor = null;
    String visitorMention = null;
    for (ActorSpan a : article.spansIn(s.from(), owner)) {
      Entity e = a.entity();
      if (e != null && e.kind() == ActorKind.PERSON && a.to() < owner
          && doc.token(a.to()).isWord() && !doc.token(a.to()).isCapitalized()
          && !NOT_A_VERB.contains(doc.token(a.to()).lower()) && !speaks(statements, a)) {
        visitor = e; // "Mr Mahama briefed ...": the subject right before its verb
        visitorMention = StatementFinder.mention(doc, a);
        break;
      }
    }
    if (visitor == null) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    Set<String> states = new HashSet<>();
    for (int i = noun + 2; i < s.to() && i <= noun + 10; i++) {
      if (doc.token(i).is(",") && !(i + 1 < s.to() && doc.token(i + 1).isCapitalized())) {
        break;
      }
      for (Phrase p : gazetteer.index().longestAt(doc.tokens(), i, s.to())) {
        String iso3 = p.value() instanceof dev.readout.extract.engine.gazetteer.City city ? city.iso3()
            : p.value() instanceof dev.readout.extract.engine.gazetteer.Country country ? country.iso3() : null;
        var state = iso3 == null ? null : gazetteer.country(iso3);
        if (state == null || iso3.equals(visitor.country()) || !states.add(iso3)) {
          continue;
        }
        Candidate c = visit(doc, s, t.from());
        c.addParticipant(visitor, visitorMention);
        c.addParticipant(new Entity(state.name(), ActorKind.COUNTRY, null, iso3, true, true), state.name());
        String place = doc.text().substring(doc.token(i).start(), doc.token(i + p.length() - 1).end());
        c.location = new dev.readout.schemas.avro.Place(place, iso3);
        out.add(c);
      }
    }
    return out;
  }

  private static boolean speaks(List<Candidate> statements, ActorSpan a) {
    for (Candidate st : statements) {
      if (st.speakerSpan == a) {
        return true;
      }
    }
    return false;
  }

  /** "A, B and C held a trilateral meeting": people of three or more states meet multilaterally. */
  /** A visit told in sentence {@code s}, its trigger the word at {@code trigger}; participants to be added. */
  private static Candidate visit(Document doc, Sentence s, int trigger) {
    Candidate c = new Candidate();
    c.type = EventType.MEETING;
    c.mode = "VISIT";
    c.sentence = s.index();
    c.trigger = trigger;
    c.triggerText = doc.token(trigger).text();
    c.frameFrom = s.from();
    c.frameTo = s.to();
    return c;
  }

  private static Candidate multilateral(Candidate c) {
    if ("BILATERAL".equals(c.mode) && c.type == EventType.MEETING) {
      Set<String> states = new HashSet<>();
      for (Candidate.Participant p : c.participants) {
        if (p.entity().kind() == ActorKind.PERSON && p.entity().country() != null) {
          states.add(p.entity().country());
        }
      }
      if (states.size() >= 3) {
        c.mode = "MULTILATERAL";
      }
    }
    return c;
  }

  /** "X visited Tonga, the Cook Islands and Samoa": one visit per country. */
  private static List<Candidate> splitVisits(Candidate c) {
    if (!"VISIT".equals(c.mode)) {
      return List.of(c);
    }
    List<Candidate.Participant> countries = new ArrayList<>();
    List<Candidate.Participant> others = new ArrayList<>();
    for (Candidate.Participant p : c.participants) {
      (p.entity().kind() == ActorKind.COUNTRY ? countries : others).add(p);
    }
    if (countries.size() < 2 || others.size() != 1) {
      return List.of(c);
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate.Participant country : countries) {
      Candidate v = c.copy();
      v.participants.clear();
      v.participants.add(others.get(0));
      v.participants.add(country);
      v.location = new dev.readout.schemas.avro.Place(country.entity().name(), country.entity().country());
      out.add(v);
    }
    return out;
  }

  /**
   * "A spoke separately by phone with B and C": one event of A with each of the others. The first
   * participant is the subject; the word sits near the trigger ("spoke separately", "separate calls").
   */
  private static List<Candidate> splitSeparate(Document doc, Sentence s, Candidate c) {
    if (c.participants.size() < 3 || !separately(doc, s, c.trigger)) {
      return List.of(c);
    }
    List<Candidate> out = new ArrayList<>();
    Candidate.Participant subject = c.participants.get(0);
    for (Candidate.Participant other : c.participants.subList(1, c.participants.size())) {
      Candidate v = c.copy();
      v.participants.clear();
      v.participants.add(subject);
      v.participants.add(other);
      out.add(v);
    }
    return out;
  }

  private static boolean separately(Document doc, Sentence s, int trigger) {
    for (int i = Math.max(s.from(), trigger - 2); i < Math.min(s.to(), trigger + 3); i++) {
      String w = doc.token(i).lower();
      if (w.equals("separately") || w.equals("separate")) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Candidate.Participant> list, Candidate.Participant p) {
    for (Candidate.Participant q : list) {
      if (q.entity().id().equals(p.entity().id())) {
        return;
      }
    }
    list.add(p);
  }

  /**
   * At least two participants, not only countries, and actors of two states (or a state and an
   * international organization or foreign group) around the event.
   */
  static boolean diplomatic(Candidate c, List<Candidate.Participant> everyone) {
    if (c.participants.size() < 2) {
      return false;
    }
    if (c.participants.stream().noneMatch(p -> p.entity().kind() == ActorKind.PERSON
        || p.entity().kind() == ActorKind.GROUP)) {
      return false; // "talks between Russia and Ukraine" names nobody who meets
    }
    Set<String> countries = new HashSet<>();
    boolean unknown = false;
    boolean international = false;
    List<Candidate.Participant> all = new ArrayList<>(everyone);
    all.addAll(c.participants);
    for (Candidate.Participant p : all) {
      Entity e = p.entity();
      if (e.country() != null) {
        countries.add(e.country());
      } else if (e.kind() == ActorKind.ORGANIZATION && e.known()) {
        international = true;
      } else if (e.kind() == ActorKind.PERSON && !e.known() && e.title() == null) {
        continue; // a player, a banker: no political role, so no state behind them (EVENTS.md rule 1)
      } else {
        unknown = true;
      }
    }
    return countries.size() >= 2 || international || unknown;
  }

  /** What may stand between two states and the verb they are the subject of: "will", "agreed to", "also". */
  private static final Set<String> SUBJECT_GAP = WordSet.of("will", "would", "to", "also", "are", "is", "have",
      "has", "had", "agreed", "plan", "plans", "planned", "set", "due", "expected", "again", "later", "on", "be",
      "been", "formally", "finally", "then", "shall", "can", "could", "may", "might", "should", "began", "begin",
      "resume", "resumed");

  /**
   * "India and Bangladesh will hold foreign secretary-level talks": two states are the subject of the
   * meeting, so they are its participants when no person is named (EVENTS.md rule 5). Not "talks
   * between Russia and Ukraine", which names the sides of a conflict, not who meets.
   */
  private static boolean statesMeet(AnalyzedArticle article, Sentence s, Trigger t, Candidate c) {
    if (c.participants.size() < 2 || c.participants.stream().anyMatch(p -> p.entity().kind() != ActorKind.COUNTRY)) {
      return false;
    }
    Document doc = article.doc();
    if (!doc.token(s.to() - 1).is(".") && !doc.token(s.to() - 1).isQuoteMark()) {
      return false; // a headline restates the lede, which names the people
    }
    if (!isNoun(doc, t) || t.type() != EventType.MEETING) {
      return false; // "Argentina and Brazil met twice in the group stage": teams meet too; talks are held by states
    }
    int k = t.from() - 1;
    {
      int words = 0;
      while (k > s.from() && words < 3 && !HOST_VERBS.contains(doc.token(k).lower()) && doc.token(k).isWord()
          && !doc.token(k).isCapitalized()) {
        k--;
        words++;
      }
      if (k <= s.from() || !HOST_VERBS.contains(doc.token(k).lower())) {
        return false;
      }
      k--;
    }
    while (k > s.from() && SUBJECT_GAP.contains(doc.token(k).lower())) {
      k--;
    }
    ActorSpan second = article.spanEndingAt(k);
    if (!isCountry(second) || second.from() < s.from() + 2 || !doc.token(second.from() - 1).is("and")) {
      return false;
    }
    ActorSpan first = article.spanEndingAt(second.from() - 2);
    if (!isCountry(first) || first.entity().country().equals(second.entity().country())) {
      return false;
    }
    int before = first.from() - 1;
    // "The presidents of Kazakhstan, Uzbekistan and Kyrgyzstan held a summit": the states only qualify the subject
    return before < s.from() || !(doc.token(before).is("of") || doc.token(before).is(",")
        && isCountry(article.spanEndingAt(before - 1)) || doc.token(before).is("between")
        || doc.token(before).is("with") || doc.token(before).is("among"));
  }

  /** Verbs by which a body opens or holds talks with a state: "will formally open accession talks with Ukraine". */
  private static final Set<String> OPENS = WordSet.of("open", "opens", "opened", "hold", "holds", "held", "launch",
      "launches", "launched", "begin", "begins", "began", "start", "starts", "started", "resume", "resumes",
      "resumed");
  /** How many words may stand between the body and its talks: "will formally open the first cluster of accession". */
  private static final int BODY_REACH = 10;

  /**
   * "The European Union will formally open accession talks with Ukraine at a conference in Luxembourg": an
   * international body, the subject that opens or holds the talks, and the state after "with" hold them (rule 5:
   * groups when nobody is named); unlike "talks between Russia and Ukraine", the body is told as acting.
   */
  private static boolean bodyMeetsState(AnalyzedArticle article, Sentence s, Trigger t, Candidate c) {
    Document doc = article.doc();
    if (!isNoun(doc, t) || t.type() != EventType.MEETING || c.participants.size() != 2
        || t.to() + 1 >= s.to() || !doc.token(t.to()).is("with")) {
      return false;
    }
    ActorSpan state = article.spanStartingAt(t.to() + 1);
    if (!isCountry(state)) {
      return false;
    }
    for (ActorSpan body : article.spansIn(Math.max(s.from(), t.from() - BODY_REACH - 4), t.from())) {
      Entity e = body.entity();
      if (body.quoted() || e == null || e.kind() != ActorKind.ORGANIZATION || e.country() != null || !e.known()
          || t.from() - body.to() > BODY_REACH || !c.hasParticipant(e) || !c.hasParticipant(state.entity())) {
        continue;
      }
      for (int i = body.to(); i < t.from(); i++) {
        if (OPENS.contains(doc.token(i).lower())) {
          return true;
        }
        if (!doc.token(i).isWord() || doc.quoted(i)) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * "both sides", "the two sides" as the subject of the meeting or after "between": parties to a dispute or
   * talks, so states rather than their envoys; elsewhere ("the two sides agreed that Cho will visit") the
   * people they were resolved to.
   */
  private static boolean sides(Document doc, ActorSpan a) {
    return a.form() == ActorSpan.Form.PLURAL && doc.token(a.to() - 1).is("sides");
  }

  /**
   * The span is the subject of the verb trigger: before it, with no other actor, clause word or noun trigger
   * between ("Both sides also agreed to meet", not "The two sides agreed that Cho will visit").
   */
  private static boolean subjectOf(AnalyzedArticle article, ActorSpan a, Trigger t) {
    Document doc = article.doc();
    if (isNoun(doc, t) || a.to() > t.from() || t.from() - a.to() > 5) {
      return false;
    }
    for (int i = a.to(); i < t.from(); i++) {
      if (doc.token(i).is("that") || !doc.token(i).isWord() || article.spanStartingAt(i) != null) {
        return false;
      }
    }
    return true;
  }

  /** "Both sides also agreed to meet again in Istanbul": the sides are the subject of the verb trigger. */
  private static boolean sidesMeet(AnalyzedArticle article, Sentence s, Trigger t, Candidate c) {
    if (isNoun(article.doc(), t) || c.participants.size() < 2
        || c.participants.stream().anyMatch(p -> p.entity().kind() != ActorKind.COUNTRY)) {
      return false;
    }
    for (ActorSpan a : article.spansIn(Math.max(s.from(), t.from() - 6), t.from())) {
      if (sides(article.doc(), a)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LEAD_VERBS = WordSet.of("lead", "leads", "led", "head", "heads", "headed",
      "leading", "heading");

  /**
   * "India and Bangladesh will hold talks ... Misri will lead the Indian delegation": the next sentence names
   * who sits for a state, and people come before groups (EVENTS.md rule 5).
   */
  private static void delegationLeaders(AnalyzedArticle article, Sentence s, Candidate c) {
    Document doc = article.doc();
    if (s.index() + 1 >= doc.sentences().size()) {
      return;
    }
    Sentence next = doc.sentences().get(s.index() + 1);
    for (ActorSpan a : article.actors(next)) {
      Entity person = a.entity();
      if (person == null || person.kind() != ActorKind.PERSON || a.quoted()) {
        continue;
      }
      for (int k = a.to(); k < next.to() && k <= a.to() + 2; k++) {
        if (!LEAD_VERBS.contains(doc.token(k).lower())) {
          continue;
        }
        for (ActorSpan d : article.spansIn(k + 1, Math.min(next.to(), k + 5))) {
          Entity group = d.entity();
          if (group != null && group.kind() == ActorKind.GROUP && group.country() != null
              && group.name().toLowerCase(java.util.Locale.ROOT).endsWith("delegation")) {
            replaceState(c, group.country(), person, StatementFinder.mention(doc, a));
          }
        }
      }
    }
  }

  /**
   * A meeting of states only ("The foreign ministers of Egypt, Qatar and Jordan met in Doha") whose next sentence
   * names one titled person of each of those states takes those people (EVENTS.md rule 5: people before groups).
   */
  private static void namedNext(AnalyzedArticle article, Sentence s, Candidate c) {
    Document doc = article.doc();
    if (c.participants.size() < 2 || s.index() + 1 >= doc.sentences().size()
        || c.participants.stream().anyMatch(p -> p.entity().kind() != ActorKind.COUNTRY)) {
      return;
    }
    Sentence next = doc.sentences().get(s.index() + 1);
    java.util.Map<String, Candidate.Participant> byState = new java.util.HashMap<>();
    for (ActorSpan a : article.actors(next)) {
      Entity e = a.entity();
      if (a.quoted() || e == null || e.kind() != ActorKind.PERSON || e.country() == null || e.title() == null) {
        continue;
      }
      Entity named = e.known() ? null : namedHolder(article, next, e);
      e = named != null ? named : e; // "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed": one person
      Candidate.Participant p = new Candidate.Participant(e, StatementFinder.mention(doc, a));
      if (byState.containsKey(e.country()) && !byState.get(e.country()).entity().id().equals(e.id())) {
        return; // two people of one state: who sat for it cannot be told
      }
      byState.put(e.country(), p);
    }
    List<Candidate.Participant> people = new ArrayList<>();
    for (Candidate.Participant state : c.participants) {
      Candidate.Participant p = byState.get(state.entity().country());
      if (p == null) {
        return;
      }
      people.add(p);
    }
    c.participants.clear();
    c.participants.addAll(people);
  }

  private static void replaceState(Candidate c, String iso3, Entity person, String mention) {
    for (int i = 0; i < c.participants.size(); i++) {
      Entity e = c.participants.get(i).entity();
      if (e.kind() == ActorKind.COUNTRY && iso3.equals(e.country())) {
        c.participants.set(i, new Candidate.Participant(person.withCountry(iso3), mention));
        return;
      }
    }
  }

  private static boolean isCountry(ActorSpan a) {
    return a != null && !a.quoted() && a.entity() != null && a.entity().kind() == ActorKind.COUNTRY
        && a.entity().country() != null;
  }

  private static final Set<String> NOUNS = WordSet.of("meeting", "meetings", "talks", "negotiations", "discussions",
      "summit", "summits", "conference", "call", "calls", "conversation", "chat", "talk", "link", "videoconference",
      "encounter", "bilateral", "consultations", "session", "sessions", "retreat", "retreats", "lunch", "dinner", "breakfast", "luncheon");

  private static final Set<String> HOST_VERBS = WordSet.of("held", "hold", "holds", "holding", "have", "has", "had",
      "attend", "attends", "attended", "attending", "join", "joined", "joins", "joining", "host", "hosted", "hosts",
      "hosting", "convene", "convened", "chair", "chaired", "began", "begin", "start", "started", "launched",
      "opened", "wrapped", "concluded", "addressed", "address", "after", "during", "ahead", "before", "received",
      "made", "placed");

  private static final Set<String> DURATIONS = WordSet.of("hours", "days", "minutes", "rounds", "weeks", "hour",
      "day", "round");

  /** The noun is the object of "discuss": "discussed the talks", "to discuss the summit". */
  private static boolean discussedTopic(Document doc, Sentence s, Trigger t) {
    for (int i = t.from() - 1; i >= s.from() && i >= t.from() - 3; i--) {
      String w = doc.token(i).lower();
      if (w.startsWith("discuss") || w.equals("reviewed") || w.equals("review")) {
        return true;
      }
      if (!(w.equals("the") || w.equals("upcoming") || w.equals("planned") || w.equals("next") || w.equals("a")
          || w.equals("this") || w.equals("last") || w.equals("those"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isNoun(Document doc, Trigger t) {
    return NOUNS.contains(doc.token(t.to() - 1).lower());
  }

  /** A noun trigger tied to its actors: "talks with X", "a meeting between X and Y", "X held talks". */
  private static boolean anchored(AnalyzedArticle article, Sentence s, Trigger t) {
    Document doc = article.doc();
    if (passiveAgentAt(doc, s, t) >= 0) {
      return true; // "The talks on Saturday were led by A and B"
    }
    for (int i = t.to(); i < s.to() && i < t.to() + 8; i++) {
      String w = doc.token(i).lower();
      if ((w.equals("with") || w.equals("between") || w.equals("among")
          || w.equals("from") && t.type() == EventType.CALL) && !article.spansIn(i + 1,
          Math.min(s.to(), i + 12)).isEmpty()) {
        return true;
      }
      if (doc.token(i).is(".") || doc.token(i).is(";")) {
        break;
      }
    }
    for (int i = t.from() - 1; i >= s.from() && i >= t.from() - 5; i--) {
      if (HOST_VERBS.contains(doc.token(i).lower())) {
        return true;
      }
    }
    if (t.type() == EventType.CALL && spokeRemotely(doc, s, t) && !article.spansIn(s.from(), t.from()).isEmpty()) {
      return true; // "A and B spoke by video conference": the verb's subject took part
    }
    if (t.type() == EventType.MEETING && StatusClassifier.invitedFor(doc, s, t.from()) >= 0) {
      return true; // "invited A and B to Nairobi for direct talks": the talks of the inviter and the invited
    }
    if (t.from() - 2 >= s.from() && doc.token(t.from() - 1).is("of")
        && DURATIONS.contains(doc.token(t.from() - 2).lower()) && article.spansIn(s.from(), t.from()).size() >= 2) {
      return true; // "A joined B for three hours of talks": the talks took that long, so they were held
    }
    // "In a phone call on Sunday, Modi and Putin discussed ...": the occasion frames the clause; so it does
    // after the clause ("Wong and Mudavadi discussed the war in a phone call") when actors precede it.
    int k = t.from() - 1;
    while (k >= s.from() && (doc.token(k).is("a") || doc.token(k).is("an") || doc.token(k).is("the")
        || doc.token(k).is("phone") || doc.token(k).is("telephone") || doc.token(k).is("video")
        || doc.token(k).is("brief") || doc.token(k).is("lengthy"))) {
      k--;
    }
    if (k < s.from() || !(doc.token(k).is("in") || doc.token(k).is("during"))) {
      return false;
    }
    return k <= s.from() + 1 || t.type() == EventType.CALL && article.spansIn(s.from(), k).size() >= 2;
  }

  /** Verbs a remote means follows: "spoke by video conference", "talked via video link". */
  private static final Set<String> TALKED = WordSet.of("spoke", "speak", "speaks", "speaking", "talked", "talk",
      "talks", "talking", "met", "meet", "meets", "meeting", "conferred", "consulted", "communicated");

  /** "spoke by video conference", "talked over a videoconference": the noun says how a verb's talks were held. */
  private static boolean spokeRemotely(Document doc, Sentence s, Trigger t) {
    int k = t.from() - 1;
    if (k >= s.from() && (doc.token(k).is("a") || doc.token(k).is("the"))) {
      k--;
    }
    return k - 1 >= s.from() && TriggerScanner.REMOTE_LINKS.contains(doc.token(k).lower())
        && TALKED.contains(doc.token(k - 1).lower());
  }

  /** Participles whose agents lead or take part in the talks they are said of. */
  private static final Set<String> LED = WordSet.of("led", "held", "hosted", "chaired", "co-chaired", "attended",
      "mediated", "brokered", "facilitated", "headed");

  /**
   * "The talks on Saturday were led by A and B", "the meeting, hosted by A, ...": the token after "by"
   * when the noun trigger's own passive names its agents within a few words, else -1.
   */
  private static int passiveAgentAt(Document doc, Sentence s, Trigger t) {
    int held = heldPassive(doc, s, t);
    if (held >= 0) {
      return held;
    }
    for (int i = t.to(); i + 2 < s.to() && i <= t.to() + 5; i++) {
      Token w = doc.token(i);
      if (doc.quoted(i) || w.is(";") || w.is("with") || w.is("between")) {
        return -1;
      }
      if (LED.contains(w.lower()) && doc.token(i + 1).is("by") && i > t.to()
          && (doc.token(i - 1).is("was") || doc.token(i - 1).is("were") || doc.token(i - 1).is("been")
              || doc.token(i - 1).is(",") || doc.token(i - 1).is("being"))) {
        return i + 2;
      }
    }
    return -1;
  }

  /**
   * Another trigger of the sentence tells an event still ahead: "after the meeting, X said Accra would host a
   * meeting" (the meeting told before dates only the words), unlike "before that meeting, A met B" (which it dates).
   */
  private static boolean aheadOther(Document doc, Sentence s, Trigger t, List<Trigger> triggers) {
    for (Trigger u : triggers) {
      if (u != t && StatusClassifier.classify(doc, s, u.from()) != dev.readout.schemas.avro.EventStatus.OCCURRED) {
        return true;
      }
    }
    return false;
  }

  /** "the meeting", "that meeting", "Tuesday's talks": one already told. */
  private static boolean definite(Document doc, Sentence s, int trigger) {
    int k = trigger - 1;
    while (k > s.from() && k >= trigger - 3 && doc.token(k).isWord() && !doc.token(k).isCapitalized()
        && !(doc.token(k).is("the") || doc.token(k).is("that") || doc.token(k).is("this"))) {
      k--; // "the closed-door meeting"
    }
    return k >= s.from() && (doc.token(k).is("the") || doc.token(k).is("that") || doc.token(k).is("this")
        || doc.token(k).is("'s"));
  }

  /** How far an appositive may separate talks from their "were held": "The talks on Thursday, the third round, were held". */
  private static final int HELD_REACH = 12;

  /**
   * "The talks on Thursday, the third round this year, were held at a guesthouse in Muscat, with A and B ...": the
   * noun is the subject of its own "was/were held", so it took place; the token after "held", else -1.
   */
  private static int heldPassive(Document doc, Sentence s, Trigger t) {
    for (int i = t.to(); i + 1 < s.to() && i <= t.to() + HELD_REACH; i++) {
      Token w = doc.token(i);
      if (doc.quoted(i) || w.is(";") || w.is("with") || w.is("between") || w.is("that")) {
        return -1;
      }
      if ((w.is("was") || w.is("were")) && doc.token(i + 1).is("held")) {
        return i + 2;
      }
    }
    return -1;
  }

  /** "ahead of the G20 summit", "on the sidelines of the summit", "before the summit": an occasion, not the event. */
  private static boolean timeReference(Document doc, Sentence s, int trigger) {
    for (int i = trigger - 1; i >= s.from() && i >= trigger - 6; i--) {
      String w = doc.token(i).lower();
      if (w.equals("ahead") || w.equals("before") || w.equals("sidelines") || w.equals("after")) {
        return true;
      }
      if (!doc.token(i).isWord() || w.equals("at") || w.equals("to")) {
        return false;
      }
    }
    return false;
  }

  /** "A planned meeting between A and B was postponed": called off after its trigger. */
  private static final Set<String> CALLED_OFF = WordSet.of("postponed", "cancelled", "canceled", "scrapped",
      "shelved", "suspended");

  /** How far after its trigger a meeting may be said to be called off: past a relative clause. */
  private static final int CALLED_OFF_REACH = 32;

  private static boolean calledOffAfter(Document doc, Sentence s, int trigger) {
    for (int i = trigger + 1; i < s.to() && i <= trigger + CALLED_OFF_REACH; i++) {
      Token t = doc.token(i);
      if (t.is(";") || t.is(".") || t.is(",") && i > trigger + 1 && doc.token(i - 1).isWord() && !doc.quoted(i)
          && i + 1 < s.to() && SpeechVerbs.FINITE.contains(doc.token(i + 1).lower()) && !participle(doc, s, i + 1)) {
        return false; // "..., officials said": the reporter's clause, not "..., announced in May, never took place"
      }
      if ((t.is("was") || t.is("were") || t.is("has") || t.is("had") || t.is("been")) && i + 1 < s.to()
          && CALLED_OFF.contains(doc.token(i + 1).lower())) {
        return true;
      }
      if (i + 1 < s.to() && (t.is("not") || t.is("n't") || t.is("never")) && didNotHappen(doc, s, i + 1)) {
        return true; // "that had been planned for next week will not go ahead", "never took place"
      }
      if (i + 1 < s.to() && t.is("called") && doc.token(i + 1).is("off") && i > trigger + 1
          && (doc.token(i - 1).is("was") || doc.token(i - 1).is("been") || doc.token(i - 1).is("were"))) {
        return true;
      }
    }
    return false;
  }

  /** Words after a past participle that make it a reduced relative clause: "talks, announced in May, ...". */
  private static final Set<String> PARTICIPLE_ADVERBIALS = WordSet.of("in", "on", "at", "last", "earlier", "by",
      "for", "after", "before", "during");

  private static boolean participle(Document doc, Sentence s, int verb) {
    return doc.token(verb).lower().endsWith("ed") && verb + 1 < s.to()
        && PARTICIPLE_ADVERBIALS.contains(doc.token(verb + 1).lower());
  }

  /** Words before "visit" that make it a verb: "will visit", "to visit". */
  private static final Set<String> VERB_BEFORE_VISIT = WordSet.of("to", "will", "would", "could", "may", "might",
      "shall", "should", "can", "must", "'ll", "not", "also", "and", "or", "did");

  /** "A visit by X to Y", "the planned visit": the visit told as a noun, which a later "never took place" cancels. */
  private static boolean visitNoun(Document doc, Sentence s, Trigger t) {
    String w = doc.token(t.from()).lower();
    return (w.equals("visit") || w.equals("visits")) && t.from() > s.from()
        && !VERB_BEFORE_VISIT.contains(doc.token(t.from() - 1).lower());
  }

  /** Verbs that say an event came about, so that a negation before them cancels it: "did not materialise". */
  private static final Set<String> CAME_ABOUT = WordSet.of("happen", "happened", "materialise", "materialised",
      "materialize", "materialized", "occur", "occurred");

  /** "go ahead", "take place", "took place", "happened", "materialised" at token {@code i}, after a negation. */
  private static boolean didNotHappen(Document doc, Sentence s, int i) {
    String w = doc.token(i).lower();
    String n = i + 1 < s.to() ? doc.token(i + 1).lower() : "";
    return CAME_ABOUT.contains(w) || (w.equals("go") || w.equals("went")) && n.equals("ahead")
        || (w.equals("take") || w.equals("took")) && n.equals("place");
  }

  private static boolean negated(Document doc, Sentence s, int trigger) {
    for (int i = trigger - 1; i >= s.from() && i >= trigger - 10; i--) {
      String w = doc.token(i).lower();
      if (NEGATIONS.contains(w)) {
        if (w.equals("off") && !(i > s.from() && doc.token(i - 1).lower().startsWith("call"))) {
          continue;
        }
        if (w.equals("no") && i + 1 < s.to() && (doc.token(i + 1).is("longer"))) {
          continue;
        }
        return true;
      }
      if (doc.token(i).is(";") || doc.token(i).is("but")) {
        break;
      }
    }
    return false;
  }

  /** A place or occasion in the sentence makes "spoke with" a meeting: "at a dinner", "in Brussels". */
  private boolean mentionsVenue(Document doc, Sentence s) {
    for (int i = s.from(); i + 1 < s.to(); i++) {
      String w = doc.token(i).lower();
      String n = doc.token(i + 1).lower();
      if ((w.equals("at") && (n.equals("a") || n.equals("the"))) || w.equals("sidelines") || w.equals("during")
          || (w.equals("in") && isCity(doc, i + 1, s.to())) || w.equals("visit") || w.equals("met")) {
        return true;
      }
    }
    return false;
  }

  /** A city (not a country: "the war in Ukraine" is no venue) starts at this token. */
  private boolean isCity(Document doc, int i, int limit) {
    for (Phrase p : gazetteer.index().longestAt(doc.tokens(), i, limit)) {
      if (p.kind() == Phrase.Kind.CITY) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsCall(Document doc, Sentence s) {
    int last = Math.min(doc.sentences().size() - 1, s.index() + 1);
    for (int k = s.index(); k <= last; k++) {
      Sentence x = doc.sentences().get(k);
      for (int i = x.from(); i < x.to(); i++) {
        String w = doc.token(i).lower();
        if (w.equals("call") || w.equals("phone") || w.equals("telephone") || w.equals("phoned")) {
          return true;
        }
      }
    }
    return false;
  }
}
