package dev.readout.extract.engine;

import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.events.Candidate;
import dev.readout.extract.engine.events.StatusClassifier;
import dev.readout.extract.engine.place.PlaceFinder;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.time.DateClues;
import dev.readout.extract.engine.time.DateMention;
import dev.readout.extract.engine.time.DateResolver;
import dev.readout.extract.engine.time.OccasionContext;
import dev.readout.extract.engine.time.RelativeDay;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
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

  private final PlaceFinder places;

  CandidateCompleter(PlaceFinder places) {
    this.places = places;
  }

  /** @param actors the actor mentions of each sentence, as the actor stage found them */
  void complete(Document doc, List<List<ActorSpan>> actors, List<Candidate> statements, List<Candidate> interactions,
      LocalDate published) {
    DateMention lead = leadDate(doc, published);
    Place datelineCity = places.datelineCity(doc);
    // "earlier this year", "in 2019": a time too vague for a date, yet one that rules out borrowing another's
    java.util.Set<Candidate> vague = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Candidate c : interactions) {
      Sentence s = doc.sentences().get(c.sentence);
      c.status = StatusClassifier.classify(doc, s, c.trigger);
      if (OccasionDates.anaphoric(doc, s, c)) {
        // "said after the meeting that ... a proposal floated earlier this month": "the meeting" is
        // one already told, so only a date right at it ("the talks on Thursday") is its own.
        int reach = OccasionDates.ANAPHOR_REACH;
        date(doc, c, Math.max(s.from(), c.trigger - reach), Math.min(s.to(), c.trigger + reach + 1), published);
        Candidate told = c.date == null ? OccasionDates.toldBefore(interactions, c) : null;
        if (told != null) {
          c.takeDateOf(told);
        } else if (c.date == null && lead != null && c.status == EventStatus.OCCURRED) {
          c.takeDate(lead); // the meeting the lead reports, told there by country, here by name
        }
      } else {
        date(doc, c, s.from(), s.to(), published);
        if (c.date == null && DateClues.vagueTime(doc, s.from(), s.to())) {
          vague.add(c);
        }
      }
      laterThatDay(c, List.of(), interactions);
      if (c.status == EventStatus.OCCURRED && c.date != null && whollyAfter(c.date, c.datePrecision, published)) {
        // "is off to Europe next week ... for a meeting with Albanese": what the text puts after the
        // report cannot have happened yet, whatever the verb's form
        c.status = EventStatus.PLANNED;
      }
      if (c.location == null && c.type != EventType.CALL) {
        c.location = places.find(doc, s.from(), s.to(), c.trigger, countries(c)); // a call happens nowhere
      }
      if (c.location == null && c.type != EventType.CALL) {
        c.location = places.host(doc, s.from(), s.to()); // "Accra will host the talks"
      }
      if (c.location == null && c.type != EventType.CALL) {
        c.location = ministryOfItsMinister(doc, s, c); // "met Budrys at the Foreign Ministry"
      }
      if (c.date == null && lead != null && c.status == EventStatus.OCCURRED && c.sentence < LEAD_SENTENCES
          && RelativeDay.find(doc, s.from(), s.to()) == null) { // "a day after ...": counted below
        // "Officials met Tuesday in Riyadh. ... They met with Mudavadi.": the lead's day.
        c.takeDate(lead);
      }
      c.confidence = interactionConfidence(c);
    }
    java.util.Set<String> todays = OccasionDates.todaysOccasions(doc);
    for (Candidate c : interactions) {
      if (c.date == null && c.type == EventType.MEETING && todays.contains(doc.token(c.trigger).lower())) {
        // "at today's meeting in Brussels" elsewhere in the report: the meeting it tells of is today's
        c.takeToday(published);
      }
      if (c.date == null) {
        OccasionDates.datedByTheVisit(c, interactions, published);
      }
      Candidate occasion = OccasionDates.sidelinesOf(doc, c, interactions);
      if (occasion != null) {
        // "met on the sidelines of the summit": at the summit, so on its day and in its city
        if (c.date == null && occasion.date != null) {
          c.takeDateOf(occasion);
        }
        if (c.location == null) {
          c.location = occasion.location;
        }
      } else {
        String gathering = OccasionDates.sidelinesNoun(doc, c);
        if (c.location == null) {
          // "on the margins of the UN General Assembly": a gathering with a seat of its own
          c.location = OccasionDates.sidelinesSeat(doc, c, places);
        }
        if (gathering == null && OccasionDates.bareSidelines(doc, c)) {
          gathering = latestGatheringTold(doc, c); // "set to meet Ramaphosa on the sidelines on Sunday"
        }
        int told = gatheringTold(doc, c, gathering);
        if (told >= 0) {
          // "met on the margins of the consultations": the consultations the lead told of, in their
          // city and, when that sentence gives one day, on it
          Sentence ts = doc.sentences().get(told);
          if (c.location == null) {
            c.location = gatheringPlace(doc, ts, gathering);
          }
          DateMention day = c.date != null ? null
              : c.status == EventStatus.OCCURRED ? onlyPastDay(doc, ts, published) : onlyDayAhead(doc, ts, published);
          if (day != null) {
            c.takeDate(day);
          }
        }
      }
    }
    for (Candidate c : interactions) {
      if (c.date == null) {
        // "Earlier the same day, the ministers co-chaired ...": counted from the events told before it,
        // before the statements made at it borrow its day
        Sentence s = doc.sentences().get(c.sentence);
        relativeDay(doc, c, s.from(), s.to(), List.of(), interactions);
      }
    }
    // statements that are occasions of their own: a post, an interview, a written statement
    java.util.Set<Candidate> posts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Candidate c : statements) {
      Sentence s = doc.sentences().get(c.sentence);
      c.status = EventStatus.OCCURRED;
      int from = attributionStart(doc, s, c);
      int to = Math.min(s.to(), Math.max(c.frameTo, c.trigger + 1));
      date(doc, c, from, to, published);
      laterThatDay(c, statements, interactions);
      if (c.date == null) {
        relativeDay(doc, c, from, to, statements, interactions);
      }
      if (c.date == null && DateClues.vagueTime(doc, from, ownWordsEnd(doc, c, from, to))) {
        vague.add(c);
      }
      int speakerFrom = c.speakerSpan.from();
      boolean contentBefore = c.contentFrom >= 0 && c.contentTo <= speakerFrom;
      if (c.date == null && !contentBefore && speakerFrom > s.from() && speakerFrom <= c.trigger) {
        // "On Saturday, Grandi said": a sentence-initial adverbial before the speaker, closed by its
        // comma; not a date of another clause ("talks will begin later this week after Trump said").
        List<DateMention> before = DateResolver.find(doc, s.from(), speakerFrom, published, false);
        DateMention m = before.size() == 1 ? before.get(0) : null; // of two days, which is the words' is not said
        if (m != null && m.to() < speakerFrom && doc.token(m.to()).is(",")
            && !whollyAfter(m.date(), m.precision(), published) && !DateClues.afterSince(doc, s, m)) {
          // not "Ahead of the summit next week, Ruto said" nor "Since the vote on Monday, Ruto has said"
          c.takeDate(m);
        }
      }
      if (c.date == null && !contentBefore) {
        DateMention fronted = frontedDate(doc, s, c, published);
        if (fronted != null) {
          // "In an interview broadcast on Monday night by RTVE, the minister said": the fronted phrase
          // governs the attribution, so its day is the words' day
          c.takeDate(fronted);
        }
      }
      if (c.date == null && c.contentFrom >= 0) {
        // "expects them to be flexible at today's meeting": words about today were said today.
        for (DateMention m : DateResolver.find(doc, c.contentFrom, c.contentTo, published, false)) {
          if (m.precision() == DatePrecision.DAY && m.date().equals(published) && DateClues.isToday(doc, m)) {
            c.takeDate(m);
            break;
          }
        }
      }
      if (c.date == null && "DIRECT_QUOTE".equals(c.mode) && DateClues.quoteSaysToday(c.quote)) {
        // "... today we took an important step forward," the spokesperson said: spoken on the day
        c.takeToday(published);
      }
      // a post or an interview is an occasion of its own: it is where its own words say, never where
      // the speaker was before ("wrote on X after the talks", "told the BBC in an interview")
      boolean ownOccasion = OccasionContext.ownOccasion(doc, s.from(), s.to(), c.trigger, c.contentFrom, c.contentTo);
      Candidate last = previousBySameSpeaker(statements, c);
      if (!ownOccasion && last != null && posts.contains(last) && c.sentence - last.sentence <= CARRY_OVER_SENTENCES
          && !OccasionContext.placesAtOccasion(doc, s.from(), s.to())) {
        ownOccasion = true; // "told DW in an interview that ... Germany, he said, had ...": the same interview
      }
      if (ownOccasion) {
        posts.add(c);
        if (c.date == null && afterwards(doc, s)) {
          Candidate took = attendedBefore(interactions, c);
          if (took != null) {
            // "posted on X after the talks": the day of the talks he took part in; a post is placed
            // nowhere, so only the day carries
            c.takeDateOf(took);
          }
        }
      }
      // the attribution's own words place the statement, never a place inside what was said
      c.location = places.find(doc, from, ownWordsEnd(doc, c, from, to), c.trigger, countries(c));
      if (c.location == null) {
        c.location = openingPlace(doc, s, c); // "In Nairobi, Grandi said", "Speaking in Accra, she said"
      }
      if (c.location == null && OccasionContext.backHome(doc, s.from(), s.to(), c.contentFrom, c.contentTo)) {
        // "quoted the minister as saying on his return that ...": spoken back in his own capital
        c.location = places.capital(c.speaker.entity().country());
      }
      if (c.location == null && OccasionContext.saysHere(doc, from, ownWordsEnd(doc, c, from, to))) {
        c.location = datelineCity; // "BEIJING (Xinhua) -- ... said here on Tuesday"
      }
      if (c.date == null) {
        Candidate occasion = OccasionDates.referencedOccasion(doc, s, c, interactions);
        if (occasion != null) {
          // "The ministry characterized the conversation as ...": words about an event, on its day.
          c.takeDateOf(occasion);
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
          c.takeDateOf(before);
        }
        if (c.location == null && !ownOccasion
            && (c.date == null || before.date == null || c.date.equals(before.date))) {
          c.location = before.location; // not to "in an interview on Sunday": another day, another place
        }
      }
      if (c.date == null && c.location == null && !ownOccasion && answersAQuestion(doc, s)) {
        Candidate briefing = pressWordsBefore(doc, statements, c);
        if (briefing != null) {
          // "Asked about Rubio's comments, Sheinbaum said": an answer at her press conference told before
          c.takeDateOf(briefing);
          c.location = briefing.location;
        }
      }
      Candidate press = c.date == null && !ownOccasion ? OccasionDates.pressEventJustTold(doc, c, statements, interactions) : null;
      if (press != null) {
        // "The leaders held talks in Accra on Monday before addressing the press. ... Mahama said":
        // words at that press event, on the meeting's day and where it was held
        c.takeDateOf(press);
        if (c.location == null) {
          c.location = press.location;
        }
      }
      if (c.location == null && !ownOccasion) {
        c.location = occasionPlace(interactions, c);
      }
      if (c.date == null && !ownOccasion) {
        Candidate held = OccasionDates.talksJustHeld(doc, c, statements, interactions);
        if (held != null && (c.location == null || c.location.equals(held.location))) {
          // "Xi held talks with Tokayev in Beijing on Tuesday. ... Xi noted that": the readout of those
          // talks, on their day and where they were held
          c.takeDateOf(held);
          if (c.location == null) {
            c.location = held.location;
          }
        }
      }
      if (c.location == null && !ownOccasion && OccasionContext.embassyAbroad(doc, s.from(), ownWordsEnd(doc, c, from, to))) {
        // "Speaking to reporters outside the Argentine Embassy" after talks in London: the embassy in
        // the city the speaker's talks were held in
        c.location = visitedCity(interactions, c);
      }
      if (c.location == null && OccasionContext.toThePress(doc, s.from(), s.to())
          && !OccasionContext.toThePress(doc, Math.max(c.contentFrom, s.from()), Math.max(c.contentTo, s.from()))
          && !foreignRoutineBriefing(doc, s, c, datelineCity)) {
        // "SANTIAGO (AP) — ... Boric told reporters": a news conference is held where the report was filed
        c.location = datelineCity;
      }
      if (c.date == null && c.sentence < actors.size()) {
        Candidate between = OccasionDates.exchangedAt(doc, actors.get(c.sentence), c, interactions);
        if (between != null) {
          // "Albanese told Luxon that ..., the ministry said": words that passed at the meeting told before.
          c.takeDateOf(between);
        }
      }
      if (c.date == null && c.sentence < actors.size() && !perfect(doc, s, c.trigger)) {
        DateMention there = namedJustBefore(doc, actors, c, published);
        if (there != null) {
          // "Grandi ... held talks in Kenya over the weekend. In Nairobi, Grandi said":
          // the speaker's words on the occasion the sentence before puts him at.
          c.takeDate(there);
        }
      }
      if (c.date == null) {
        Candidate agreed = OccasionDates.bothSidesOf(doc, c, interactions, published);
        if (agreed != null) {
          // "both sides agreed to take steps ...", a spokesperson said: an account of the talks just told
          c.takeDateOf(agreed);
        }
      }
      if (OccasionContext.forOnesPart(doc, s.from(), s.to()) || OccasionContext.sameOccasion(doc, s.from(), s.to())) {
        Candidate other = previousStatement(statements, c);
        if (other != null && !other.speaker.entity().id().equals(c.speaker.entity().id())) {
          // "Mudavadi, for his part, said": an answer on the occasion the other speaker spoke at
          if (c.date == null && other.date != null) {
            c.takeDateOf(other);
          }
          if (c.location == null && !ownOccasion) {
            c.location = other.location;
          }
        }
      }
      if (c.date == null && OccasionContext.sameDayAsBefore(doc, s.from(), s.to())) {
        Candidate earlier = OccasionDates.latestDatedBefore(c, statements, interactions);
        if (earlier != null) {
          // "Mudavadi's comments came hours after Museveni said ...": the day of what came before.
          c.takeDateOf(earlier);
        }
      }
      if (c.date == null) {
        Candidate body = OccasionDates.bodysBriefing(doc, s, c, statements);
        if (body != null) {
          // "the ministry said on Tuesday ... its spokesperson told reporters": one briefing, one day
          c.takeDateOf(body);
        }
      }
      Candidate attended = OccasionDates.attendedMeeting(doc, s, c, interactions);
      if (attended != null) {
        // "Lula said at a joint news conference", "told reporters after the summit": words spoken at
        // the meeting, on its day and where it was held
        if (c.date == null) {
          c.takeDateOf(attended);
        }
        if (c.location == null && !ownOccasion && c.date.equals(attended.date)) {
          c.location = attended.location;
        }
      } else if (c.date == null) {
        DateMention occasion = OccasionDates.attendedOccasion(doc, s, c, interactions, lead);
        if (occasion != null) {
          c.takeDate(occasion);
        }
      }
      c.confidence = statementConfidence(c);
    }
    for (Candidate c : interactions) {
      if (c.date == null) {
        Sentence s = doc.sentences().get(c.sentence);
        relativeDay(doc, c, s.from(), s.to(), statements, interactions);
      }
    }
    OccasionDates.datedByWhatFollowed(doc, interactions, statements);
    DateMention blogDay = dev.readout.extract.engine.time.LiveBlog.headerDay(doc, published);
    if (blogDay != null) {
      for (Candidate c : statements) {
        if (c.date == null && inStampedEntry(doc, c)) {
          // "14:30 - the spokesperson told reporters": an entry posted on the blog's day reports that day's words
          c.takeDate(blogDay);
        }
      }
    }
    for (Candidate m : interactions) {
      Candidate st = OccasionDates.statementItFramed(doc, m, statements);
      if (st != null) {
        // "Fidan told reporters on Monday after meeting Mirzoyan": the meeting came just before the words
        if (m.date == null && st.date != null && m.status == EventStatus.OCCURRED) {
          m.takeDateOf(st);
        }
        if (m.location == null && m.type != EventType.CALL) {
          m.location = st.location;
        }
      }
    }
    for (Candidate c : vague) {
      c.date = null;
      c.datePrecision = DatePrecision.UNKNOWN;
      c.dateText = null;
    }
  }

  /**
   * "a call the previous afternoon", "On the same day, Wang also met ...", "came a day after X met
   * Y": a day counted from the last event of the narrative dated to the day before {@code c}, not
   * from the report's day; left undated when none is.
   */
  private static void relativeDay(Document doc, Candidate c, int from, int to, List<Candidate> statements,
      List<Candidate> interactions) {
    RelativeDay r = RelativeDay.find(doc, from, to);
    if (r == null || r.anchorAfter() && c.trigger < r.to()) {
      return; // "The call came a day before ...": the call is the anchor, dated by itself or not at all
    }
    int lo = Math.min(c.trigger, r.from());
    int hi = Math.max(c.trigger, r.to());
    for (List<Candidate> list : List.of(statements, interactions)) {
      for (Candidate x : list) {
        if (x != c && x.sentence == c.sentence && x.trigger > lo && x.trigger < hi) {
          return; // "agreed to reopen talks during a call the previous evening": the phrase is the call's
        }
      }
    }
    EventType named = r.anchorAfter() ? namedAnchorType(doc, doc.sentences().get(c.sentence).from(), r.from()) : null;
    // "The call came a day before ...": the call told before, not whatever was dated last
    Candidate anchor = named == null ? OccasionDates.latestDatedBefore(c, statements, interactions)
        : OccasionDates.latestDatedBefore(c, named == EventType.STATEMENT ? statements : List.of(),
            interactions.stream().filter(x -> x.type == named).toList());
    if (anchor == null || r.anchorAfter() && anchor.sentence == c.sentence && anchor.trigger > r.from()) {
      return;
    }
    c.date = anchor.date.plusDays(r.offset());
    c.datePrecision = DatePrecision.DAY;
    c.dateText = doc.text().substring(doc.token(r.from()).start(), doc.token(r.to() - 1).end());
  }

  /** Whether {@code c}'s paragraph opens with a live blog's time stamp. */
  private static boolean inStampedEntry(Document doc, Candidate c) {
    int paragraph = doc.sentences().get(c.sentence).paragraph();
    for (int k = c.sentence; k >= 0 && doc.sentences().get(k).paragraph() == paragraph; k--) {
      if (k == 0 || doc.sentences().get(k - 1).paragraph() != paragraph) {
        return dev.readout.extract.engine.time.LiveBlog.stamped(doc, doc.sentences().get(k));
      }
    }
    return false;
  }

  /**
   * "<participant> met <minister> at the Foreign Ministry": a ministry named without its state is
   * the one its minister among the participants heads, in that state's capital ("Foreign Ministry,
   * Vilnius"); null when no participant holds that portfolio, or participants of two states do.
   */
  private Place ministryOfItsMinister(Document doc, Sentence s, Candidate c) {
    String portfolio = places.ministryNamed(doc, s.from(), s.to());
    if (portfolio == null) {
      return null;
    }
    String country = null;
    for (var p : c.participants) {
      String title = p.entity().title();
      if (title != null && p.entity().country() != null && title.toLowerCase(java.util.Locale.ROOT).contains(portfolio)
          && title.toLowerCase(java.util.Locale.ROOT).contains("minister")) {
        if (country != null && !country.equals(p.entity().country())) {
          return null;
        }
        country = p.entity().country();
      }
    }
    Place capital = places.capital(country);
    String word = portfolio.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + portfolio.substring(1);
    return capital == null ? null : new Place(word + " Ministry, " + capital.getName(), capital.getCountry());
  }

  /** How far back the press event may be told whose questions a speaker answers. */
  private static final int PRESS_ANSWER_SENTENCES = 16;

  /**
   * "after the talks", "following the meeting": the attribution follows an occasion told before. A
   * bare "later" ("later wrote on X") may be days later, so it does not count.
   */
  private static boolean afterwards(Document doc, Sentence s) {
    return OccasionDates.followsThe(doc, s, AFTER_NOUNS) || OccasionContext.afterwards(doc, s.from(), s.to());
  }

  private static final java.util.Set<String> AFTER_NOUNS = dev.readout.extract.engine.text.WordSet.of("talks",
      "meeting", "call", "summit", "visit", "conversation");

  /**
   * The latest past meeting or call at most {@link OccasionDates#OCCASION_SENTENCES} back, dated to
   * the day, that the speaker took part in; or null.
   */
  private static Candidate attendedBefore(List<Candidate> interactions, Candidate st) {
    Candidate found = null;
    for (Candidate m : interactions) {
      if (m.sentence <= st.sentence && st.sentence - m.sentence <= OccasionDates.OCCASION_SENTENCES
          && m.date != null && m.datePrecision == DatePrecision.DAY && m.status == EventStatus.OCCURRED
          && m.hasParticipant(st.speaker.entity()) && (found == null || m.sentence >= found.sentence)) {
        found = m;
      }
    }
    return found;
  }

  /** "Asked about ...,", "Asked whether ...,", "Questioned on ...,": the words answer a reporter. */
  private static boolean answersAQuestion(Document doc, Sentence s) {
    String first = doc.token(s.from()).lower();
    return (first.equals("asked") || first.equals("questioned")) && s.from() + 1 < s.to()
        && !doc.token(s.from() + 1).is("by");
  }

  /**
   * The latest dated statement by the same speaker at most {@link #PRESS_ANSWER_SENTENCES} back
   * that was made to the press ("told reporters at her morning press conference"), or null: a news
   * conference is often told at the top and answered from through the whole report.
   */
  private static Candidate pressWordsBefore(Document doc, List<Candidate> statements, Candidate c) {
    Candidate found = null;
    for (Candidate k : statements) {
      if (k == c) {
        break;
      }
      Sentence ks = doc.sentences().get(k.sentence);
      if (k.date != null && c.sentence - k.sentence <= PRESS_ANSWER_SENTENCES
          && k.speaker.entity().id().equals(c.speaker.entity().id())
          && OccasionContext.toThePress(doc, ks.from(), ks.to())) {
        found = k;
      }
    }
    return found;
  }

  /** The kind of event a subject before "came a day after" names ("The call", "The talks"), or null. */
  private static EventType namedAnchorType(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = doc.token(i).lower();
      if (w.equals("call") || w.equals("conversation")) {
        return EventType.CALL;
      }
      if (w.equals("meeting") || w.equals("talks") || w.equals("visit") || w.equals("summit")) {
        return EventType.MEETING;
      }
      if (w.equals("announcement") || w.equals("statement") || w.equals("remarks") || w.equals("comments")) {
        return EventType.STATEMENT;
      }
    }
    return null;
  }

  /** The states of the event's own actors: which "National Palace" or "State House" a venue is. */
  private static java.util.Set<String> countries(Candidate c) {
    java.util.Set<String> out = new java.util.HashSet<>();
    if (c.speaker != null && c.speaker.entity().country() != null) {
      out.add(c.speaker.entity().country());
    }
    for (var p : c.participants) {
      if (p.entity().country() != null) {
        out.add(p.entity().country());
      }
    }
    return out;
  }

  /** Whether the whole period a date names lies after the publication day ("next week", "tomorrow"). */
  static boolean whollyAfter(LocalDate date, DatePrecision precision, LocalDate published) {
    return switch (precision) {
      case DAY, WEEK -> date.isAfter(published); // a week is dated by its first day
      case MONTH -> date.withDayOfMonth(1).isAfter(published);
      default -> false;
    };
  }

  /**
   * "Later in the day, X met Y": the day of the latest past event told before, when there is one;
   * else the date stays the report's own day, as the resolver read it.
   */
  private static void laterThatDay(Candidate c, List<Candidate> statements, List<Candidate> interactions) {
    if (DateClues.partOfToldDay(c.dateText)) {
      Candidate before = OccasionDates.dayToldBefore(c, statements, interactions);
      if (before != null) {
        c.takeDateOf(before);
      }
    }
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

  /**
   * Whether the words are a spokesperson's routine briefing ("told a weekly briefing") for a state
   * other than the dateline's: held at home, not where the report was filed.
   */
  private static boolean foreignRoutineBriefing(Document doc, Sentence s, Candidate c, Place datelineCity) {
    String country = c.speaker.entity().country();
    return datelineCity != null && country != null && !country.equals(datelineCity.getCountry())
        && OccasionContext.regularBriefing(doc, s.from(), s.to());
  }

  /**
   * The city of the latest past meeting at most {@link OccasionDates#OCCASION_SENTENCES} back that
   * the speaker took part in outside his own state, or null.
   */
  private static Place visitedCity(List<Candidate> interactions, Candidate st) {
    Place found = null;
    String own = st.speaker.entity().country();
    for (Candidate m : interactions) {
      if (m.sentence > st.sentence || st.sentence - m.sentence > OccasionDates.OCCASION_SENTENCES
          || m.type != EventType.MEETING || m.status != EventStatus.OCCURRED || m.location == null
          || m.location.getCountry() == null || m.location.getCountry().equals(own)
          || !m.hasParticipant(st.speaker.entity())) {
        continue;
      }
      found = m.location;
    }
    return found;
  }

  /** The place of an earlier meeting the speaker took part in on the same day: the same occasion. */
  private static dev.readout.schemas.avro.Place occasionPlace(List<Candidate> interactions, Candidate st) {
    Place found = null;
    for (Candidate m : interactions) {
      if (m.sentence > st.sentence || m.location == null || m.status != EventStatus.OCCURRED
          || m.type != EventType.MEETING || st.sentence - m.sentence > OccasionDates.OCCASION_SENTENCES) {
        continue;
      }
      boolean sameDay = m.date != null && (st.date == null || st.date.equals(m.date));
      if (sameDay && m.hasParticipant(st.speaker.entity())) {
        return m.location;
      }
    }
    return found;
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
      int after = c.speakerSpan.to();
      if (after + 2 < v && v - after <= ASIDE_TOKENS && doc.token(after).is(",") && doc.token(v - 1).is(",")
          && (OPENING_PARTICIPLES.contains(doc.token(after + 1).lower())
              || ASIDE_PREPOSITIONS.contains(doc.token(after + 1).lower()))) {
        from = after; // "Aliyev, addressing a forum in Baku last week, said": the aside frames the words
      }
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
            && !DateClues.datesTheReport(doc, s, m)) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The past date of the sentence just before a statement, in its paragraph, when that sentence
   * names the speaker and the statement opens by placing him ("In Nairobi, Grandi said"); or null.
   */
  private DateMention namedJustBefore(Document doc, List<List<ActorSpan>> actors,
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
        && a.form() == ActorSpan.Form.NAME
        && a.entities().stream().anyMatch(e -> e.id().equals(st.speaker.entity().id())));
    if (!named) {
      return null;
    }
    DateMention found = null;
    for (DateMention m : DateResolver.find(doc, prev.from(), prev.to(), published, false)) {
      if (!m.date().isAfter(published) && !DateClues.datesTheReport(doc, prev, m)
          && !DateClues.afterSince(doc, prev, m)) {
        if (found != null) {
          return null; // two days: which one is his is not said
        }
        found = m;
      }
    }
    return found;
  }

  /** How many tokens a sentence-opening "In Nairobi," may span. */
  private static final int OPENING_PLACE_TOKENS = 4;
  /** How many tokens a sentence-opening "Speaking at a briefing in Accra," may span. */
  private static final int OPENING_PHRASE_TOKENS = 16;
  /** How long an aside between speaker and verb may be ("Lula, in a speech at the UN in New York, said"). */
  private static final int ASIDE_TOKENS = 18;
  private static final java.util.Set<String> ASIDE_PREPOSITIONS = dev.readout.extract.engine.text.WordSet.of(
      "in", "at", "during");
  private static final java.util.Set<String> OPENING_PARTICIPLES = dev.readout.extract.engine.text.WordSet.of(
      "speaking", "addressing", "talking", "briefing", "writing", "responding", "answering", "replying",
      "interviewed", "appearing");

  private static final java.util.Set<String> QUESTIONED = dev.readout.extract.engine.text.WordSet.of("asked",
      "questioned", "pressed", "challenged");

  /**
   * The place of a sentence-opening adjunct that frames the speaker's words: "In Nairobi, Grandi
   * said", "Speaking at a news conference in Accra, the minister said"; or null.
   */
  private Place openingPlace(Document doc, Sentence s, Candidate st) {
    int speakerFrom = st.speakerSpan.from();
    if (speakerFrom <= s.from() + 1 || speakerFrom > st.trigger) {
      return null;
    }
    String first = doc.token(s.from()).lower();
    // "Asked in parliament last week," places the answer; "Asked about the talks in Doha," only the question's topic
    boolean askedAt = QUESTIONED.contains(first) && s.from() + 1 < s.to()
        && (doc.token(s.from() + 1).is("in") || doc.token(s.from() + 1).is("at"));
    int limit = first.equals("in") ? OPENING_PLACE_TOKENS + 1 : OPENING_PARTICIPLES.contains(first) || askedAt
        ? OPENING_PHRASE_TOKENS + 1 : 0;
    // the adjunct ends at its comma; the speaker follows it, perhaps after a role ("In Beijing,
    // foreign ministry spokeswoman Mao Ning said")
    int comma = -1;
    for (int i = s.from() + 1; i < speakerFrom && i <= s.from() + limit; i++) {
      if (doc.token(i).is(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0 || speakerFrom - comma > OPENING_ROLE_TOKENS) {
      return null;
    }
    return places.find(doc, s.from(), comma, s.from(), countries(st));
  }

  /** Words that open a phrase fronted before the speaker and governing the attribution. */
  private static final java.util.Set<String> FRONTING = dev.readout.extract.engine.text.WordSet.of("in", "at",
      "during", "speaking", "addressing", "talking", "briefing", "writing", "responding", "answering", "replying",
      "asked", "after", "following", "interviewed", "appearing");
  /** How long a fronted phrase may be ("Responding to a question at the weekly press briefing in Islamabad on Thursday,"). */
  private static final int FRONTED_TOKENS = 24;

  /**
   * The one past day a phrase fronted before the speaker names ("In an interview broadcast on Monday
   * night by RTVE, the minister said", "Responding to a question at Thursday's briefing on
   * Thursday, the spokesperson said"), or null: none, two, or a day ahead ("Ahead of the summit
   * next week," says nothing of when the words were said).
   */
  private static DateMention frontedDate(Document doc, Sentence s, Candidate st, LocalDate published) {
    int speakerFrom = st.speakerSpan.from();
    if (speakerFrom <= s.from() + 1 || speakerFrom > st.trigger || !FRONTING.contains(doc.token(s.from()).lower())) {
      return null;
    }
    int comma = -1;
    for (int i = speakerFrom - 1; i > s.from() && i >= speakerFrom - OPENING_ROLE_TOKENS - 1; i--) {
      if (doc.token(i).is(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0 || comma - s.from() > FRONTED_TOKENS) {
      return null;
    }
    DateMention found = null;
    for (DateMention m : DateResolver.find(doc, s.from(), comma, published, false)) {
      if (m.date().isAfter(published) || DateClues.afterSince(doc, s, m)) {
        return null;
      }
      if (found != null) {
        return null; // two days: which one the words were said on is not said
      }
      found = m;
    }
    return found;
  }

  /** How many words of role may stand between an opening adjunct's comma and the speaker's name. */
  private static final int OPENING_ROLE_TOKENS = 5;

  /**
   * The place named with a gathering where the text first tells of it ("opened their summit in
   * Honiara"), for a meeting on its sidelines when the gathering itself is no event of ours (no
   * named participants); or null.
   */
  private Place gatheringPlace(Document doc, Sentence s, String gathering) {
    for (int i = s.from(); i < s.to(); i++) {
      if (!doc.quoted(i) && doc.token(i).lower().equals(gathering)) {
        Place p = places.find(doc, i, Math.min(s.to(), i + GATHERING_PLACE_REACH), i);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The sentence that first tells of the gathering with its place, among the article's lead
   * sentences (the gathering the report is about) and the {@link OccasionDates#OCCASION_SENTENCES}
   * before {@code c}; or -1.
   */
  private int gatheringTold(Document doc, Candidate c, String gathering) {
    if (gathering == null) {
      return -1;
    }
    int near = Math.max(0, c.sentence - OccasionDates.OCCASION_SENTENCES);
    for (int k = 0; k <= c.sentence; k++) {
      if (k >= LEAD_SENTENCES && k < near) {
        k = near;
      }
      if (gatheringPlace(doc, doc.sentences().get(k), gathering) != null) {
        return k;
      }
    }
    return -1;
  }

  /** Gatherings whose sidelines a meeting may be on when the text does not repeat which. */
  private static final List<String> SIDELINES_GATHERINGS = List.of("summit", "conference", "forum", "assembly",
      "meeting", "talks", "congress");

  /**
   * The noun of the gathering told with its place nearest before {@code c} ("The summit, which opens
   * on Sunday in Antananarivo, ..."), or null.
   */
  private String latestGatheringTold(Document doc, Candidate c) {
    int best = -1;
    String found = null;
    for (String g : SIDELINES_GATHERINGS) {
      int k = gatheringTold(doc, c, g);
      if (k > best && k < c.sentence) {
        best = k;
        found = g;
      }
    }
    return found;
  }

  /** The one past day sentence {@code s} names, not the report's own; or null when it names none or two. */
  private static DateMention onlyPastDay(Document doc, Sentence s, LocalDate published) {
    DateMention found = null;
    for (DateMention m : DateResolver.find(doc, s.from(), s.to(), published, false)) {
      if (m.date().isAfter(published) || DateClues.datesTheReport(doc, s, m) || DateClues.afterSince(doc, s, m)) {
        continue;
      }
      if (found != null || m.precision() != DatePrecision.DAY) {
        return null;
      }
      found = m;
    }
    return found;
  }

  /**
   * The one day ahead sentence {@code s} names ("will open talks at a conference in Luxembourg on
   * June 23"), for a planned meeting on the margins of the gathering it tells; or null.
   */
  private static DateMention onlyDayAhead(Document doc, Sentence s, LocalDate published) {
    DateMention found = null;
    for (DateMention m : DateResolver.find(doc, s.from(), s.to(), published, true)) {
      if (!m.date().isAfter(published) || DateClues.datesTheReport(doc, s, m)) {
        continue;
      }
      if (found != null || m.precision() != DatePrecision.DAY) {
        return null;
      }
      found = m;
    }
    return found;
  }

  /** How far after its noun a gathering's place may be named ("the summit, held this year in Apia,"). */
  private static final int GATHERING_PLACE_REACH = 8;

  /**
   * Where the attribution's own words in [from, to) end: before what was said, and before an
   * "adding that ..." that opens the speaker's next statement ("he said, adding that ... in Almaty").
   */
  private static int ownWordsEnd(Document doc, Candidate c, int from, int to) {
    int end = c.contentFrom > from && c.contentFrom < to ? c.contentFrom : to;
    for (int i = c.trigger + 1; i < end; i++) {
      if (doc.token(i - 1).is(",") && dev.readout.extract.engine.events.StatementFinder.isContinuing(doc.token(i))) {
        return i;
      }
    }
    return end;
  }

  /** The statement told in a sentence before {@code c}'s, by anyone, or null. */
  private static Candidate previousStatement(List<Candidate> statements, Candidate c) {
    return lastBefore(statements, c, k -> k.sentence < c.sentence);
  }

  private static Candidate previousBySameSpeaker(List<Candidate> statements, Candidate c) {
    return lastBefore(statements, c, k -> k.speaker.entity().id().equals(c.speaker.entity().id()));
  }

  /** The last statement listed before {@code c} that {@code which} accepts, or null. */
  private static Candidate lastBefore(List<Candidate> statements, Candidate c,
      java.util.function.Predicate<Candidate> which) {
    Candidate found = null;
    for (Candidate k : statements) {
      if (k == c) {
        break;
      }
      if (which.test(k)) {
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
    DateMention aside = null;
    Sentence s = doc.sentenceOf(c.trigger);
    for (DateMention m : found) {
      if (c.type != EventType.STATEMENT && m.precision() == DatePrecision.DAY
          && DateClues.datesTheReport(doc, s, m)) {
        // "X met Y, the agency reported on Monday": the report's day, not the meeting's; a week
        // ("said earlier this week that ... after the call") likely holds both
        continue;
      }
      if (DateClues.afterSince(doc, s, m)) {
        continue; // "since assuming office on May 29": where a span starts, not when the event was
      }
      if (DateClues.inRelativeClause(doc, s, m.from(), c.trigger)) {
        // "Ruto, who arrived on Monday, held talks on Tuesday": the arrival's day, unless the main
        // clause has none and ties itself to it ("who arrived on Wednesday, met him the same evening")
        aside = aside == null ? m : aside;
        continue;
      }
      int d = m.from() >= c.trigger ? m.from() - c.trigger : c.trigger - m.to() + 1;
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    if (best == null) {
      best = aside;
    }
    if (best != null) {
      c.takeDate(best);
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
