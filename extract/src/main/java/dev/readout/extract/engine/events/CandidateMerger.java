package dev.readout.extract.engine.events;

import dev.readout.extract.engine.actors.Entity;
import dev.readout.schemas.avro.ActorKind;
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
    Set<Candidate> restating = restating(in);
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : in) {
      if (c.sitting && c.status == EventStatus.OCCURRED) {
        continue;
      }
      Candidate same = null;
      if (c.type != EventType.STATEMENT) {
        for (Candidate k : out) {
          if (sameEvent(k, c, restating)) {
            same = k;
            break;
          }
        }
      }
      if (same == null) {
        out.add(c);
      } else if (!nested(same, c)) {
        // a short form and the mention it restates: the fuller one tells the event, with its own evidence
        Candidate fuller = restating.contains(same) ? c : same;
        Candidate shorter = fuller == c ? same : c;
        absorb(fuller, shorter);
        dropStatesOfTheirPeople(fuller);
        out.set(out.indexOf(same), fuller);
      } else {
        absorb(same, c);
      }
    }
    return out;
  }

  /**
   * The mentions that restate exactly one other mention of the article by short forms ("A's visit to London" in a
   * standfirst and "A met B" in the body); a visit to a state where its visitor met several people restates none.
   */
  private static Set<Candidate> restating(List<Candidate> in) {
    Set<Candidate> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Candidate c : in) {
      if (c.participants.stream().noneMatch(p -> p.entity().kind() == ActorKind.COUNTRY || roleOnly(p.entity()))) {
        continue; // only a state or a bare role can be a short form: keeps the common case linear
      }
      int fuller = 0;
      for (int k = 0; k < in.size() && fuller < 2; k++) {
        Candidate o = in.get(k);
        if (o != c && o.type == c.type && o.status == c.status && o.sentence != c.sentence && shortFormOf(c, o)) {
          fuller++;
        }
      }
      if (fuller == 1) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean sameEvent(Candidate a, Candidate b, Set<Candidate> restating) {
    if (a.type != b.type) {
      return false;
    }
    if (!nested(a, b) && !(a.sentence != b.sentence && (restating.contains(a) && shortFormOf(a, b)
        || restating.contains(b) && shortFormOf(b, a)))) {
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

  private static boolean nested(Candidate a, Candidate b) {
    Set<String> pa = ids(a);
    Set<String> pb = ids(b);
    return pa.containsAll(pb) || pb.containsAll(pa);
  }

  /**
   * "A's visit to London" in a standfirst beside "A met B in London" in the body: the shorter mention shares a
   * person with the fuller one and names by their state only people the fuller one names (B for Britain).
   */
  private static boolean shortFormOf(Candidate shorter, Candidate fuller) {
    boolean shared = false;
    boolean stood = false;
    for (Candidate.Participant p : shorter.participants) {
      Entity e = p.entity();
      if (fuller.hasParticipant(e)) {
        shared |= e.kind() == ActorKind.PERSON;
      } else if ((e.kind() == ActorKind.COUNTRY || roleOnly(e)) && e.country() != null
          && personOf(fuller, shorter, e.country())) {
        stood = true;
      } else {
        return false;
      }
    }
    return shared && stood;
  }

  /** The fuller mention has a person of that state whom the shorter one does not name. */
  private static boolean personOf(Candidate fuller, Candidate shorter, String iso3) {
    for (Candidate.Participant q : fuller.participants) {
      Entity e = q.entity();
      if (e.kind() == ActorKind.PERSON && iso3.equals(e.country()) && !shorter.hasParticipant(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person told only by a role ("Brazil's top foreign policy adviser" in a lede, named in the next sentence): no
   * gazetteer entry, and the name the recognizer gave is the role itself.
   */
  private static boolean roleOnly(Entity e) {
    return e.kind() == ActorKind.PERSON && !e.known() && e.title() != null && e.name().endsWith(e.title());
  }

  /**
   * People before groups (EVENTS.md rule 5): a state goes once a person who sits for it is listed; so does a bare
   * role of that state once a named person of it is (the lede's "top diplomat" is the minister named next).
   */
  private static void dropStatesOfTheirPeople(Candidate c) {
    c.participants.removeIf(p -> (p.entity().kind() == ActorKind.COUNTRY || roleOnly(p.entity()))
        && p.entity().country() != null
        && c.participants.stream().anyMatch(q -> q.entity().kind() == ActorKind.PERSON && !roleOnly(q.entity())
            && p.entity().country().equals(q.entity().country())));
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
