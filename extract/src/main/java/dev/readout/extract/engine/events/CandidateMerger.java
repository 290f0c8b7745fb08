package dev.readout.extract.engine.events;

import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Makes one event of an article's repeated mentions of it ("One event mentioned twice in the same
 * article is one event of that article"): meetings or calls of the same type whose participants
 * nest, with compatible status and dates, become the first one, completed by the others.
 */
public final class CandidateMerger {

  private CandidateMerger() {}

  /**
   * The candidates with repeats folded into their first mention; a body's sitting told as past
   * ({@link Candidate#sitting}) is left out, being the background of other news.
   */
  public static List<Candidate> merge(List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : in) {
      if (c.sitting && c.status == EventStatus.OCCURRED) {
        continue;
      }
      Candidate same = null;
      if (c.type != EventType.STATEMENT) {
        for (Candidate k : out) {
          if (sameEvent(k, c)) {
            same = k;
            break;
          }
        }
      }
      if (same == null) {
        out.add(c);
      } else {
        absorb(same, c);
      }
    }
    return out;
  }

  private static boolean sameEvent(Candidate a, Candidate b) {
    if (a.type != b.type) {
      return false;
    }
    Set<String> pa = ids(a);
    Set<String> pb = ids(b);
    boolean nested = pa.containsAll(pb) || pb.containsAll(pa);
    if (!nested) {
      return false;
    }
    if ("CONFERENCE".equals(a.mode) != "CONFERENCE".equals(b.mode) || a.sitting != b.sitting) {
      return false; // a summit and a bilateral on its sidelines are two events
    }
    if (a.sentence == b.sentence && (a.status == b.status || !finiteVerb(a) || !finiteVerb(b))) {
      return !elsewhereAndAnotherTime(a, b);
    }
    boolean datesAgree = a.date == null || b.date == null || Objects.equals(a.date, b.date);
    return datesAgree && a.status == b.status;
  }

  /** "rounds held in Lima in May and in Quito on June 4": another place and another day make another event. */
  private static boolean elsewhereAndAnotherTime(Candidate a, Candidate b) {
    return a.date != null && b.date != null && !a.date.equals(b.date) && a.location != null && b.location != null
        && !Objects.equals(a.location.getName(), b.location.getName());
  }

  private static Set<String> ids(Candidate c) {
    Set<String> ids = new HashSet<>();
    for (Candidate.Participant p : c.participants) {
      ids.add(p.entity().id());
    }
    return ids;
  }

  /** The trigger is a verb that says what happened or will ("met", "will meet"), not a noun ("talks"). */
  static boolean finiteVerb(Candidate c) {
    return VERBS.contains(c.triggerText.toLowerCase(java.util.Locale.ROOT).split(" ")[0]);
  }

  private static final Set<String> VERBS = dev.readout.extract.engine.text.WordSet.of("met", "meet", "meets",
      "visited", "hosted", "hosts", "host", "spoke", "speaks", "phoned", "telephoned", "huddled", "talked", "sat", "called",
      "conferred", "received", "negotiate", "paid", "welcomed", "co-chaired", "convene", "convened", "convenes");

  private static void absorb(Candidate into, Candidate other) {
    if (into.sentence == other.sentence && finiteVerb(other) && !finiteVerb(into)) {
      into.status = other.status;
      into.trigger = other.trigger;
      into.triggerText = other.triggerText;
      into.mode = other.mode;
      into.takeDateOf(other);
      into.location = other.location != null ? other.location : into.location;
    }
    for (Candidate.Participant p : other.participants) {
      into.addParticipant(p.entity(), p.mention());
    }
    if (into.date == null && other.date != null) {
      into.takeDateOf(other);
    }
    if (into.location == null) {
      into.location = other.location;
    }
    into.confidence = Math.min(1.0, Math.max(into.confidence, other.confidence) + 0.05);
  }
}
