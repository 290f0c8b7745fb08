package dev.readout.extract.engine.events;

import dev.readout.extract.engine.text.WordSet;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.schemas.avro.EventStatus;
import java.util.Set;

/**
 * Decides whether a meeting or call happened, is planned or only proposed, from the modal and
 * aspect cues around its trigger (EVENTS.md "Status"). Statements are always {@code OCCURRED}.
 */
public final class StatusClassifier {

  private static final int BEFORE = 9;
  private static final int AFTER = 6;

  private static final Set<String> PROPOSED = WordSet.of("could", "might", "may", "would", "proposed", "propose",
      "proposes", "proposal", "suggested", "suggests", "suggest", "wants", "want", "wanted", "hopes", "hope",
      "hoped", "seeks", "seek", "sought", "offered", "offer", "invited", "invitation", "invite", "possible",
      "possibly", "potential", "prospect", "willing", "ready", "interest", "interested", "consider",
      "considering", "if", "whether", "decision", "push", "pushing", "urged", "calls", "called", "demanded",
      "eager", "open");

  private static final Set<String> PLANNED = WordSet.of("will", "'ll", "shall", "scheduled", "set", "expected",
      "due", "plans", "planned", "planning", "plan", "headed", "heading", "en", "preparing", "prepares",
      "upcoming", "next", "tomorrow", "later", "ahead", "to", "arrange", "arranged", "slated", "going",
      "intends", "travel", "travels", "traveling", "travelling", "leaving", "depart", "departs");

  private static final Set<String> PAST = WordSet.of("met", "held", "visited", "hosted", "spoke", "phoned",
      "telephoned", "talked", "huddled", "conferred", "received", "called", "sat", "had", "attended", "took",
      "concluded", "wrapped", "ended", "was", "were", "last", "yesterday", "earlier", "previously", "ago");

  private StatusClassifier() {}

  /** The status of the meeting or call whose trigger is at token {@code trigger}. */
  public static EventStatus classify(Document doc, Sentence s, int trigger) {
    boolean planned = false;
    boolean proposed = false;
    int from = Math.max(s.from(), trigger - BEFORE);
    for (int i = trigger - 1; i >= from; i--) {
      if (doc.quoted(i) || doc.token(i).is(";") || doc.token(i).is(".")) {
        break;
      }
      String w = doc.token(i).lower();
      if (PROPOSED.contains(w)) {
        if (w.equals("would") && i + 2 < s.to() && doc.token(i + 1).is("be")) {
          planned = true; // "the meeting would be held"
          continue;
        }
        if (w.equals("decision") && !hasNegation(doc, s, i)) {
          continue;
        }
        proposed = true;
        break;
      }
      if (PLANNED.contains(w)) {
        if (w.equals("to") && !(i + 1 <= trigger && infinitive(doc, i, trigger))) {
          continue;
        }
        if (w.equals("set") && !(i + 1 < s.to() && doc.token(i + 1).is("to"))) {
          continue;
        }
        planned = true;
      }
      if (PAST.contains(w) && !planned && i == trigger - 1) {
        return EventStatus.OCCURRED;
      }
    }
    for (int i = trigger + 1; i < s.to() && i <= trigger + AFTER; i++) {
      if (doc.quoted(i) || doc.token(i).is(";") || doc.token(i).is(".")) {
        break;
      }
      String w = doc.token(i).lower();
      if (w.equals("is") || w.equals("are") || w.equals("will") || w.equals("would") || w.equals("was")
          || w.equals("were")) {
        String n = i + 1 < s.to() ? doc.token(i + 1).lower() : "";
        String n2 = i + 2 < s.to() ? doc.token(i + 2).lower() : "";
        if (w.equals("will") || n.equals("scheduled") || n.equals("expected") || n.equals("set") || n.equals("due")
            || n.equals("planned") || n.equals("slated") || n2.equals("held") && w.equals("will")) {
          planned = true;
        }
        if (w.equals("would") || n.equals("proposed") || n.equals("possible")) {
          proposed = !planned;
        }
      }
      if (w.equals("no") && i + 2 < s.to() && doc.token(i + 2).lower().startsWith("decision")) {
        proposed = true;
      }
    }
    String tw = doc.token(trigger).lower();
    if (proposed) {
      return EventStatus.PROPOSED;
    }
    if (planned) {
      return EventStatus.PLANNED;
    }
    if (tw.equals("meet") || tw.equals("visit") || tw.equals("negotiate")) {
      return EventStatus.PLANNED;
    }
    return EventStatus.OCCURRED;
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
