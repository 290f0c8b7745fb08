package dev.readout.extract.engine.events;

import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.actors.AnalyzedArticle;
import dev.readout.extract.engine.actors.Entity;
import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import dev.readout.extract.engine.text.WordSet;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rounds of talks told as nouns, often with no one named: "agreed to hold the next round of their trilateral dialogue
 * with Kabul in June", "The last round was held in Tashkent", "The first two rounds, held in Lima in May and in Quito
 * on June 4". A round is a meeting of the parties its sentence names, else of the parties of the series an earlier
 * round of the article named, else of the states of the article's last meeting. One instance reads one article, in
 * sentence order, as the series it remembers runs across sentences.
 */
final class RoundFinder {

  /** Nouns of talks a round may be of: "a round of talks", "the sixth round of the Strategic Dialogue". */
  private static final Set<String> TALKS = WordSet.of("talks", "dialogue", "negotiations", "consultations",
      "discussions", "meetings", "meeting", "negotiation", "consultation", "dialogues", "conversations");
  /** Words that say which round of a series it is: "the next round", "the first two rounds". */
  private static final Set<String> SEQUENCE = WordSet.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "next", "last", "latest", "previous", "new", "fresh", "another",
      "final", "two", "three", "four", "upcoming", "subsequent", "following", "initial", "opening");
  /** Words that may stand between the determiner and "round": "the next formal round". */
  private static final Set<String> ROUND_MODIFIERS = WordSet.of("the", "a", "an", "their", "its", "his", "her",
      "formal", "technical", "official", "high-level", "ministerial", "substantive", "direct", "trilateral",
      "bilateral");
  /** Words before the round that make it the frame of another event: "met during the sixth round of ...". */
  private static final Set<String> FRAMES = WordSet.of("during", "at", "after", "before", "since", "following",
      "ahead", "sidelines", "margins", "margin", "on", "of", "until", "between", "from");
  /** Verbs before a round that hold it: "to hold the next round", "resumed a fresh round". */
  private static final Set<String> HOLDS = WordSet.of("hold", "holds", "held", "holding", "host", "hosts", "hosted",
      "hosting", "convene", "convened", "resume", "resumed", "resuming", "open", "opened", "launch", "launched",
      "start", "started", "begin", "began", "conclude", "concluded", "wrap", "wrapped", "complete", "completed");
  /** Words after a round that say it takes place: "was held in", "is set to take place", "began on". */
  private static final Set<String> HAPPENS = WordSet.of("held", "place", "convened", "began", "begins", "begin",
      "opened", "opens", "concluded", "ended", "ends", "started", "starts", "hosted");
  /** How far after the round phrase its predicate may stand. */
  private static final int PREDICATE_REACH = 10;
  /** How far back a series' earlier round may have been named. */
  private static final int SERIES_REACH = 20;
  /** How many words the round's "of" phrase may run before its talks noun: "of the Pakistan-China Strategic Dialogue". */
  private static final int OF_REACH = 8;
  /** Verbs of plain reporting whose speaker only tells of the round: "officials on both sides said". */
  private static final Set<String> REPORTING = WordSet.of("said", "says", "told", "according", "reported",
      "announced", "confirmed", "added", "stated", "noted");

  private final AnalyzedArticle article;
  private final Gazetteer gazetteer;
  /** The parties of the last round named with its talks ("the third round of talks with Greer"), or null. */
  private List<Candidate.Participant> series;
  private int seriesSentence = -1;

  RoundFinder(AnalyzedArticle article, Gazetteer gazetteer) {
    this.article = article;
    this.gazetteer = gazetteer;
  }

  /**
   * The rounds of this sentence that no trigger already made an event of. {@code found} holds the article's events
   * so far, this sentence's included, in text order.
   */
  List<Candidate> in(Sentence s, List<Candidate> found, List<Candidate> statements) {
    Document doc = article.doc();
    List<Candidate> out = new ArrayList<>();
    for (int i = s.from(); i < s.to(); i++) {
      Token t = doc.token(i);
      if (!(t.is("round") || t.is("rounds")) || doc.quoted(i)) {
        continue;
      }
      int start = phraseStart(doc, s, i);
      if (start < 0) {
        continue;
      }
      int talks = talksOf(doc, s, i);
      if (talks == -2) {
        continue; // "a new round of sanctions": no talks
      }
      Candidate told = talks >= 0 ? madeAt(found, s.index(), talks) : null;
      if (told != null) {
        remember(told.participants, s.index()); // "a third round of talks with Greer": the series' parties
        continue;
      }
      boolean anaphoric = talks < 0;
      if (anaphoric && (series == null || s.index() - seriesSentence > SERIES_REACH)) {
        continue; // "the first round of voting": a round of nothing the article negotiates
      }
      if (start > s.from() && FRAMES.contains(doc.token(start - 1).lower())) {
        continue; // "met during the sixth round of the dialogue": the round frames the meeting
      }
      int end = talks >= 0 ? talks + 1 : i + 1;
      if (!heldBefore(doc, s, start) && !happensAfter(doc, s, end)) {
        continue; // "the round of talks could focus on trade": a topic
      }
      Candidate c = candidate(doc, s, i, end);
      List<Candidate.Participant> named = named(s, start, end, statements);
      if (named.size() >= 2) {
        c.participants.addAll(named);
        if (talks >= 0) {
          remember(named, s.index());
        }
      } else if (series != null && s.index() - seriesSentence <= SERIES_REACH) {
        c.participants.addAll(seriesParties());
      } else {
        c.participants.addAll(lastStates(found));
      }
      if (!diplomatic(c)) {
        continue;
      }
      out.add(c);
      int second = t.is("rounds") ? secondVenue(doc, s, end) : -1;
      if (second >= 0) {
        // "the first two rounds, held in Lima in May and in Quito on June 4": one event per venue and time
        Candidate other = c.copy();
        other.trigger = second;
        other.frameFrom = second;
        c.frameTo = second;
        out.add(other);
      }
    }
    return out;
  }

  /** The start of "the next round", "their first two rounds", or -1 when no word tells which round it is. */
  private static int phraseStart(Document doc, Sentence s, int round) {
    boolean sequence = false;
    int k = round - 1;
    while (k >= s.from() && k >= round - 4
        && (SEQUENCE.contains(doc.token(k).lower()) || ROUND_MODIFIERS.contains(doc.token(k).lower())
            || ordinal(doc.token(k)))) {
      sequence |= SEQUENCE.contains(doc.token(k).lower()) || ordinal(doc.token(k));
      k--;
    }
    return sequence ? k + 1 : -1;
  }

  /** "15th", "2nd". */
  private static boolean ordinal(Token t) {
    String w = t.lower();
    return w.length() > 2 && Character.isDigit(w.charAt(0))
        && (w.endsWith("th") || w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd"));
  }

  /**
   * The talks noun of "round of (the ...) talks", -1 when "round" has no "of" phrase (it may refer to a series told
   * before), -2 when its "of" phrase names something else ("a round of sanctions").
   */
  private static int talksOf(Document doc, Sentence s, int round) {
    if (round + 1 >= s.to() || !doc.token(round + 1).is("of")) {
      return -1;
    }
    for (int k = round + 2; k < s.to() && k <= round + 1 + OF_REACH; k++) {
      Token w = doc.token(k);
      if (TALKS.contains(w.lower())) {
        return k;
      }
      if (!w.isWord() && !w.is("'") && !w.is("'s") && !w.is("-")) {
        return -2;
      }
    }
    return -2;
  }

  /** The candidate a trigger at this token already made, or null. */
  private static Candidate madeAt(List<Candidate> found, int sentence, int token) {
    for (Candidate c : found) {
      if (c.sentence == sentence && c.trigger == token) {
        return c;
      }
    }
    return null;
  }

  private void remember(List<Candidate.Participant> parties, int sentence) {
    if (parties.size() >= 2) {
      series = List.copyOf(parties);
      seriesSentence = sentence;
    }
  }

  /** A verb that holds the round right before it: "agreed to hold the next round". */
  private static boolean heldBefore(Document doc, Sentence s, int start) {
    for (int k = start - 1; k >= s.from() && k >= start - 2; k--) {
      if (HOLDS.contains(doc.token(k).lower())) {
        return true;
      }
      if (!doc.token(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** "was held in", ", held in", "is set to take place", "began on": the round's own predicate after it. */
  private static boolean happensAfter(Document doc, Sentence s, int end) {
    for (int k = end; k < s.to() && k < end + PREDICATE_REACH; k++) {
      Token w = doc.token(k);
      if (w.is(";") || w.is(".") || doc.quoted(k)) {
        return false;
      }
      if (HAPPENS.contains(w.lower())) {
        return !w.is("place") || k > end && (doc.token(k - 1).is("take") || doc.token(k - 1).is("took")
            || doc.token(k - 1).is("taking") || doc.token(k - 1).is("takes"));
      }
    }
    return false;
  }

  /** A round whose words run to {@code end}; its last word is the trigger, so the time after it is its own. */
  private static Candidate candidate(Document doc, Sentence s, int round, int end) {
    Candidate c = new Candidate();
    c.type = EventType.MEETING;
    c.mode = "NEGOTIATION";
    c.sentence = s.index();
    c.trigger = end - 1;
    c.triggerText = doc.text().substring(doc.token(round).start(), doc.token(end - 1).end());
    c.frameFrom = s.from();
    c.frameTo = s.to();
    return c;
  }

  /**
   * The parties the sentence names: the people before the round who do not only report it ("A and B agreed to hold
   * the next round"), and the party after its "with" ("... dialogue with Afghanistan").
   */
  private List<Candidate.Participant> named(Sentence s, int start, int end, List<Candidate> statements) {
    Document doc = article.doc();
    List<Candidate.Participant> out = new ArrayList<>();
    for (ActorSpan a : article.spansIn(s.from(), start)) {
      Entity e = a.entity();
      if (a.quoted() || e == null || e.kind() != ActorKind.PERSON || reports(a, s, start, statements)) {
        continue;
      }
      add(out, e, StatementFinder.mention(doc, a));
    }
    if (end < s.to() && doc.token(end).is("with")) {
      ActorSpan other = article.spanStartingAt(end + 1);
      if (other != null && other.entity() != null && !other.quoted()) {
        add(out, other.entity(), StatementFinder.mention(doc, other));
      }
    }
    return out;
  }

  /** The span is the speaker of a plain report of the round ("the ministry said A and B would hold a round"). */
  private static boolean reports(ActorSpan a, Sentence s, int round, List<Candidate> statements) {
    for (Candidate st : statements) {
      if (st.sentence == s.index() && st.speakerSpan == a && (st.contentFrom <= round && round < st.contentTo
          || REPORTING.contains(st.triggerText.toLowerCase(java.util.Locale.ROOT).split(" ")[0]))) {
        return true;
      }
    }
    return false;
  }

  /** The series' parties; its states only when it was told as theirs ("their dialogue with Afghanistan"). */
  private List<Candidate.Participant> seriesParties() {
    if (series.stream().noneMatch(p -> p.entity().kind() == ActorKind.COUNTRY)) {
      return series; // "talks with Greer": the people who hold each round
    }
    List<Candidate.Participant> states = new ArrayList<>();
    for (Candidate.Participant p : series) {
      Candidate.Participant state = state(p.entity().country());
      if (state != null) {
        add(states, state.entity(), state.mention());
      }
    }
    return states;
  }

  /** The states of the latest meeting or call told before that took place between two or more states. */
  private List<Candidate.Participant> lastStates(List<Candidate> found) {
    for (int k = found.size() - 1; k >= 0; k--) {
      Candidate c = found.get(k);
      Set<String> countries = new LinkedHashSet<>();
      for (Candidate.Participant p : c.participants) {
        if (p.entity().country() != null) {
          countries.add(p.entity().country());
        }
      }
      if (countries.size() >= 2) {
        List<Candidate.Participant> states = new ArrayList<>();
        for (String iso3 : countries) {
          Candidate.Participant state = state(iso3);
          if (state != null) {
            add(states, state.entity(), state.mention());
          }
        }
        return states;
      }
    }
    return List.of();
  }

  private Candidate.Participant state(String iso3) {
    var country = iso3 == null ? null : gazetteer.country(iso3);
    return country == null ? null : new Candidate.Participant(
        new Entity(country.name(), ActorKind.COUNTRY, null, country.iso3(), true, true), country.name());
  }

  /** Actors of two states, or a state and an international body (EVENTS.md rule 1). */
  private static boolean diplomatic(Candidate c) {
    Set<String> countries = new LinkedHashSet<>();
    boolean international = false;
    for (Candidate.Participant p : c.participants) {
      if (p.entity().country() != null) {
        countries.add(p.entity().country());
      } else if (p.entity().kind() == ActorKind.ORGANIZATION && p.entity().known()) {
        international = true;
      }
    }
    return c.participants.size() >= 2 && (countries.size() >= 2 || international && !countries.isEmpty());
  }

  /**
   * "held in Lima in May and in Quito on June 4": the last token of the second place, whose place and time make a
   * second round, or -1.
   */
  private int secondVenue(Document doc, Sentence s, int end) {
    for (int k = end; k + 2 < s.to() && k < end + PREDICATE_REACH + 6; k++) {
      Token w = doc.token(k);
      if (w.is(";") || w.is(".") || doc.quoted(k)) {
        return -1;
      }
      if (w.is("and") && doc.token(k + 1).is("in") && doc.token(k + 2).isCapitalized()) {
        int last = -1;
        for (var place : gazetteer.index().longestAt(doc.tokens(), k + 2, s.to())) {
          last = Math.max(last, k + 1 + place.length());
        }
        return last; // the place's last word: the time after it is nearer than the first round's
      }
    }
    return -1;
  }

  private static void add(List<Candidate.Participant> list, Entity e, String mention) {
    for (Candidate.Participant q : list) {
      if (q.entity().id().equals(e.id())) {
        return;
      }
    }
    list.add(new Candidate.Participant(e, mention));
  }
}
