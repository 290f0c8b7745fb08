package dev.readout.extract.engine.events;

import dev.readout.extract.engine.text.WordMap;
import dev.readout.extract.engine.text.WordSet;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds meeting and call triggers outside quotations: a cheap word lookup that runs on every
 * sentence, so the heavier participant analysis only runs where an event can be.
 */
final class TriggerScanner {

  private static final Map<String, String> MEETING_WORDS = WordMap.of(Map.ofEntries(
      Map.entry("met", "BILATERAL"), Map.entry("meet", "BILATERAL"), Map.entry("meets", "BILATERAL"),
      Map.entry("meeting", "BILATERAL"), Map.entry("meetings", "BILATERAL"), Map.entry("talks", "NEGOTIATION"),
      Map.entry("negotiations", "NEGOTIATION"), Map.entry("negotiate", "NEGOTIATION"),
      Map.entry("negotiating", "NEGOTIATION"), Map.entry("summit", "CONFERENCE"), Map.entry("summits", "CONFERENCE"),
      Map.entry("visit", "VISIT"), Map.entry("visited", "VISIT"), Map.entry("visits", "VISIT"),
      Map.entry("visiting", "VISIT"), Map.entry("hosted", "BILATERAL"), Map.entry("hosts", "BILATERAL"), Map.entry("host", "BILATERAL"),
      Map.entry("hosting", "BILATERAL"), Map.entry("huddled", "BILATERAL"), Map.entry("huddling", "BILATERAL"),
      Map.entry("conferred", "BILATERAL"), Map.entry("discussions", "NEGOTIATION"), Map.entry("chat", "BILATERAL"),
      Map.entry("talk", "BILATERAL"), Map.entry("conference", "CONFERENCE"), Map.entry("received", "BILATERAL"),
      Map.entry("receive", "BILATERAL"), Map.entry("receives", "BILATERAL"),
      Map.entry("encounter", "BILATERAL"), Map.entry("convene", "MULTILATERAL"), Map.entry("convenes", "MULTILATERAL"),
      Map.entry("convened", "MULTILATERAL"), Map.entry("consultations", "NEGOTIATION")));

  private static final Set<String> CALL_NOUNS = WordSet.of("call", "calls", "conversation", "conversations", "talks",
      "talk", "conference", "link");

  private static final Set<String> VIRTUAL_GATHERINGS = WordSet.of("meeting", "meetings", "summit", "summits",
      "talks", "session", "conference");
  /** Words that introduce how remote talks were held: "by phone", "via video link", "over the telephone". */
  static final Set<String> REMOTE_LINKS = WordSet.of("by", "via", "over");
  private static final Set<String> REMOTE_MEANS = WordSet.of("video", "videoconference", "phone", "telephone",
      "teleconference", "videolink");

  /** What may follow the person called: "called Safadi on Thursday", "called Lula to offer support". */
  private static final Set<String> AFTER_CALLEE = WordSet.of("on", "to", "late", "early", "last", "yesterday",
      "today", "this", "shortly", "after", "before", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "twice", "again", "from");

  /** Words before "called" that make it a name or a label ("a town called Bucha", "was called"). */
  private static final Set<String> NOT_A_CALLER = WordSet.of("a", "an", "the", "so", "is", "was", "were", "be",
      "been", "being", "also", "group", "party", "town", "city", "village", "operation", "movement");

  /**
   * "called" with a person's name as its object and then a time or purpose: a phone call. Not "called Putin a
   * killer" (a name for him), "called on" (a visit or a demand), "a town called Bucha".
   */
  private static boolean phonedSomeone(Document doc, Sentence s, int i) {
    if (i == s.from() || NOT_A_CALLER.contains(doc.token(i - 1).lower()) || doc.token(i - 1).text().endsWith("-")) {
      return false;
    }
    int j = i + 1;
    while (j < s.to() && j <= i + 7 && doc.token(j).isWord() && doc.token(j).isCapitalized() && !doc.quoted(j)) {
      j++;
    }
    return j > i + 1 && j < s.to() && AFTER_CALLEE.contains(doc.token(j).lower());
  }

  /**
   * "welcomed the Lao President to Government House for talks": a guest welcomed to a place or for talks,
   * not "welcomed Xi's decision" nor "welcomed the agreement".
   */
  private static boolean welcomedGuest(Document doc, Sentence s, int i) {
    if (i + 1 >= s.to() || !(doc.token(i + 1).isCapitalized() || receivesAGuest(doc, s, i))) {
      return false;
    }
    for (int k = i + 2; k + 1 < s.to() && k <= i + 12; k++) {
      String w = doc.token(k).lower();
      String n = doc.token(k + 1).lower();
      if (doc.token(k).is("'s") || w.equals(",") && k == i + 2) {
        return false; // "welcomed Xi's decision"
      }
      if (w.equals("to") && doc.token(k + 1).isCapitalized() || w.equals("for") && (n.equals("talks")
          || n.equals("a") || n.equals("an")) || w.equals("at") && n.equals("the")) {
        return true;
      }
    }
    return false;
  }

  /** Who holds a retreat that is a meeting, not an army's or a market's: "the leaders' retreat". */
  private static final Set<String> RETREAT_HOLDERS = WordSet.of("leaders", "ministers", "ministerial", "leaders'",
      "ministers'", "summit", "cabinet", "annual", "foreign", "heads");

  /** "the Leaders' Retreat", "an annual ministerial retreat", not "a retreat from the front" nor "retreat in prices". */
  private static boolean retreatOfLeaders(Document doc, Sentence s, int i) {
    int k = i - 1;
    if (k >= s.from() && (doc.token(k).is("'") || doc.token(k).is("'s"))) {
      k--;
    }
    return k >= s.from() && RETREAT_HOLDERS.contains(doc.token(k).lower()) && !doc.token(k).is("cabinet");
  }

  /** Words that make a session one of talks between states, not a parliament's, a court's or a trainer's. */
  private static final Set<String> STATES_SESSION = WordSet.of("trilateral", "bilateral", "quadrilateral",
      "negotiating", "consultation", "consultations", "strategic");

  /** "the next trilateral session", "a bilateral negotiating session": a session of talks between states. */
  private static boolean sessionOfStates(Document doc, Sentence s, int i) {
    for (int k = i - 1; k >= s.from() && k >= i - 3; k--) {
      if (STATES_SESSION.contains(doc.token(k).lower())) {
        return true;
      }
      if (!doc.token(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** A meal held as a meeting: "a working lunch", "an official dinner". */
  private static final Set<String> MEALS = WordSet.of("lunch", "dinner", "breakfast", "luncheon");
  private static final Set<String> WORKING_MEAL = WordSet.of("working", "official", "state", "bilateral");

  /** Words outside a quotation after which it is only the rest of a reported predicate: 'would "meet soon"'. */
  private static final Set<String> PREDICATE_OPENERS = WordSet.of("would", "will", "could", "may", "might",
      "should", "shall", "to");
  /** The most words such a quoted predicate may hold: a fragment, not a speech. */
  private static final int PREDICATE_WORDS = 15;

  /**
   * The opening mark of the short quotation holding token {@code i} when it only finishes a predicate whose
   * subject stands outside it ('the two leaders would "catch up by phone in the coming days"'), else -1: its
   * meeting or call is the unquoted subject's, told in the writer's sentence.
   */
  static int reportedPredicateOpen(Document doc, Sentence s, int i) {
    int q = doc.quoteOfToken()[i];
    if (q < 0) {
      return -1;
    }
    var quote = doc.quotes().get(q);
    int open = quote.open();
    return open > s.from() && open >= s.from() && quote.close() <= s.to() && !doc.quoted(open - 1)
        && PREDICATE_OPENERS.contains(doc.token(open - 1).lower()) && quote.words(doc.tokens()) <= PREDICATE_WORDS
        ? open : -1;
  }

  /** Words before "to call on" that put a visit on a timetable: "is scheduled to", "is also due to". */
  private static final Set<String> TIMETABLE = WordSet.of("scheduled", "expected", "due", "set", "slated",
      "planned", "plans", "plan", "planning", "intends", "going", "later", "also", "then", "will");

  /**
   * "is scheduled to call on President X before leaving", "will also call on the Emir": a courtesy visit ahead, as
   * the finite "called on" is one; not the demand "to call on Russia to withdraw" nor "urged him to call on X".
   */
  private static boolean plannedCallOn(Document doc, Sentence s, int i) {
    if (i < s.from() + 2 || i + 2 >= s.to() || !doc.token(i + 2).isCapitalized() && !doc.token(i + 2).is("the")
        || StatementFinder.callsFor(doc, s, i)) {
      return false;
    }
    Token before = doc.token(i - 1);
    if (before.is("will") || before.is("also") && doc.token(i - 2).is("will")) {
      return true;
    }
    return before.is("to") && TIMETABLE.contains(doc.token(i - 2).lower());
  }

  /** Words of a readiness that offers talks: "was ready to discuss ... with", "is willing to discuss ... with". */
  private static final Set<String> READY = WordSet.of("ready", "willing", "prepared", "eager", "keen");
  /** How far after "discuss" its partner's "with" may stand: past the topic. */
  private static final int TOPIC_WORDS = 8;

  /** "discuss joint measures with Polish President X": a "with" and a capitalized partner after the topic. */
  private static boolean withSomeoneAfter(Document doc, Sentence s, int i) {
    for (int k = i + 1; k + 1 < s.to() && k <= i + TOPIC_WORDS; k++) {
      if (doc.token(k).is(",") || doc.token(k).is(";") || doc.quoted(k)) {
        return false;
      }
      if (doc.token(k).is("with")) {
        Token n = doc.token(k + 1);
        return n.isCapitalized() || n.is("his") || n.is("her") || n.is("the");
      }
    }
    return false;
  }

  private TriggerScanner() {}

  static List<Trigger> scan(Document doc, Sentence s) {
    List<Trigger> out = new ArrayList<>();
    int remoteMeansEnd = -1; // a "via video link" already read as the means of a meeting word before it
    for (int i = s.from(); i < s.to(); i++) {
      if (doc.quoted(i) && reportedPredicateOpen(doc, s, i) < 0 || i < remoteMeansEnd) {
        continue;
      }
      Token t = doc.token(i);
      String w = t.lower();
      String next = i + 1 < s.to() ? doc.token(i + 1).lower() : "";
      String next2 = i + 2 < s.to() ? doc.token(i + 2).lower() : "";
      String prev = i > s.from() ? doc.token(i - 1).lower() : "";
      // Calls: "phone call", "by phone", "phoned", "video conference", "spoke by telephone".
      if ((w.equals("phone") || w.equals("telephone") || w.equals("video") || w.equals("virtual")
          || w.equals("videoconference") || w.equals("online") && VIRTUAL_GATHERINGS.contains(next))) {
        String mode = w.equals("phone") || w.equals("telephone") ? "PHONE" : "VIDEO";
        boolean virtualGathering = (w.equals("virtual") || w.equals("video") || w.equals("online"))
            && VIRTUAL_GATHERINGS.contains(next);
        if (virtualGathering) {
          // "held a virtual summit", "the video meeting": remote, so a call (EVENTS.md).
          out.add(new Trigger(EventType.CALL, "VIDEO", i, i + 2));
          i++;
          continue;
        }
        if (w.equals("videoconference") || CALL_NOUNS.contains(next) || prev.equals("by") || prev.equals("the")
            && i > s.from() + 1 && (doc.token(i - 2).is("on") || doc.token(i - 2).is("over")) || prev.equals("over")) {
          if (w.equals("virtual") && !next.equals("meeting") && !next.equals("summit") && !next.equals("talks")) {
            continue;
          }
          out.add(new Trigger(EventType.CALL, mode, i, CALL_NOUNS.contains(next) ? i + 2 : i + 1));
          i += CALL_NOUNS.contains(next) ? 1 : 0;
          continue;
        }
      }
      if (w.equals("phoned") || w.equals("telephoned") || w.equals("phones")) {
        out.add(new Trigger(EventType.CALL, "PHONE", i, i + 1));
        continue;
      }
      if ((w.equals("call") || w.equals("calls")) && (next.equals("with") || prev.equals("a") && next2.equals("with"))) {
        if (!prev.equals("to") && !prev.equals("will")) {
          out.add(new Trigger(EventType.CALL, "PHONE", i, i + 1));
          continue;
        }
      }
      if ((w.equals("spoke") || w.equals("speaks") || w.equals("talked") || w.equals("speak"))
          && (next.equals("with") || next.equals("to"))) {
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 1));
        continue;
      }
      if (w.equals("called") && phonedSomeone(doc, s, i)) {
        out.add(new Trigger(EventType.CALL, "PHONE", i, i + 1)); // "Aboul Gheit called Safadi on Thursday"
        continue;
      }
      if (w.equals("call") && next.equals("on") && (prev.equals("courtesy") || prev.equals("a")) && i + 2 < s.to()
          && doc.token(i + 2).isCapitalized()) {
        out.add(new Trigger(EventType.MEETING, "VISIT", i, i + 2)); // "paid a courtesy call on the Emir": a visit
        i++;
        continue;
      }
      if (w.equals("bilateral") && prev.equals("a") && next.equals("with")) {
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 1)); // "held a bilateral with Modi"
        continue;
      }
      if (w.equals("co-chaired") && (next.equals("the") || next.equals("a") || next.equals("talks"))) {
        int remote = remoteMeansAfter(doc, s, i);
        if (remote > 0) {
          // "A co-chaired the commission with B via video link": a call, its means read with it
          out.add(new Trigger(EventType.CALL, remoteMode(doc, remote), i, i + 1));
          remoteMeansEnd = remote + 3;
          continue;
        }
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 1)); // "A and B co-chaired the forum"
        continue;
      }
      if (w.equals("welcomed") && welcomedGuest(doc, s, i)) {
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 1));
        continue;
      }
      if ((w.equals("called") || w.equals("paid")) && next.equals("on") && i + 2 < s.to()
          && doc.token(i + 2).isCapitalized() && !(w.equals("called") && StatementFinder.callsFor(doc, s, i))) {
        out.add(new Trigger(EventType.MEETING, "VISIT", i, i + 2));
        continue;
      }
      if (w.equals("call") && next.equals("on") && plannedCallOn(doc, s, i)) {
        out.add(new Trigger(EventType.MEETING, "VISIT", i, i + 2)); // "is scheduled to call on President X": a visit
        i++;
        continue;
      }
      if (w.equals("spoke") && (next.equals("briefly") || next.equals("for") && (next2.equals("a") || next2.equals("about")
          || next2.equals("several") || next2.equals("nearly") || next2.equals("over") || next2.equals("more")))) {
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 1));
        continue;
      }
      if (w.equals("discuss") && prev.equals("to") && i - 2 >= s.from() && READY.contains(doc.token(i - 2).lower())
          && withSomeoneAfter(doc, s, i)) {
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 1)); // "ready to discuss the border with X"
        continue;
      }
      if (w.equals("sat") && next.equals("down")) {
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 2));
        continue;
      }
      if ((w.equals("retreat") || w.equals("retreats")) && retreatOfLeaders(doc, s, i)) {
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 1)); // "the leaders' retreat": two or more states
        continue;
      }
      if ((w.equals("session") || w.equals("sessions")) && sessionOfStates(doc, s, i)) {
        out.add(new Trigger(EventType.MEETING, "NEGOTIATION", i, i + 1)); // "the next trilateral session"
        continue;
      }
      if (MEALS.contains(w) && WORKING_MEAL.contains(prev)) {
        out.add(new Trigger(EventType.MEETING, "BILATERAL", i, i + 1)); // "held a working lunch"
        continue;
      }
      String mode = MEETING_WORDS.get(w);
      if (mode == null) {
        continue;
      }
      if ((w.equals("met") || w.equals("meet") || w.equals("meets")) && (next.equals("virtually") || next.equals("online"))) {
        out.add(new Trigger(EventType.CALL, "VIDEO", i, i + 2)); // "met virtually": remote, so a call
        i++;
        continue;
      }
      if (w.equals("negotiating") && (next.equals("table") || next.equals("position") || next.equals("team"))) {
        continue;
      }
      if ((w.equals("talk") || w.equals("chat")) && !(prev.equals("a") || prev.equals("brief") || prev.equals("short"))) {
        continue;
      }
      if (w.equals("conference") && !(prev.equals("security") || next.equals("on") || prev.equals("peace"))) {
        continue;
      }
      if (w.equals("received") && !(i + 1 < s.to() && doc.token(i + 1).isCapitalized())
          && !receivesAGuest(doc, s, i) && !receivedByAHost(doc, s, i)) {
        continue; // "received a letter", "received support": no guest
      }
      if ((w.equals("receive") || w.equals("receives")) && !receivesAGuest(doc, s, i) && !receivesAName(doc, s, i)) {
        continue; // "will receive Chinese funding": no guest
      }
      if (w.equals("meeting") && (prev.equals("cabinet"))) {
        continue;
      }
      if (REMOTE_LINKS.contains(next) && REMOTE_MEANS.contains(next2)) {
        continue; // "held a summit by video link": the call trigger that follows is the event
      }
      int remote = remoteMeansAfter(doc, s, i);
      if (remote > 0) {
        // "A met B and C via video link on Monday": a call, its means read with it
        out.add(new Trigger(EventType.CALL, remoteMode(doc, remote), i, i + 1));
        remoteMeansEnd = remote + 3;
        continue;
      }
      out.add(new Trigger(EventType.MEETING, mode, i, i + 1));
    }
    return out;
  }

  private static final java.util.Set<String> GUESTS = dev.readout.extract.engine.text.WordSet.of("counterpart",
      "counterparts", "visiting", "delegation", "envoy", "guest");
  private static final java.util.Set<String> GUEST_DETERMINERS = dev.readout.extract.engine.text.WordSet.of("his",
      "her", "their", "the", "a");
  /** How many words may stand between the determiner and the guest noun ("his Ghanaian counterpart"). */
  private static final int GUEST_MODIFIERS = 3;

  /** "received his Ghanaian counterpart", "received the visiting foreign minister": a guest, not a thing. */
  /** Words that may follow a guest's one-word name: "receive Kagame on Friday", "receive Ruto, who ...". */
  private static final Set<String> AFTER_GUEST = WordSet.of("on", "in", "at", "next", "this", "for", "later",
      "during", "and", ",", ".", "today", "tomorrow");

  /**
   * "to receive Argentine President Javier Milei", "will receive Kagame on Friday": a name or a titled
   * person after "receive", not "receive Chinese funding".
   */
  private static boolean receivesAName(Document doc, Sentence s, int i) {
    if (i + 2 >= s.to() || !doc.token(i + 1).isCapitalized()) {
      return false;
    }
    Token after = doc.token(i + 2);
    return after.isCapitalized() || AFTER_GUEST.contains(after.lower());
  }

  /** Words that end the clause a meeting verb governs: a remote link after them is another event. */
  private static final Set<String> CLAUSE_ENDS = WordSet.of(",", ";", ".", "after", "before", "following", "since",
      "when", "while", "but", "ahead", "later", "then", "also");
  /** How far after a meeting word its "via video link" may stand. */
  private static final int REMOTE_LINK_REACH = 16;

  /**
   * "A co-chaired the commission with B via video link on Monday": the position of "via" when the meeting
   * word's own clause says it was held remotely (then it was a call), else -1. Right after the word
   * ("met by video") the call noun that follows is read as the event instead.
   */
  private static int remoteMeansAfter(Document doc, Sentence s, int i) {
    for (int k = i + 2; k + 1 < s.to() && k <= i + REMOTE_LINK_REACH; k++) {
      Token t = doc.token(k);
      if (CLAUSE_ENDS.contains(t.lower()) || doc.quoted(k)) {
        return -1;
      }
      if (REMOTE_LINKS.contains(t.lower()) && (REMOTE_MEANS.contains(doc.token(k + 1).lower())
          || k + 2 < s.to() && doc.token(k + 1).is("a") && REMOTE_MEANS.contains(doc.token(k + 2).lower()))) {
        return k;
      }
    }
    return -1;
  }

  /** PHONE for "by phone", "over the telephone"; VIDEO for the other remote means. */
  private static String remoteMode(Document doc, int link) {
    String means = doc.token(link + 1).is("a") ? doc.token(link + 2).lower() : doc.token(link + 1).lower();
    return means.equals("phone") || means.equals("telephone") ? "PHONE" : "VIDEO";
  }

  private static boolean receivesAGuest(Document doc, Sentence s, int i) {
    if (i + 2 >= s.to() || !GUEST_DETERMINERS.contains(doc.token(i + 1).lower())) {
      return false;
    }
    for (int k = i + 2; k < s.to() && k <= i + 2 + GUEST_MODIFIERS; k++) {
      if (GUESTS.contains(doc.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "was received by President X", "is expected to be received by the crown prince": a guest's side of it. */
  private static boolean receivedByAHost(Document doc, Sentence s, int i) {
    if (i + 2 >= s.to() || !doc.token(i + 1).is("by") || i - 1 < s.from()) {
      return false;
    }
    String aux = doc.token(i - 1).lower();
    Token host = doc.token(i + 2);
    if (!(aux.equals("was") || aux.equals("were") || aux.equals("be") || aux.equals("been") || aux.equals("is"))
        || !(host.isCapitalized() || host.is("the") || host.is("his") || host.is("her"))) {
      return false;
    }
    // the guest is the clause's subject: a name or a titled person, not "a letter from ..."
    int k = i - 1;
    while (k > s.from() && !doc.token(k - 1).is(",")) {
      k--;
    }
    Token first = doc.token(k);
    boolean article = first.is("a") || first.is("an") || first.is("the");
    return !(article && k + 1 < i && !doc.token(k + 1).isCapitalized());
  }
}
