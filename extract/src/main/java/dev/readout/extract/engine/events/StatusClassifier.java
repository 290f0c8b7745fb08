package dev.readout.extract.engine.events;

import dev.readout.extract.engine.text.WordSet;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import dev.readout.schemas.avro.EventStatus;
import java.util.Set;

/**
 * Decides whether a meeting or call happened, is planned or only proposed, from the modal and
 * aspect cues around its trigger (EVENTS.md "Status"). Statements are always {@code OCCURRED}.
 */
public final class StatusClassifier {

  private static final int BEFORE = 9;
  private static final int AFTER = 12;

  private static final Set<String> PROPOSED = WordSet.of("could", "might", "may", "would", "proposed", "propose",
      "proposes", "proposal", "suggested", "suggests", "suggest", "wants", "want", "wanted", "hopes", "hope",
      "hoped", "seeks", "seek", "sought", "offered", "offer", "invited", "invitation", "invite", "possible",
      "possibly", "potential", "prospect", "willing", "ready", "interest", "interested", "consider",
      "considering", "if", "whether", "decision", "push", "pushing", "urged", "calls", "called", "demanded",
      "eager", "open", "should", "ought");

  private static final Set<String> PLANNED = WordSet.of("will", "'ll", "shall", "scheduled", "set", "expected",
      "due", "plans", "planned", "planning", "plan", "headed", "heading", "en", "preparing", "prepares",
      "upcoming", "next", "tomorrow", "later", "ahead", "to", "arrange", "arranged", "slated", "going",
      "intends", "travel", "travels", "traveling", "travelling", "leaving", "depart", "departs", "off");

  private static final Set<String> PAST = WordSet.of("met", "held", "visited", "hosted", "spoke", "phoned",
      "telephoned", "talked", "huddled", "conferred", "received", "called", "sat", "had", "attended", "took",
      "concluded", "wrapped", "ended", "was", "were", "last", "yesterday", "earlier", "previously", "ago",
      "welcomed", "co-chaired", "paid", "convened");

  private StatusClassifier() {}

  private static final Set<String> INVITE_VERBS = WordSet.of("invite", "invites", "invited", "inviting");
  /** Words between "for" and the talks it invites to: "for direct talks", "for a bilateral meeting". */
  private static final Set<String> TALKS_MODIFIERS = WordSet.of("a", "direct", "bilateral", "further", "fresh",
      "new", "face-to-face", "formal", "official", "peace", "private", "trilateral", "working");
  /** How far before "for talks" the invitation may stand: past two titled names and a place. */
  private static final int INVITE_REACH = 24;

  /**
   * "invited A (and B) to Nairobi for direct talks", "will invite A for talks": the invite verb whose purpose the
   * noun trigger is, else -1. The inviter and the invited are the talks' people.
   */
  static int invitedFor(Document doc, Sentence s, int trigger) {
    int k = trigger - 1;
    while (k > s.from() && k >= trigger - 3 && TALKS_MODIFIERS.contains(doc.token(k).lower())) {
      k--;
    }
    if (k <= s.from() || !doc.token(k).is("for")) {
      return -1;
    }
    for (int i = k - 1; i >= s.from() && i >= k - INVITE_REACH; i--) {
      Token w = doc.token(i);
      if (doc.quoted(i) || w.is(";") || w.is(".")) {
        return -1;
      }
      if (INVITE_VERBS.contains(w.lower())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The status of the meeting or call whose trigger is at token {@code trigger}: the nearest cue
   * before it decides ("held talks", "will hold talks", "could meet"), then cues after a noun
   * trigger ("the meeting is scheduled for"), then the trigger's own form.
   */
  public static EventStatus classify(Document doc, Sentence s, int trigger) {
    String tw = doc.token(trigger).lower();
    if (Journeys.isVerb(tw)) {
      return journey(doc, s, trigger);
    }
    if (PAST.contains(tw) && !modalBefore(doc, s, trigger) && !passiveAhead(doc, s, trigger)) {
      return EventStatus.OCCURRED;
    }
    if (TIMETABLE_PRESENT.contains(tw) && openedClause(doc, s, trigger) && fixedTimeAfter(doc, s, trigger)) {
      // "when they meet in Vilnius on Friday", "when Accra hosts Abidjan later this month": a present that
      // tells a timetable, whatever tense the attribution after it has
      return EventStatus.PLANNED;
    }
    if (invitedFor(doc, s, trigger) >= 0) {
      return EventStatus.PROPOSED; // "invited A and B to Nairobi for talks": talks on offer, not yet agreed
    }
    int purpose = purposeOf(doc, s, trigger);
    int from = Math.max(s.from(), (purpose >= 0 ? purpose : trigger) - BEFORE);
    boolean sitting = SITTINGS.contains(tw);
    int quoteOpen = doc.quoted(trigger) ? TriggerScanner.reportedPredicateOpen(doc, s, trigger) : -1;
    for (int i = quoteOpen >= 0 ? quoteOpen - 1 : trigger - 1; i >= from; i--) {
      if (purpose >= 0 && i < trigger - BEFORE && doc.token(i).is(",")) {
        break; // the journey's own clause only
      }
      if (doc.quoted(i) || doc.token(i).is(";") || doc.token(i).is(".")) {
        break; // past the quotation a trigger only finishes ('would "meet soon"'), its modal decides
      }
      String w = doc.token(i).lower();
      if (Journeys.isVerb(w)) {
        return journey(doc, s, i); // "is due to leave for Delhi on a state visit": the visit the journey is made for
      }
      if (sitting && w.equals("at")) {
        // "may meet Marcos at the ASEAN summit in May": the modal is the bilateral's; the summit itself
        // lies ahead when its own words say so ("next month's") or the clause it is the place of does
        if (ownWordsAhead(doc, i, trigger)) {
          return EventStatus.PLANNED;
        }
        EventStatus outer = classify(doc, s, i);
        return outer == EventStatus.PROPOSED ? EventStatus.PLANNED : outer;
      }
      if (MODALS.contains(w) && openQuestion(doc, s, i)) {
        return EventStatus.PROPOSED; // "has not confirmed whether A will receive B": still undecided
      }
      if (w.equals("would") && i + 1 < s.to() && doc.token(i + 1).is("be")) {
        return EventStatus.PLANNED; // "the meeting would be held"
      }
      if (w.equals("decision")) {
        if (hasNegation(doc, s, i)) {
          return EventStatus.PROPOSED;
        }
        continue;
      }
      if (w.equals("would") && (fixedTimeAfter(doc, s, trigger) || reportedFuture(doc, s, i)
          && !conditionAfter(doc, s, trigger))) {
        return EventStatus.PLANNED; // "would hold talks on Friday", "said Accra would host": a reported future
      }
      if (w.equals("open") && !(i + 1 < s.to() && doc.token(i + 1).is("to"))) {
        continue; // "to open a trade fair": not "open to talks"
      }
      if (w.equals("may") && i > s.from() && doc.token(i).isCapitalized()) {
        continue; // "held in Lima in May": the month, not the modal
      }
      if (PROPOSED.contains(w)) {
        return EventStatus.PROPOSED;
      }
      if (PLANNED.contains(w)) {
        if (w.equals("to") && !infinitive(doc, i, trigger)) {
          continue;
        }
        if (w.equals("to") && (i > s.from() && PROPOSED.contains(doc.token(i - 1).lower())
            || i - 1 > s.from() && PROPOSED.contains(doc.token(i - 2).lower()))) {
          return EventStatus.PROPOSED; // "wants to meet", "offered to host", "invited him to visit"
        }
        if (w.equals("set") && !(i + 1 < s.to() && doc.token(i + 1).is("to"))) {
          continue;
        }
        return proposedAfter(doc, s, trigger) || conditionAfter(doc, s, trigger) && !w.equals("to")
            ? EventStatus.PROPOSED : EventStatus.PLANNED; // "will hold talks if Washington agrees": conditional
      }
      if (PAST.contains(w)) {
        return EventStatus.OCCURRED;
      }
    }
    // "a meeting between <two long titled names> was possible": the names of its parties do not use up the reach
    boolean parties = trigger + 1 < s.to() && PARTY_OPENERS.contains(doc.token(trigger + 1).lower());
    int names = 0;
    for (int i = trigger + 1; i < s.to() && i <= trigger + AFTER + names; i++) {
      if (doc.quoted(i) || doc.token(i).is(";") || doc.token(i).is(".") || doc.token(i).is(",")) {
        break;
      }
      if (parties && (doc.token(i).isCapitalized() || doc.token(i).is("-"))) {
        names++;
        continue;
      }
      String w = doc.token(i).lower();
      String n = i + 1 < s.to() ? doc.token(i + 1).lower() : "";
      if (w.equals("will") || (w.equals("is") || w.equals("are")) && (n.equals("scheduled") || n.equals("expected")
          || n.equals("set") || n.equals("due") || n.equals("planned") || n.equals("slated") || n.equals("to"))) {
        return EventStatus.PLANNED;
      }
      if (sitting && (w.equals("would") || w.equals("could")) && aboutItsContent(doc, s, i)) {
        return EventStatus.PLANNED; // "the NATO summit next month would be dominated by spending": it will be held
      }
      if (w.equals("would") || w.equals("could") || n.equals("proposed") || n.equals("possible")
          || w.equals("if") || w.equals("unless")) {
        return EventStatus.PROPOSED; // "start negotiating with Japan if the deal is not signed": a condition
      }
      if (w.equals("was") || w.equals("were") || w.equals("ended") || w.equals("took")) {
        return EventStatus.OCCURRED;
      }
    }
    return EventStatus.OCCURRED;
  }

  /** Words that open the parties of a noun trigger: "a meeting between", "talks with". */
  private static final Set<String> PARTY_OPENERS = WordSet.of("between", "with", "among");

  /** Modals of a future whose question may still be open: "whether A will meet B". */
  private static final Set<String> MODALS = WordSet.of("will", "'ll", "would", "shall", "could", "can", "might");
  /** How far before its modal a "whether/if" may open the question: past a long name with titles. */
  private static final int QUESTION_REACH = 12;

  /**
   * "has not confirmed whether A will receive B", "asked if B would visit C": the future sits in an open question,
   * so the event is only possible, not planned.
   */
  private static boolean openQuestion(Document doc, Sentence s, int modal) {
    for (int i = modal - 1; i >= s.from() && i >= modal - QUESTION_REACH; i--) {
      if (doc.quoted(i) || doc.token(i).is(";") || doc.token(i).is(".")) {
        return false;
      }
      if (doc.token(i).is("whether") || doc.token(i).is("if")) {
        return true;
      }
    }
    return false;
  }

  /** Words between "for" and the noun it gives as a purpose: "for a third round of talks", "for fresh talks". */
  private static final Set<String> PURPOSE_MODIFIERS = WordSet.of("a", "an", "the", "new", "fresh", "further",
      "another", "round", "rounds", "of", "first", "second", "third", "fourth", "fifth", "next", "final", "direct",
      "formal", "official", "state", "working", "bilateral", "trilateral", "technical", "high-level", "more");
  /** How many such words may stand there. */
  private static final int PURPOSE_MODIFIERS_MAX = 5;

  /**
   * "was due to fly to Washington for a third round of talks": the position of the "for" whose purpose the noun
   * trigger is, else -1. Such talks take the status of the journey they are the purpose of, which stands before
   * the journey's destination, beyond the usual reach.
   */
  private static int purposeOf(Document doc, Sentence s, int trigger) {
    boolean visit = doc.token(trigger).is("visit") || doc.token(trigger).is("trip");
    for (int i = trigger - 1; i >= s.from() && i >= trigger - 1 - PURPOSE_MODIFIERS_MAX; i--) {
      String w = doc.token(i).lower();
      if (w.equals("for") || visit && w.equals("on")) {
        return doc.quoted(i) ? -1 : i; // "for talks", "on a three-day state visit"
      }
      if (!PURPOSE_MODIFIERS.contains(w) && !(w.indexOf('-') > 0 && doc.token(i).isWord())) {
        return -1;
      }
    }
    return -1;
  }

  /** Present forms of meeting verbs that tell a timetable in a "when/once/where" clause. */
  private static final Set<String> TIMETABLE_PRESENT = WordSet.of("meet", "meets", "host", "hosts", "visit",
      "visits", "receive", "receives", "hold", "holds");

  /** A body's sitting, whose status its own noun phrase tells when it is the place of another event. */
  private static final Set<String> SITTINGS = WordSet.of("summit", "summits", "session", "conference");

  /** "at next month's summit", "at the upcoming summit". */
  private static boolean ownWordsAhead(Document doc, int at, int trigger) {
    for (int i = at + 1; i < trigger; i++) {
      String w = doc.token(i).lower();
      if (w.equals("next") || w.equals("upcoming") || w.equals("coming") || w.equals("forthcoming")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MONTHS = WordSet.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december");

  private static final Set<String> MONTH_ABBREVIATIONS = WordSet.of("jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec");

  private static final Set<String> WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "tomorrow");

  /** A set time after the trigger in its clause: a weekday, "tomorrow", "later this week", "next month". */
  private static boolean fixedTimeAfter(Document doc, Sentence s, int trigger) {
    for (int i = trigger + 1; i < s.to() && i <= trigger + 16; i++) {
      String w = doc.token(i).lower();
      if (doc.quoted(i) || w.equals(";") || w.equals(".")) {
        return false;
      }
      String n = i + 1 < s.to() ? doc.token(i + 1).lower() : "";
      if (WEEKDAYS.contains(w) || w.equals("on") && (MONTHS.contains(n) || MONTH_ABBREVIATIONS.contains(n))
          || (w.equals("later") || w.equals("next")) && (n.equals("this") || n.equals("week")
          || n.equals("month")) || w.equals("in") && MONTHS.contains(n)
          || w.equals("coming") && (n.equals("days") || n.equals("weeks"))) {
        return true; // "would visit Kenya in June": a reported plan with its time set
      }
    }
    return false;
  }

  /** The verb ends a "where/when/once ..." clause's subject: "where the bloc's leaders meet". */
  private static boolean openedClause(Document doc, Sentence s, int trigger) {
    for (int i = trigger - 1; i >= s.from() && i >= trigger - 5; i--) {
      String w = doc.token(i).lower();
      if (w.equals("where") || w.equals("when") || w.equals("once") || w.equals("until")) {
        return i < trigger - 1;
      }
      if (!doc.token(i).isWord() && !w.equals("'s") || AUX.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> AUX = WordSet.of("will", "would", "could", "may", "might", "did", "had", "to",
      "should", "can");

  /** Verbs that report a decision whose "would" is a future in the past: "the minister said Accra would host". */
  private static final Set<String> REPORTING = WordSet.of("said", "says", "told", "announced", "confirmed", "added",
      "stated");

  /** Lower-case subjects of a reported future: "said the two leaders would", "said both sides would". */
  private static final Set<String> REPORTED_SUBJECTS = WordSet.of("two", "both", "leaders", "sides", "ministers",
      "presidents", "delegations", "he", "she", "they", "and");

  private static boolean reportedFuture(Document doc, Sentence s, int would) {
    for (int i = would - 1; i >= s.from() && i >= would - 6; i--) {
      Token t = doc.token(i);
      if (REPORTING.contains(t.lower())) {
        return true;
      }
      if (doc.quoted(i) || !t.isWord() || !t.isCapitalized() && !t.is("that") && !t.is("the")
          && !REPORTED_SUBJECTS.contains(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /** Participles and verbs that say whether a sitting happens at all: "could be held", "would take place". */
  private static final Set<String> OCCURRENCE = WordSet.of("held", "convened", "hosted", "organised", "organized",
      "scheduled", "postponed", "delayed", "cancelled", "canceled", "take", "go", "happen", "proceed", "moved",
      "brought", "called", "be");

  /** "would be dominated by", "could focus on": the modal is about what the sitting will do, not whether it will be. */
  private static boolean aboutItsContent(Document doc, Sentence s, int modal) {
    if (modal + 1 >= s.to()) {
      return false;
    }
    String next = doc.token(modal + 1).lower();
    if (next.equals("be") && modal + 2 < s.to()) {
      return !OCCURRENCE.contains(doc.token(modal + 2).lower());
    }
    return !OCCURRENCE.contains(next);
  }

  /** "would meet Fico if the dispute eased": a condition in the trigger's clause. */
  private static boolean conditionAfter(Document doc, Sentence s, int trigger) {
    for (int i = trigger + 1; i < s.to() && i <= trigger + 20; i++) {
      String w = doc.token(i).lower();
      if (w.equals("if") || w.equals("unless") || w.equals("provided")) {
        return true;
      }
      if (w.equals(";") || w.equals(".")) {
        return false;
      }
    }
    return false;
  }

  /** "is expected to be received by", "will be hosted by": a participle after "be" tells what lies ahead. */
  private static boolean passiveAhead(Document doc, Sentence s, int trigger) {
    return trigger > s.from() && doc.token(trigger - 1).is("be");
  }

  private static boolean modalBefore(Document doc, Sentence s, int trigger) {
    for (int i = trigger - 1; i >= s.from() && i >= trigger - 3; i--) {
      String w = doc.token(i).lower();
      if (w.equals("could") || w.equals("might") || w.equals("may") || w.equals("would") || w.equals("will")) {
        return true;
      }
    }
    return false;
  }

  /** How far after the trigger a hedge may stand: past a long name and an "although officials said". */
  private static final int HEDGE_REACH = 40;
  /**
   * Nouns of a plan that a hedge can leave unsettled: "no meeting had been confirmed", "no formal decision". Not
   * "date", "time" or "venue": "no date has been set" leaves a planned meeting planned, only undated.
   */
  private static final Set<String> PLAN_NOUNS = WordSet.of("decision", "meeting", "meetings", "visit", "trip",
      "talks", "summit", "agreement", "plans", "invitation");
  /** Participles that would settle it: "confirmed", "scheduled"; not "announced", which a planned meeting may lack. */
  private static final Set<String> SETTLED = WordSet.of("set", "fixed", "confirmed", "scheduled", "agreed",
      "finalised", "finalized", "decided", "arranged", "made", "taken");

  /**
   * "... but no formal decision has been made", "although officials said no meeting had been confirmed", "the visit
   * has yet to be confirmed": planned words whose plan itself is not settled, so only proposed.
   */
  static boolean proposedAfter(Document doc, Sentence s, int trigger) {
    for (int i = trigger + 1; i + 2 < s.to() && i <= trigger + HEDGE_REACH; i++) {
      Token w = doc.token(i);
      if (doc.quoted(i)) {
        continue;
      }
      if (w.is("no") && (PLAN_NOUNS.contains(doc.token(i + 1).lower())
          || PLAN_NOUNS.contains(doc.token(i + 2).lower()) && doc.token(i + 1).isWord())) {
        return true; // "no formal decision", "no meeting", but not "no longer", "no date"
      }
      if ((w.is("yet") && doc.token(i + 1).is("to") || w.is("not") && (doc.token(i + 1).is("yet")
          || doc.token(i + 1).is("been"))) && settledWithin(doc, s, i + 1) && planBefore(doc, s, i)) {
        return true; // "the visit has yet to be confirmed", "the talks had not been scheduled"
      }
    }
    return false;
  }

  /** A plan noun is the subject of the hedge at {@code at}: "the visit has yet to", not "the date has yet to". */
  private static boolean planBefore(Document doc, Sentence s, int at) {
    for (int k = at - 1; k >= s.from() && k >= at - 3; k--) {
      if (PLAN_NOUNS.contains(doc.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean settledWithin(Document doc, Sentence s, int from) {
    for (int k = from; k < s.to() && k <= from + 3; k++) {
      if (SETTLED.contains(doc.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Present forms that tell a journey on a timetable: "leaves for Doha on Tuesday", "is heading to Ankara". */
  private static boolean presentOrProgressive(Document doc, Sentence s, int verb) {
    String w = doc.token(verb).lower();
    if (w.endsWith("ing")) {
      return verb > s.from() && (doc.token(verb - 1).is("is") || doc.token(verb - 1).is("are")
          || doc.token(verb - 1).is("'s"));
    }
    return w.endsWith("s") && !w.endsWith("ss");
  }

  /**
   * The status of a journey ("will travel to", "could travel to", "flew to", "was expected in"): the modal or
   * timetable before the verb, else its own form (a present tells a timetable, a past a trip made); a hedge after
   * it ("but no dates have been fixed") leaves only a proposal.
   */
  static EventStatus journey(Document doc, Sentence s, int verb) {
    String tw = doc.token(verb).lower();
    EventStatus found = tw.equals("expected") || tw.equals("due") || presentOrProgressive(doc, s, verb)
        ? EventStatus.PLANNED : null;
    for (int i = verb - 1; found == null && i >= s.from() && i >= verb - BEFORE; i--) {
      if (doc.quoted(i) || doc.token(i).is(";") || doc.token(i).is(".") || doc.token(i).is(",")) {
        break;
      }
      String w = doc.token(i).lower();
      if (w.equals("would")) {
        found = fixedTimeAfter(doc, s, verb) || reportedFuture(doc, s, i) ? EventStatus.PLANNED : EventStatus.PROPOSED;
      } else if (w.equals("may") && doc.token(i).isCapitalized()) {
        continue;
      } else if (w.equals("could") || w.equals("might") || w.equals("may") || w.equals("wants") || w.equals("hopes")
          || w.equals("offered") || w.equals("invited") || w.equals("possible") || w.equals("if")
          || w.equals("whether")) {
        found = EventStatus.PROPOSED;
      } else if (PLANNED.contains(w)) {
        found = EventStatus.PLANNED;
      }
    }
    if (found == null) {
      return EventStatus.OCCURRED; // "flew to Riyadh", "arrived in Baghdad"
    }
    return found == EventStatus.PLANNED && (proposedAfter(doc, s, verb) || conditionAfter(doc, s, verb))
        ? EventStatus.PROPOSED : found;
  }

  /** "to" introduces the trigger's verb (an infinitive), not a place ("headed to Riyadh"). */
  private static boolean infinitive(Document doc, int to, int trigger) {
    String next = doc.token(to + 1).lower();
    if (to + 1 == trigger) {
      return true;
    }
    return next.equals("hold") || next.equals("have") || next.equals("attend") || next.equals("begin")
        || next.equals("start") || next.equals("initiate") || next.equals("host") || next.equals("take")
        || next.equals("make") || next.equals("pay") || next.equals("lead") || next.equals("join");
  }

  private static boolean hasNegation(Document doc, Sentence s, int i) {
    for (int k = Math.max(s.from(), i - 3); k < i; k++) {
      String w = doc.token(k).lower();
      if (w.equals("no") || w.equals("not")) {
        return true;
      }
    }
    return false;
  }
}
