package dev.readout.extract.engine.events;

import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.actors.AnalyzedArticle;
import dev.readout.extract.engine.actors.Entity;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.WordSet;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Meetings of an international body that names no one taking part: "next month's ECOWAS summit in
 * Abuja", "the summit of the African Union in May", "the Security Council will hold an emergency
 * session". The body stands for its members (EVENTS.md rule 5: groups when nobody is named), so the
 * meeting is {@code MULTILATERAL} with the body as its one participant.
 */
final class GatheringFinder {

  /** Nouns that name a body's own sitting; "session" only with a verb that holds it. */
  private static final Set<String> SITTINGS = WordSet.of("summit", "summits", "session", "sessions", "meeting",
      "meetings", "conference");

  /** Words that may stand between the body and its sitting: "the ASEAN annual summit", "NATO leaders' summit". */
  private static final Set<String> MODIFIERS = WordSet.of("annual", "emergency", "extraordinary", "ordinary",
      "special", "leaders", "ministers", "foreign", "defence", "defense", "ministerial", "'", "'s", "heads",
      "of", "state", "regular", "informal", "biannual", "next", "upcoming", "first", "second", "third");

  /** Verbs that make a body hold a sitting: "the Council will hold an emergency session". */
  private static final Set<String> HOLD = WordSet.of("hold", "holds", "held", "holding", "convene", "convenes",
      "convened", "convening");

  private static final Set<String> BETWEEN_HOLD_AND_SITTING = WordSet.of("a", "an", "the", "its", "emergency",
      "special", "extraordinary", "closed-door", "closed", "urgent", "annual", "ordinary", "first", "ministerial");

  private GatheringFinder() {}

  /**
   * The body whose sitting the noun trigger names, as a candidate, or null: the body is an
   * international organisation right before the noun ("the ASEAN summit") or after "of" ("a summit
   * of the African Union").
   */
  static Candidate ofNoun(AnalyzedArticle article, Sentence s, Trigger t) {
    Document doc = article.doc();
    int noun = t.to() - 1;
    if (!SITTINGS.contains(doc.token(noun).lower()) || t.type() != EventType.MEETING) {
      return null;
    }
    if (doc.token(noun).lower().endsWith("s") && !doc.token(noun).is("sessions")) {
      return null; // "next month's Arab League meetings", "the bloc's summits": a series, not one sitting
    }
    if (frame(doc, s, t.from()) && !ownTimetable(doc, s, noun)) {
      return null;
    }
    ActorSpan body = bodyBefore(article, s, noun);
    if (body == null && noun + 2 < s.to() && doc.token(noun + 1).is("of")) {
      int k = noun + 2;
      if (doc.token(k).is("the")) {
        k++;
      }
      ActorSpan after = article.spanStartingAt(k);
      body = international(after) ? after : null;
    }
    if (body == null) {
      return jointBody(article, s, t);
    }
    return candidate(doc, s, t.from(), t.to(), body);
  }

  /** First words that make a body one of two or more states: "Joint Rivers Commission", "Bilateral Commission". */
  private static final Set<String> INTERSTATE = WordSet.of("joint", "bilateral", "binational", "intergovernmental",
      "trilateral", "mixed");
  private static final Set<String> BODY_HEADS = WordSet.of("commission", "committee", "council", "mechanism",
      "board");

  /**
   * "a ministerial meeting of the Joint Rivers Commission", "the Joint Border Committee's meeting": a sitting of
   * a body of several states that the gazetteer does not know; it takes part with the states the sentence names.
   */
  private static Candidate jointBody(AnalyzedArticle article, Sentence s, Trigger t) {
    Document doc = article.doc();
    int noun = t.to() - 1;
    int k = noun + 1;
    if (k + 2 >= s.to() || !doc.token(k).is("of")) {
      return null;
    }
    k++;
    if (doc.token(k).is("the")) {
      k++;
    }
    if (!INTERSTATE.contains(doc.token(k).lower()) || !doc.token(k).isCapitalized()) {
      return null;
    }
    int end = k;
    while (end < s.to() && end < k + 6 && doc.token(end).isCapitalized() && doc.token(end).isWord()
        && !BODY_HEADS.contains(doc.token(end).lower())) {
      end++;
    }
    if (end >= s.to() || !BODY_HEADS.contains(doc.token(end).lower()) || !doc.token(end).isCapitalized()) {
      return null;
    }
    String name = doc.text().substring(doc.token(k).start(), doc.token(end).end());
    Candidate c = candidate(doc, s, t.from(), t.to(), null);
    c.mode = "NEGOTIATION";
    c.sitting = false;
    c.addParticipant(new Entity(name, ActorKind.GROUP, null, null, false, true), name);
    for (ActorSpan a : article.actors(s)) {
      Entity e = a.entity();
      if (!a.quoted() && e != null && e.kind() == ActorKind.COUNTRY && e.country() != null) {
        c.addParticipant(e, StatementFinder.mention(doc, a));
      }
    }
    return c;
  }

  /** "the Peace and Security Council would hold an emergency session": sittings named by a verb only. */
  static List<Candidate> held(AnalyzedArticle article, Sentence s) {
    Document doc = article.doc();
    List<Candidate> out = new ArrayList<>();
    for (int i = s.from(); i < s.to(); i++) {
      if (doc.quoted(i) || !HOLD.contains(doc.token(i).lower())) {
        continue;
      }
      int k = i + 1;
      while (k < s.to() && k <= i + 3 && BETWEEN_HOLD_AND_SITTING.contains(doc.token(k).lower())) {
        k++;
      }
      if (k >= s.to() || !(doc.token(k).is("session") || doc.token(k).is("sessions"))) {
        continue;
      }
      ActorSpan subject = subjectOf(article, s, i);
      if (subject != null) {
        out.add(candidate(doc, s, k, k + 1, subject));
      }
    }
    return out;
  }

  /** Words that make the sitting a frame of another event: "on the sidelines of the APEC summit". */
  private static final Set<String> FRAMES = WordSet.of("sidelines", "margins", "margin", "ahead", "before", "after",
      "since", "following", "during");

  /** Participles that give a sitting its own date: "the SADC summit, set for July 14 in Harare". */
  private static final Set<String> TIMETABLED = WordSet.of("set", "scheduled", "slated", "due", "planned");
  /** How far the sitting's name may run before its timetable: "the Extraordinary Summit of SADC Heads of State". */
  private static final int NAME_REACH = 8;

  /**
   * "ahead of the Extraordinary Summit of SADC Heads of State, set for July 14 in Harare": a sitting named as the
   * frame of other news but given its own date by an appositive is an event of its own, not only an occasion.
   */
  private static boolean ownTimetable(Document doc, Sentence s, int noun) {
    for (int i = noun + 1; i + 2 < s.to() && i <= noun + NAME_REACH; i++) {
      if (doc.quoted(i)) {
        return false;
      }
      if (doc.token(i).is(",")) {
        String w = doc.token(i + 1).lower();
        String n = doc.token(i + 2).lower();
        return TIMETABLED.contains(w) && (n.equals("for") || n.equals("on") || n.equals("to"));
      }
    }
    return false;
  }

  private static boolean frame(Document doc, Sentence s, int trigger) {
    for (int i = trigger - 1; i >= s.from() && i >= trigger - 6; i--) {
      if (FRAMES.contains(doc.token(i).lower())) {
        return true;
      }
      if (!doc.token(i).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** The international body ending just before the verb, past modals and adverbs ("would", "will also"). */
  private static ActorSpan subjectOf(AnalyzedArticle article, Sentence s, int verb) {
    Document doc = article.doc();
    int k = verb - 1;
    while (k > s.from() && k >= verb - 3 && doc.token(k).isWord() && !doc.token(k).isCapitalized()) {
      k--;
    }
    ActorSpan a = article.spanEndingAt(k);
    return international(a) ? a : null;
  }

  private static ActorSpan bodyBefore(AnalyzedArticle article, Sentence s, int noun) {
    Document doc = article.doc();
    for (int k = noun - 1; k >= s.from() && k >= noun - 4; k--) {
      ActorSpan a = article.spanEndingAt(k);
      if (a != null) {
        return international(a) ? a : null;
      }
      if (!MODIFIERS.contains(doc.token(k).lower())) {
        return null;
      }
    }
    return null;
  }

  /** An international organisation known to the gazetteer: a state's body meeting alone is no diplomacy. */
  private static boolean international(ActorSpan a) {
    if (a == null || a.quoted() || a.entity() == null) {
      return false;
    }
    Entity e = a.entity();
    return e.kind() == ActorKind.ORGANIZATION && e.country() == null && e.known();
  }

  private static Candidate candidate(Document doc, Sentence s, int from, int to, ActorSpan body) {
    Candidate c = new Candidate();
    c.type = EventType.MEETING;
    c.mode = "MULTILATERAL";
    c.sentence = s.index();
    c.trigger = from;
    c.triggerText = doc.text().substring(doc.token(from).start(), doc.token(to - 1).end());
    c.frameFrom = s.from();
    c.frameTo = s.to();
    if (body != null) {
      c.addParticipant(body.entity(), StatementFinder.mention(doc, body));
      c.sitting = true;
    }
    return c;
  }
}
