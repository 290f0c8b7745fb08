package dev.readout.extract.engine;

import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.events.Candidate;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.WordSet;
import dev.readout.extract.engine.time.DateClues;
import dev.readout.extract.engine.time.DateMention;
import dev.readout.extract.engine.time.DateResolver;
import dev.readout.extract.engine.time.OccasionContext;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an event's day comes from when its own words name none (EVENTS.md rule 7: a date carries
 * over only for the same speaker and occasion): the meeting the words were spoken at, the event
 * told before, what the next sentences say followed it, the visit it is part of.
 */
final class OccasionDates {

  private OccasionDates() {}

  /** How far back a meeting may lie for words placed at it ("said after the talks") to take its date. */
  static final int OCCASION_SENTENCES = 8;

  /** Nouns by which a later sentence names a call or a meeting told before ("after the call"). */
  private static final Set<String> CALL_NOUNS = WordSet.of("call",
      "conversation", "phone");

  private static final Set<String> MEETING_NOUNS = WordSet.of("meeting",
      "talks", "summit", "visit", "session");

  /** How many sentences after an undated event may date it by what followed it. */
  private static final int FOLLOW_SENTENCES = 2;

  /**
   * An undated past call or meeting takes the day of what a next sentence says followed it on a given
   * day ("Trump wrote in a post Wednesday after the call", "Following the meeting, ... on Monday").
   */
  static void datedByWhatFollowed(Document doc, List<Candidate> interactions, List<Candidate> statements) {
    for (Candidate c : interactions) {
      if (c.date != null || c.status != EventStatus.OCCURRED) {
        continue;
      }
      Set<String> nouns = c.type == EventType.CALL ? CALL_NOUNS : MEETING_NOUNS;
      for (int k = c.sentence + 1; k <= c.sentence + FOLLOW_SENTENCES && k < doc.sentences().size(); k++) {
        Sentence next = doc.sentences().get(k);
        Candidate dated = datedIn(k, statements);
        if (dated != null && followsThe(doc, next, nouns)) {
          c.takeDateOf(dated);
          break;
        }
      }
    }
  }

  static Candidate datedIn(int sentence, List<Candidate> candidates) {
    for (Candidate x : candidates) {
      if (x.sentence == sentence && x.date != null && x.datePrecision == DatePrecision.DAY) {
        return x;
      }
    }
    return null;
  }

  /** "after the call", "following the meeting", outside quotations. */
  static boolean followsThe(Document doc, Sentence s, Set<String> nouns) {
    for (int i = s.from(); i + 2 < s.to(); i++) {
      String w = doc.token(i).lower();
      if ((w.equals("after") || w.equals("following")) && !doc.quoted(i) && doc.token(i + 1).is("the")
          && nouns.contains(doc.token(i + 2).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> OCCASIONS = WordSet.of("call",
      "conversation", "meeting", "talks", "summit", "visit", "discussion", "discussions");

  /**
   * The latest dated meeting or call before a statement whose attribution names it ("The ministry
   * confirmed the call, stating ...", "characterized the conversation as ..."), or null. Only the
   * attribution's own words count: "the talks" inside the reported content is what was said, and
   * may be another event.
   */
  static Candidate referencedOccasion(Document doc, Sentence s, Candidate st, List<Candidate> interactions) {
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
      if (m.sentence <= s.index() && s.index() - m.sentence <= OCCASION_SENTENCES && m.date != null
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
  static DateMention attendedOccasion(Document doc, Sentence s, Candidate st, List<Candidate> interactions,
      DateMention lead) {
    if (!placedAtOccasion(doc, s, st)) {
      return null;
    }
    Candidate attended = attendedMeeting(doc, s, st, interactions);
    if (attended != null) {
      return new DateMention(attended.date, attended.datePrecision, attended.dateText, attended.trigger,
          attended.trigger + 1);
    }
    return lead;
  }

  /** How many sentences back a told press event may frame a bare attribution. */
  private static final int PRESS_SENTENCES = 3;
  /** How far before the press event the meeting it followed may be told. */
  private static final int PRESS_MEETING_SENTENCES = 2;

  /**
   * The dated past meeting the speaker took part in that the narrative, at most
   * {@link #PRESS_SENTENCES} back and before any other attribution, says was followed by a press
   * event ("The two leaders held talks in Accra on Monday before addressing a joint press briefing.
   * ... 'We agreed,' Mahama said"); or null. A bare "said" names no occasion, but the press event
   * just told does.
   */
  static Candidate pressEventJustTold(Document doc, Candidate st, List<Candidate> statements,
      List<Candidate> interactions) {
    for (int k = st.sentence - 1; k >= 0 && k >= st.sentence - PRESS_SENTENCES; k--) {
      int sentence = k;
      Sentence p = doc.sentences().get(k);
      if (!OccasionContext.toThePress(doc, p.from(), p.to())) {
        continue;
      }
      if (statements.stream().anyMatch(x -> x.sentence == sentence)) {
        return null; // "X told reporters ...": an attribution of its own, not a told press event
      }
      Candidate found = null;
      for (Candidate m : interactions) {
        if (m.sentence <= k && k - m.sentence <= PRESS_MEETING_SENTENCES && m.type == EventType.MEETING
            && m.date != null && m.status == EventStatus.OCCURRED && m.hasParticipant(st.speaker.entity())
            && (found == null || m.sentence >= found.sentence)) {
          found = m;
        }
      }
      Candidate meeting = found;
      // the other host's words in between were given at the same press event; anyone else's may
      // open another occasion
      boolean sameEvent = meeting != null && statements.stream().noneMatch(x -> x.sentence > sentence
          && x.sentence < st.sentence && !meeting.hasParticipant(x.speaker.entity()));
      return sameEvent ? meeting : null;
    }
    return null;
  }

  /** Whether the attribution's own words place the statement at an occasion that is no routine briefing. */
  private static boolean placedAtOccasion(Document doc, Sentence s, Candidate st) {
    boolean placed = st.contentFrom >= s.from() && st.contentTo <= s.to()
        ? OccasionContext.placesAtOccasion(doc, s.from(), st.contentFrom)
            || OccasionContext.placesAtOccasion(doc, st.contentTo, s.to())
        : OccasionContext.placesAtOccasion(doc, s.from(), s.to());
    // "told a regular press conference": the speaker's own routine, not the meeting's day
    return placed && !OccasionContext.regularBriefing(doc, s.from(), s.to());
  }

  /**
   * The dated past meeting an attribution places the words at, or null: the latest at most
   * {@link #OCCASION_SENTENCES} back that the speaker took part in, else, when the attribution names
   * the occasion as one already told ("told reporters after the summit", "at the forum"), the latest
   * such meeting whoever took part: a host's or secretary-general's words at a gathering of others.
   */
  static Candidate attendedMeeting(Document doc, Sentence s, Candidate st, List<Candidate> interactions) {
    if (!placedAtOccasion(doc, s, st)) {
      return null;
    }
    Candidate attended = null;
    Candidate told = null;
    for (Candidate m : interactions) {
      if (m.sentence > s.index() || s.index() - m.sentence > OCCASION_SENTENCES || m.date == null
          || m.status != EventStatus.OCCURRED || m.type != EventType.MEETING && !m.hasParticipant(st.speaker.entity())) {
        continue;
      }
      if (m.hasParticipant(st.speaker.entity()) && (attended == null || m.sentence >= attended.sentence)) {
        attended = m;
      }
      if (m.sentence < s.index() && (told == null || m.sentence >= told.sentence)) {
        told = m;
      }
    }
    if (attended != null) {
      return attended;
    }
    return told != null && OccasionContext.namesToldOccasion(doc, attributionFrom(s, st), attributionTo(s, st))
        ? told : null;
  }

  private static int attributionFrom(Sentence s, Candidate st) {
    return st.contentFrom >= s.from() && st.contentTo <= st.speakerSpan.from() ? st.contentTo : s.from();
  }

  private static int attributionTo(Sentence s, Candidate st) {
    return st.contentFrom >= s.from() && st.contentFrom > st.speakerSpan.from() ? st.contentFrom : s.to();
  }

  private static final Set<String> GATHERINGS = WordSet.of("summit", "conference", "forum", "assembly", "session",
      "meeting", "meetings", "talks", "games", "ceremony", "celebrations", "congress", "convention", "dialogue",
      "consultations", "negotiations", "retreat");

  /**
   * The gathering whose sidelines or margins a meeting is on ("met on the sidelines of the summit"),
   * when told as an event of its own in this sentence or one before it; or null.
   */
  static Candidate sidelinesOf(Document doc, Candidate c, List<Candidate> interactions) {
    String gathering = sidelinesNoun(doc, c);
    if (gathering == null) {
      return null;
    }
    Candidate found = null;
    for (Candidate m : interactions) {
      if (m == c || m.sentence > c.sentence || c.sentence - m.sentence > OCCASION_SENTENCES
          || m.type != EventType.MEETING || !doc.token(m.trigger).lower().equals(gathering)
          && (m.sentence == c.sentence || !names(doc, doc.sentences().get(m.sentence), gathering))
          || m.date == null && m.location == null
          || c.status == EventStatus.OCCURRED && m.status != EventStatus.OCCURRED) {
        continue;
      }
      if (found == null || m.sentence >= found.sentence) {
        found = m;
      }
    }
    return found;
  }

  /**
   * Whether sentence {@code s} names the gathering outside quotations ("Leaders of the Pacific
   * Islands Forum met in Apia"): the meeting it tells is that gathering.
   */
  private static boolean names(Document doc, Sentence s, String gathering) {
    for (int i = s.from(); i < s.to(); i++) {
      if (!doc.quoted(i) && doc.token(i).lower().equals(gathering)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun of the gathering on whose sidelines or margins {@code c}'s sentence puts it ("on the
   * sidelines of the G20 summit": "summit"), or null.
   */
  static String sidelinesNoun(Document doc, Candidate c) {
    Sentence s = doc.sentences().get(c.sentence);
    for (int i = s.from(); i + 2 < s.to(); i++) {
      String w = doc.token(i).lower();
      if ((w.equals("sidelines") || w.equals("margins") || w.equals("sideline")) && doc.token(i + 1).is("of")
          && !doc.quoted(i)) {
        for (int k = i + 2; k < s.to() && k <= i + 2 + SIDELINES_NAME_TOKENS; k++) {
          if (GATHERINGS.contains(doc.token(k).lower())) {
            return doc.token(k).lower();
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Whether {@code c}'s sentence puts it "on the sidelines" or "on the margins" without saying of
   * what: the gathering the report has told of.
   */
  static boolean bareSidelines(Document doc, Candidate c) {
    Sentence s = doc.sentences().get(c.sentence);
    for (int i = s.from() + 1; i < s.to(); i++) {
      String w = doc.token(i).lower();
      if ((w.equals("sidelines") || w.equals("margins") || w.equals("sideline")) && doc.token(i - 1).is("the")
          && !doc.quoted(i)) {
        return i + 1 >= s.to() || !doc.token(i + 1).is("of");
      }
    }
    return false;
  }

  /**
   * The seat of the gathering on whose sidelines {@code c} is, when it is a standing body named
   * without its city ("on the margins of the UN General Assembly": New York), or null.
   */
  static dev.readout.schemas.avro.Place sidelinesSeat(Document doc, Candidate c,
      dev.readout.extract.engine.place.PlaceFinder places) {
    Sentence s = doc.sentences().get(c.sentence);
    for (int i = s.from(); i + 2 < s.to(); i++) {
      String w = doc.token(i).lower();
      if ((w.equals("sidelines") || w.equals("margins") || w.equals("sideline")) && doc.token(i + 1).is("of")
          && !doc.quoted(i)) {
        return places.seatNamed(doc, i + 2, Math.min(s.to(), i + 3 + SIDELINES_NAME_TOKENS));
      }
    }
    return null;
  }

  /** How many words may name the gathering between "sidelines of" and its noun ("the annual ASEAN summit"). */
  private static final int SIDELINES_NAME_TOKENS = 5;

  /**
   * The occasion nouns the report calls today's ("today's meeting", "this morning's talks"), in its
   * own words or a speaker's: the occasion so named is on the publication day.
   */
  static Set<String> todaysOccasions(Document doc) {
    Set<String> nouns = new HashSet<>();
    int n = doc.tokens().size();
    for (int i = 0; i + 2 < n; i++) {
      String w = doc.token(i).lower();
      int poss = -1;
      if ((w.equals("today") || w.equals("tonight")) && doc.token(i + 1).is("'s")) {
        poss = i + 1;
      } else if (w.equals("this") && i + 3 < n && doc.token(i + 2).is("'s")
          && (doc.token(i + 1).is("morning") || doc.token(i + 1).is("afternoon") || doc.token(i + 1).is("evening"))) {
        poss = i + 2;
      }
      if (poss > 0 && poss + 1 < n && MEETING_NOUNS.contains(doc.token(poss + 1).lower())) {
        nouns.add(doc.token(poss + 1).lower());
      }
    }
    return nouns;
  }

  /**
   * The statement in the meeting's sentence whose attribution the meeting closes ("told reporters
   * after meeting Mirzoyan", "said following talks with Aliyev"), or null.
   */
  static Candidate statementItFramed(Document doc, Candidate m, List<Candidate> statements) {
    int t = m.trigger;
    boolean after = t > 0 && (doc.token(t - 1).is("after") || doc.token(t - 1).is("following"))
        || t > 1 && (doc.token(t - 2).is("after") || doc.token(t - 2).is("following"))
        && (doc.token(t - 1).is("the") || doc.token(t - 1).is("his") || doc.token(t - 1).is("her")
            || doc.token(t - 1).is("their"));
    if (!after || doc.quoted(t)) {
      return null;
    }
    for (Candidate st : statements) {
      if (st.sentence == m.sentence && st.trigger < t && (st.contentFrom < 0 || st.contentTo <= t
          || st.contentFrom > t)) {
        return st;
      }
    }
    return null;
  }

  /**
   * The talks a statement's words are the readout of, or null: the latest past meeting of at most two
   * parties, the speaker one of them, dated to the day and told in a main clause of an earlier
   * sentence at most {@link #OCCASION_SENTENCES} back, when nothing dated to another day and nobody
   * outside those talks has been told since ("Xi held talks with Tokayev in Beijing on Tuesday. ...
   * Xi stressed that ..."). Not a summit of many, whose leaders speak over days and in many rooms, nor
   * talks told as an aside ("Luxon, who met Manele on Wednesday, said").
   */
  static Candidate talksJustHeld(Document doc, Candidate st, List<Candidate> statements,
      List<Candidate> interactions) {
    Candidate found = null;
    for (Candidate m : interactions) {
      if (m.sentence >= st.sentence || st.sentence - m.sentence > OCCASION_SENTENCES
          || m.status != EventStatus.OCCURRED || m.type != EventType.MEETING || m.date == null
          || m.datePrecision != DatePrecision.DAY || m.participants.size() > 2
          || !m.hasParticipant(st.speaker.entity())
          || DateClues.inRelativeClause(doc, doc.sentences().get(m.sentence), m.trigger, -1)) {
        continue;
      }
      if (found == null || m.sentence >= found.sentence) {
        found = m;
      }
    }
    if (found == null) {
      return null;
    }
    Candidate talks = found;
    Candidate last = latestDatedBefore(st, statements, interactions);
    boolean outsider = statements.stream().anyMatch(x -> x != st && x.sentence > talks.sentence
        && (x.sentence < st.sentence || x.sentence == st.sentence && x.trigger < st.trigger)
        && !talks.hasParticipant(x.speaker.entity()));
    return last != null && last.date.equals(talks.date) && !outsider ? talks : null;
  }

  /** How many sentences back a body's dated statement may give its spokesperson's briefing its day. */
  private static final int BRIEFING_SENTENCES = 2;

  /**
   * The latest statement dated to the day at most {@link #BRIEFING_SENTENCES} back by a ministry,
   * office or other body of the speaker's own country, when the speaker speaks to the press ("the
   * foreign ministry said on Tuesday ... its spokesperson told reporters at the weekly briefing"):
   * the body's words and its spokesperson's are one briefing; or null.
   */
  static Candidate bodysBriefing(Document doc, Sentence s, Candidate st, List<Candidate> statements) {
    var speaker = st.speaker.entity();
    if (speaker.kind() != dev.readout.schemas.avro.ActorKind.PERSON || speaker.country() == null
        || !OccasionContext.toThePress(doc, s.from(), s.to())) {
      return null;
    }
    Candidate found = null;
    for (Candidate x : statements) {
      if (x == st || x.sentence > st.sentence || st.sentence - x.sentence > BRIEFING_SENTENCES
          || x.sentence == st.sentence && x.trigger > st.trigger || x.date == null
          || x.datePrecision != DatePrecision.DAY) {
        continue;
      }
      var body = x.speaker.entity();
      if (body.kind() == dev.readout.schemas.avro.ActorKind.ORGANIZATION && speaker.country().equals(body.country())) {
        found = x;
      }
    }
    return found;
  }

  /** How many sentences back the meeting may be told whose participants a statement names. */
  private static final int EXCHANGE_SENTENCES = 3;

  /**
   * The past meeting or call, dated to the day, told in the sentences just before a statement that
   * names two or more of its participants by name, the speaker included unless writing ("Albanese
   * told Luxon that ...", "the NATO secretary general commended Frederiksen for ..."); or null.
   */
  static Candidate exchangedAt(Document doc, List<ActorSpan> spans, Candidate st,
      List<Candidate> interactions) {
    Candidate found = null;
    for (Candidate m : interactions) {
      if (m.sentence >= st.sentence || st.sentence - m.sentence > EXCHANGE_SENTENCES || m.date == null
          || m.datePrecision != DatePrecision.DAY || m.status != EventStatus.OCCURRED) {
        continue;
      }
      Set<String> named = new HashSet<>();
      // "told Holness that ..., according to a release" is still words to him; only a written verb is not
      boolean written = "WRITTEN".equals(st.mode) && !TOLD.contains(doc.token(st.trigger).lower());
      if (!written && m.hasParticipant(st.speaker.entity())) {
        // "Rutte commended Frederiksen": he spoke to her there; a post about it ("wrote on X that he
        // had told Guterres") is an occasion of its own
        named.add(st.speaker.entity().id());
      }
      for (ActorSpan span : spans) {
        if (span.quoted() || span.form() != ActorSpan.Form.NAME
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

  /** Verbs of words said to someone: the addressee heard them, whatever document reports them. */
  private static final Set<String> TOLD = WordSet.of("told", "assured", "urged", "informed", "reassured");

  /** "both sides", "the two leaders": the parties of a meeting or call told just before. */
  private static final Set<String> PARTIES = WordSet.of("sides", "parties", "leaders", "countries", "men",
      "ministers", "presidents", "delegations", "governments");
  /** Past verbs that are not formed with -ed. */
  private static final Set<String> IRREGULAR_PAST = WordSet.of("held", "had", "made", "took", "spoke", "met",
      "saw", "gave", "found", "reached", "sought");

  /**
   * The past meeting or call, dated to the day and told at most {@link #EXCHANGE_SENTENCES} back,
   * whose parties the statement's words report on in the past ("both sides agreed to take steps",
   * "the two leaders discussed"), or null: an account of those talks, given on their day.
   */
  static Candidate bothSidesOf(Document doc, Candidate st, List<Candidate> interactions, LocalDate published) {
    if (st.contentFrom < 0 || !reportsOnTheParties(doc, st.contentFrom, st.contentTo)
        || !DateResolver.find(doc, st.contentFrom, st.contentTo, published, false).isEmpty()) {
      return null; // "the two presidents spoke by video call last month": another occasion, dated by itself
    }
    Candidate found = null;
    for (Candidate m : interactions) {
      if (m.sentence > st.sentence || st.sentence - m.sentence > EXCHANGE_SENTENCES || m.date == null
          || m.datePrecision != DatePrecision.DAY || m.status != EventStatus.OCCURRED
          || m.sentence == st.sentence && m.trigger > st.trigger) {
        continue;
      }
      if (found == null || m.sentence >= found.sentence) {
        found = m;
      }
    }
    return found;
  }

  private static boolean reportsOnTheParties(Document doc, int from, int to) {
    for (int i = from; i + 2 < to; i++) {
      String w = doc.token(i).lower();
      String n = doc.token(i + 1).lower();
      boolean parties = w.equals("both") && PARTIES.contains(n)
          || w.equals("the") && doc.token(i + 1).is("two") && i + 3 < to && PARTIES.contains(doc.token(i + 2).lower());
      if (!parties) {
        continue;
      }
      int v = w.equals("both") ? i + 2 : i + 3;
      if (v < to && (doc.token(v).is("also") || doc.token(v).is("have") || doc.token(v).is("had"))) {
        v++;
      }
      if (v < to) {
        String verb = doc.token(v).lower();
        return verb.endsWith("ed") || IRREGULAR_PAST.contains(verb);
      }
    }
    return false;
  }

  /**
   * The latest event that happened, told before {@code c} and dated to the day, or null: the day
   * "later in the day" belongs to.
   */
  static Candidate dayToldBefore(Candidate c, List<Candidate> statements, List<Candidate> interactions) {
    return latestDayBefore(c, statements, interactions, x -> x.status == EventStatus.OCCURRED);
  }

  /** The latest event told before {@code c} (earlier sentence, or earlier in its own) dated to the day. */
  static Candidate latestDatedBefore(Candidate c, List<Candidate> statements, List<Candidate> interactions) {
    return latestDayBefore(c, statements, interactions, x -> true);
  }

  private static Candidate latestDayBefore(Candidate c, List<Candidate> statements, List<Candidate> interactions,
      java.util.function.Predicate<Candidate> also) {
    Candidate found = null;
    for (List<Candidate> list : List.of(statements, interactions)) {
      for (Candidate x : list) {
        boolean earlier = x.sentence < c.sentence || x.sentence == c.sentence && x.trigger < c.trigger;
        if (x != c && earlier && x.date != null && x.datePrecision == DatePrecision.DAY && also.test(x)
            && (found == null || x.sentence > found.sentence
                || x.sentence == found.sentence && x.trigger > found.trigger)) {
          found = x;
        }
      }
    }
    return found;
  }

  /** How near a date must stand to "the meeting" to be that meeting's own. */
  static final int ANAPHOR_REACH = 3;

  /** "the meeting", "the call": a noun trigger with a definite article names an event already told. */
  static boolean anaphoric(Document doc, Sentence s, Candidate c) {
    return c.trigger > s.from() && doc.token(c.trigger - 1).is("the") && !doc.token(c.trigger).text().isEmpty()
        && Character.isLowerCase(doc.token(c.trigger).text().charAt(0)) && !doc.token(c.trigger).lower().endsWith("ed");
  }

  /** The latest dated, past meeting or call of the same type before {@code c} sharing a participant with it. */
  static Candidate toldBefore(List<Candidate> interactions, Candidate c) {
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

  /**
   * "Peters is visiting Nauru this week. ... In Nauru, Peters will hold meetings with Adeang": an
   * undated meeting in the country of an earlier dated visit by one of its participants happens
   * during that visit. A visit already over does not date a meeting still ahead.
   */
  static void datedByTheVisit(Candidate c, List<Candidate> interactions, LocalDate published) {
    if (c.type != EventType.MEETING || c.location == null || c.location.getCountry() == null) {
      return;
    }
    LocalDate weekStart = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
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
        c.takeDateOf(m);
        return;
      }
    }
  }
}
