package dev.readout.extract.engine.time;

import dev.readout.extract.engine.gazetteer.OutletNames;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.WordSet;
import java.util.Set;

/**
 * Whether an attribution places the words at a meeting or right after it: "said at a joint news
 * conference", "told reporters after the first session", "in her opening statement", "During the
 * meeting, ... reiterated". Such words were spoken on the occasion's day (EVENTS.md rule 7: a date
 * carries over for the same speaker and occasion); a bare "said" does not say when.
 */
public final class OccasionContext {

  /** Words that name an occasion when they follow "at", "after" or "during" and a determiner. */
  private static final Set<String> OCCASIONS = WordSet.of("meeting", "meetings", "talks", "session", "sessions",
      "retreat", "summit", "call", "conversation", "visit", "ceremony", "signing", "discussions", "dinner",
      "consultations", "conference", "briefing", "negotiations", "round", "gathering", "forum", "reception",
      "appearance", "stakeout", "banquet", "luncheon", "lunch", "breakfast", "audience");
  private static final Set<String> PLACING = WordSet.of("at", "after", "during", "following");
  private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "this",
      "that", "joint");
  /** "in his opening remarks", "in her opening statement", "in his closing address". */
  private static final Set<String> OPENING = WordSet.of("opening", "closing");
  /** "told a news conference", "told a joint media stakeout": the press event held at the occasion. */
  private static final Set<String> PRESS = WordSet.of("news", "press", "media");
  /** How many words may stand between the preposition's determiner and the occasion noun ("the leaders' retreat"). */
  private static final int MAX_MODIFIERS = 3;

  private OccasionContext() {}

  /** True when tokens [from, to), outside quotations, place a statement at an occasion. */
  public static boolean placesAtOccasion(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (doc.quoted(i)) {
        continue;
      }
      String w = doc.token(i).lower();
      if (PLACING.contains(w) && occasionAfter(doc, i + 1, to)) {
        return true;
      }
      if (OPENING.contains(w) && i + 1 < to && isRemarks(doc.token(i + 1).lower())) {
        return true;
      }
      if (w.equals("told") && occasionAfter(doc, i + 1, to) && pressAhead(doc, i + 1, to)) {
        return true;
      }
    }
    return afterwards(doc, from, to);
  }

  /** "afterwards", "afterward": right after what was told before, outside quotations. */
  private static final Set<String> AFTERWARDS = WordSet.of("afterwards", "afterward");

  /**
   * True when tokens [from, to), outside quotations, say the words came right after what was told
   * before ("Speaking to journalists afterwards, the prime minister said", "wrote on X afterwards").
   */
  public static boolean afterwards(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!doc.quoted(i) && AFTERWARDS.contains(doc.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when tokens [from, to), outside quotations, place the words at or after an occasion named
   * as one already told: "after the retreat", "at the summit", "during the talks" (not "at a news
   * conference", which may be the speaker's own).
   */
  public static boolean namesToldOccasion(Document doc, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (!doc.quoted(i) && PLACING.contains(doc.token(i).lower()) && doc.token(i + 1).is("the")
          && occasionAfter(doc, i + 1, to)) {
        return true;
      }
    }
    return false;
  }

  /** A determiner at {@code i}, then up to a few modifiers, then an occasion noun. */
  private static boolean occasionAfter(Document doc, int i, int to) {
    if (i >= to || !DETERMINERS.contains(doc.token(i).lower())) {
      return false;
    }
    for (int k = i + 1; k < to && k <= i + 1 + MAX_MODIFIERS; k++) {
      if (doc.quoted(k)) {
        return false;
      }
      String w = doc.token(k).lower();
      if (OCCASIONS.contains(w)) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || w.equals("that")) {
        return false;
      }
    }
    return false;
  }

  /** "told a news conference": the only occasion "told" takes as its object. */
  private static boolean pressAhead(Document doc, int i, int to) {
    for (int k = i; k < to && k <= i + 3; k++) {
      if (PRESS.contains(doc.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRemarks(String w) {
    return w.equals("remarks") || w.equals("statement") || w.equals("address") || w.equals("speech");
  }

  /** "hours after", "hours later", "earlier in the day", "the same day", "that evening". */
  private static final Set<String> HOURS_LINK = WordSet.of("after", "before", "later", "earlier");
  private static final Set<String> DAY_PARTS = WordSet.of("day", "morning", "afternoon", "evening", "night");

  /**
   * True when tokens [from, to), outside quotations, tie what they tell to the day of something told
   * before: "came hours after ...", "earlier in the day", "later that day", "the same evening",
   * "speaking after him".
   */
  public static boolean sameDayAsBefore(Document doc, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (doc.quoted(i)) {
        continue;
      }
      String w = doc.token(i).lower();
      String next = doc.token(i + 1).lower();
      String next2 = i + 2 < to ? doc.token(i + 2).lower() : "";
      String next3 = i + 3 < to ? doc.token(i + 3).lower() : "";
      if (w.equals("hours") && HOURS_LINK.contains(next)) {
        return true;
      }
      if (w.equals("speaking") && (next.equals("after") || next.equals("before")) && i + 2 < to
          && (next2.equals("him") || next2.equals("her") || doc.token(i + 2).isCapitalized())) {
        return true; // "Sheinbaum, speaking after him, said": the same press conference
      }
      if ((w.equals("earlier") || w.equals("later")) && (next.equals("in") && next2.equals("the")
          && DAY_PARTS.contains(next3) || next.equals("that") && DAY_PARTS.contains(next2))) {
        return true;
      }
      if ((w.equals("same") || w.equals("that")) && DAY_PARTS.contains(next) && i > from
          && (doc.token(i - 1).is("the") || w.equals("that"))) {
        return true;
      }
    }
    return false;
  }

  /** Who a statement is made to when it is made to the press. */
  private static final Set<String> THE_PRESS = WordSet.of("reporters", "journalists", "correspondents",
      "newsmen", "briefing");

  /**
   * True when tokens [from, to), outside quotations, make the words a statement to the press:
   * "told reporters", "told journalists", "at a news conference", "a press briefing".
   */
  public static boolean toThePress(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (doc.quoted(i)) {
        continue;
      }
      String w = doc.token(i).lower();
      if (THE_PRESS.contains(w)) {
        return true;
      }
      if (PRESS.contains(w) && i + 1 < to && (doc.token(i + 1).is("conference") || doc.token(i + 1).is("briefing"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ROUTINE = WordSet.of("regular", "weekly", "daily", "routine", "monthly");

  /** "a regular press conference", "the weekly briefing": a press occasion of its own, held whatever else happens. */
  public static boolean regularBriefing(Document doc, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (!doc.quoted(i) && ROUTINE.contains(doc.token(i).lower())) {
        for (int k = i + 1; k < to && k <= i + 2; k++) {
          String w = doc.token(k).lower();
          if (w.equals("briefing") || w.equals("conference") || w.equals("press") || w.equals("news")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Verbs of a post: words published, not spoken where the speaker was. */
  private static final Set<String> POSTING = WordSet.of("wrote", "writing", "posted", "posting", "tweeted",
      "tweeting", "tweets", "posts", "writes");
  /** What a written statement is issued as. */
  private static final Set<String> DOCUMENTS = WordSet.of("statement", "declaration", "communique", "communiqué",
      "letter", "post", "message", "readout", "release");
  private static final Set<String> ONE_OF = WordSet.of("an", "a", "his", "her", "their", "its");

  /**
   * Whether the attribution in sentence [from, to) with verb {@code verb} makes the words an occasion
   * of their own, placed only by what it says itself: a post ("wrote on X", "posted on Telegram"), an
   * interview given to one outlet ("told the BBC in an interview", "in an interview with Le Monde") or
   * a written statement ("in a statement"). Not "at a doorstop interview" nor "in her opening
   * statement": those are spoken at the occasion. Tokens of the content [contentFrom, contentTo) and
   * quotations do not count.
   */
  public static boolean ownOccasion(Document doc, int from, int to, int verb, int contentFrom, int contentTo) {
    if (verb >= from && verb < to && POSTING.contains(doc.token(verb).lower())) {
      return true;
    }
    if (verb >= from && verb + 1 < to && doc.token(verb).is("told") && outletAt(doc, verb + 1, to)) {
      return true; // "told the Daily Herald", "told Radio Caracas", "told state television": an interview
    }
    for (int i = from; i < to; i++) {
      if (doc.quoted(i) || i >= contentFrom && i < contentTo) {
        continue;
      }
      String w = doc.token(i).lower();
      if (POSTING.contains(w)) {
        return true; // "Writing on X after the talks, the minister said"
      }
      if (w.equals("interviewed")) {
        return true; // "Vucic, interviewed on state television on Sunday, said"
      }
      if (i < from + 2) {
        continue;
      }
      boolean inOne = doc.token(i - 2).is("in") && ONE_OF.contains(doc.token(i - 1).lower());
      if (w.equals("interview") && (inOne || i + 1 < to && doc.token(i + 1).is("with"))) {
        return true;
      }
      // "in a statement", "in a joint declaration"; not "in her opening statement"
      boolean inOneKind = i >= from + 3 && doc.token(i - 3).is("in") && ONE_OF.contains(doc.token(i - 2).lower())
          && doc.token(i - 1).isWord() && !OPENING.contains(doc.token(i - 1).lower());
      if (DOCUMENTS.contains(w) && (inOne || inOneKind)) {
        return true;
      }
    }
    return false;
  }

  /** Outlets named by a common noun ("told state television", "told the newspaper", "told local media"). */
  private static final Set<String> OUTLET_NOUNS = WordSet.of("newspaper", "broadcaster", "television", "radio",
      "magazine", "media", "channel", "daily", "tabloid", "program", "programme", "podcast", "website");
  /** Words that may follow an outlet object: the reported clause or the next adjunct. */
  private static final Set<String> OUTLET_FOLLOWERS = WordSet.of("that", "on", "in", "at", "last", "this",
      "earlier", "late", "during", "after", "before", "about", "when", "while", "ahead", "it", "he", "she", "they",
      "the", "a", "an", "his", "her", "its", "their", "there", "and", "by", "for", "what", "how", "why", "whether");
  /** How many words an outlet's name may have. */
  private static final int OUTLET_WORDS = 5;

  /**
   * Whether an outlet is named from token {@code i} (after "told"): a capitalised name with an
   * outlet's head ("the Kyiv Independent", "Radio Mitre"), or a common noun of one ("state
   * television", "the newspaper", "local media"); not "told the National Assembly" nor "told reporters".
   */
  static boolean outletAt(Document doc, int i, int to) {
    int k = i;
    if (k < to && (doc.token(k).is("the") || doc.token(k).is("a"))) {
      k++;
    }
    // a name, a demonym or an owner before the outlet's own noun: "Radio Caracas", "Iranian state
    // television", "the broadcaster's Morning Show programme"
    int m = k;
    while (m < to && m < k + OUTLET_WORDS) {
      var t = doc.token(m);
      if (t.isWord() && t.isCapitalized()) {
        if (OutletNames.HEADS.contains(t.lower())) {
          return true;
        }
      } else if (!(t.is("'s") && m > k)) {
        break;
      }
      m++;
    }
    return m < to && !doc.token(m).isCapitalized() && outletNounAt(doc, m, to);
  }

  /**
   * A common noun of an outlet at {@code k} or the word after it ("state television", "the
   * newspaper", "national news agency"), as the object itself, not a modifier ("a joint media
   * stakeout", "a radio phone-in").
   */
  private static boolean outletNounAt(Document doc, int k, int to) {
    for (int m = k; m < to && m <= k + 1; m++) {
      boolean outlet = OUTLET_NOUNS.contains(doc.token(m).lower()) || doc.token(m).is("news") && m + 1 < to
          && doc.token(m + 1).is("agency");
      int after = doc.token(m).is("news") ? m + 2 : m + 1;
      if (outlet && (after >= to || !doc.token(after).isWord() || doc.token(after).isCapitalized()
          || OUTLET_FOLLOWERS.contains(doc.token(after).lower()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether sentence [from, to), outside quotations and the content [contentFrom, contentTo), says
   * the words were spoken back home: "on his return", "upon her return from Addis Ababa",
   * "after returning home"; not "on his return to Lima", which names the place itself.
   */
  public static boolean backHome(Document doc, int from, int to, int contentFrom, int contentTo) {
    for (int i = from; i + 2 < to; i++) {
      if (doc.quoted(i) || i >= contentFrom && i < contentTo) {
        continue;
      }
      String w = doc.token(i).lower();
      if ((w.equals("on") || w.equals("upon")) && ONE_OF.contains(doc.token(i + 1).lower())
          && doc.token(i + 2).is("return") && (i + 3 >= to || !doc.token(i + 3).is("to"))) {
        return true;
      }
      if (w.equals("returning") && doc.token(i + 1).is("home")) {
        return true;
      }
    }
    return false;
  }

  /** "for his part", "for their part": an answer given where the speaker before spoke. */
  public static boolean forOnesPart(Document doc, int from, int to) {
    for (int i = from; i + 2 < to; i++) {
      if (!doc.quoted(i) && doc.token(i).is("for") && doc.token(i + 2).is("part")) {
        String who = doc.token(i + 1).lower();
        if (who.equals("his") || who.equals("her") || who.equals("its") || who.equals("their")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "at the same news conference", "at the same event": the occasion of the words told just before. */
  public static boolean sameOccasion(Document doc, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (!doc.quoted(i) && doc.token(i).is("same")) {
        for (int k = i + 1; k < to && k <= i + 1 + MAX_MODIFIERS; k++) {
          String w = doc.token(k).lower();
          if (OCCASIONS.contains(w) || w.equals("conference") || w.equals("briefing") || w.equals("event")
              || w.equals("forum") || w.equals("ceremony")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Missions a state keeps abroad. */
  private static final Set<String> MISSIONS = WordSet.of("embassy", "consulate", "mission");

  /**
   * Whether tokens [from, to), outside quotations, place the words at a mission abroad ("outside the
   * Argentine Embassy", "at the embassy", "at the Kenyan High Commission"): a building in the city the
   * speaker visits, which its name does not say.
   */
  public static boolean embassyAbroad(Document doc, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      String w = doc.token(i).lower();
      if (doc.quoted(i) || !(w.equals("at") || w.equals("outside") || w.equals("inside") || w.equals("from"))) {
        continue;
      }
      for (int k = i + 1; k < to && k <= i + 4; k++) {
        String n = doc.token(k).lower();
        if (MISSIONS.contains(n) || n.equals("commission") && doc.token(k - 1).is("High")) {
          return k + 1 >= to || !doc.token(k + 1).is("in"); // "at the embassy in Rome" says its city
        }
      }
    }
    return false;
  }

  /** "said here", "told a briefing here": the place the report was filed from, outside quotations. */
  public static boolean saysHere(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!doc.quoted(i) && doc.token(i).text().equals("here")) {
        return true;
      }
    }
    return false;
  }
}
