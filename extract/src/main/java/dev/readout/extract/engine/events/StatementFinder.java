package dev.readout.extract.engine.events;

import dev.readout.extract.engine.actors.ActorRecognizer;
import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.actors.AnalyzedArticle;
import dev.readout.extract.engine.actors.Entity;
import dev.readout.extract.engine.text.Dateline;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.QuoteSpan;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds statements: one per attribution (EVENTS.md rule 2). An attribution is a speech verb
 * outside quotation marks with a political speaker ("Mudavadi said", "said Mudavadi", "according to
 * the ministry", "he added", ", adding that"); its content is the quotation next to it, else the
 * reported clause. Quotations with no attribution of their own continue the previous speaker's
 * statement; an attribution inside another's reported words is part of it. Several states or people
 * saying one text are one joint speaker ({@link JointSpeakers}).
 */
public final class StatementFinder {

  /** A reported clause shorter than this many words is no content ("Trump declined to say"). */
  private static final int MIN_CONTENT_WORDS = 3;
  /** A quotation shorter than this many words is a scare quote, not a statement's words. */
  private static final int MIN_QUOTE_WORDS = 3;

  private static final Set<String> ADJUNCT_PREPOSITIONS = dev.readout.extract.engine.text.WordSet.of("in", "on",
      "at", "during", "after", "before", "while", "from", "to", "via", "through", "following", "ahead", "late",
      "early", "when", "as", "alongside", "with");

  /** Finite verbs that show a reported clause has started, so it holds no complementizer "that" of the frame. */
  private static final Set<String> AUXILIARIES = dev.readout.extract.engine.text.WordSet.of("is", "are", "was",
      "were", "has", "have", "had", "will", "would", "could", "can", "should", "must", "may", "might", "shall");

  /** Words that open an adjunct after a closing attribution (", the ministry said, without giving details"). */
  private static final Set<String> TRAILING_ADJUNCT_STARTS = dev.readout.extract.engine.text.WordSet.of("as",
      "without", "while", "after", "before", "amid", "despite", "because", "although", "though", "but", "when",
      "since", "until", "following", "citing", "giving", "noting", "in", "on", "at", "with", "where", "which",
      "who", "even", "ahead", "during", "according");

  /** Words that open a noun phrase in apposition to what was said (", the bloc said, its first attempt in months"). */
  private static final Set<String> APPOSITIVE_STARTS = dev.readout.extract.engine.text.WordSet.of("its", "a", "an",
      "their", "his", "her", "another", "one");

  /** Groups of unnamed people who speak for their state ("Brazilian officials said"). */
  private static final Set<String> OFFICIAL_GROUPS = dev.readout.extract.engine.text.WordSet.of("officials",
      "diplomats", "negotiators");

  /** Members of an organization who speak with one voice in a joint text: "the ministers said in a joint communique". */
  private static final Set<String> JOINT_GROUPS = dev.readout.extract.engine.text.WordSet.of("ministers", "leaders");

  private static String lastWord(String name) {
    int sp = name.lastIndexOf(' ');
    return name.substring(sp + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /** Prepositions after which an actor is an object, never the subject of the speech verb that follows. */
  private static final Set<String> NOT_SUBJECT_BEFORE = dev.readout.extract.engine.text.WordSet.of("with",
      "alongside", "accompanying", "among", "against", "for", "by");

  /** A first line with no final punctuation is a headline: it repeats the body, so it is no statement of its own. */
  static boolean headline(Document doc, Sentence s) {
    if (s.index() != 0 || doc.sentences().size() < 2 || s.to() <= s.from()) {
      return false;
    }
    Token last = doc.token(s.to() - 1);
    if (last.isQuoteMark() && s.to() - 2 > s.from() && s.paragraph() != doc.sentences().get(1).paragraph()) {
      // "Peña says Mercosur must sign or 'look elsewhere'" on a line of its own: a headline ending in a quotation.
      Token inside = doc.token(s.to() - 2);
      return !(inside.is(".") || inside.is("!") || inside.is("?") || inside.is(","));
    }
    // A line ending in a colon introduces the quotation below it ("X told reporters:"), as no headline does.
    return !(last.is(".") || last.is("!") || last.is("?") || last.isQuoteMark() || last.is(":"));
  }

  /** The statements of the article in text order. */
  public List<Candidate> find(AnalyzedArticle article) {
    Document doc = article.doc();
    List<Candidate> out = new ArrayList<>();
    Set<Integer> usedQuotes = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      List<Candidate> inSentence = new ArrayList<>();
      if (s.titleCase(doc.tokens()) || headline(doc, s)) {
        continue;
      }
      int dateline = Dateline.end(doc, s);
      for (int i = dateline; i < s.to(); i++) {
        if (doc.quoted(i)) {
          continue;
        }
        Candidate c = attribution(article, s, i, inSentence, usedQuotes, out);
        if (c != null) {
          inSentence.add(c);
        }
      }
      dropIntroducers(doc, inSentence);
      dropEmbedded(doc, inSentence);
      bound(doc, inSentence, s);
      for (Candidate c : inSentence) {
        c.contentTo = beforeTrailingAttribution(doc, c.contentFrom, c.contentTo);
      }
      for (Candidate c : inSentence) {
        if (c.contentFrom == s.from()) {
          c.contentFrom = ActorRecognizer.afterTimestamp(doc, s); // "11:20 - ..." of a live blog is no one's words
        }
        if (c.contentFrom >= 0 && c.contentFrom < dateline) {
          c.contentFrom = dateline; // "HARARE, Nov 14 — Southern African leaders held ...": not the speaker's words
        }
        if (c.quote == null && c.contentFrom >= 0 && doc.quoted(c.contentFrom)
            && usedQuotes.contains(doc.quoteOfToken()[c.contentFrom])) {
          continue; // its words are a quotation another attribution already took: "posted, stating, “...”"
        }
        if (c.quote == null) {
          c.quote = text(doc, c.contentFrom, c.contentTo);
          if (words(doc, c.contentFrom, c.contentTo) < MIN_CONTENT_WORDS || saysNothing(doc, c)) {
            continue;
          }
        }
        out.add(c);
      }
    }
    followOnQuotes(doc, out, usedQuotes);
    return out;
  }

  /** Nouns of what a speaker withholds: "had no information to release", "had no further details". */
  private static final Set<String> WITHHELD = dev.readout.extract.engine.text.WordSet.of("information", "comment",
      "comments", "details", "detail", "update", "updates", "knowledge", "news", "answer", "announcement");
  private static final Set<String> WITHHELD_MODIFIERS = dev.readout.extract.engine.text.WordSet.of("further", "new",
      "additional", "immediate", "more", "specific", "official", "other");
  private static final Set<String> WITHHOLDING_SUBJECTS = dev.readout.extract.engine.text.WordSet.of("he", "she",
      "it", "they", "we", "i");

  /**
   * Reported words that say nothing (EVENTS.md rule 2: a statement needs content): "said little publicly about the
   * trip", "has said nothing about it", "said he had no information to release", "said it had no further details".
   * A short clause only: "said he had no information that the talks had failed" still reports something.
   */
  static boolean saysNothing(Document doc, Candidate c) {
    int i = c.contentFrom;
    int to = c.contentTo;
    if (i < 0 || i >= to || doc.quoted(i) || c.contentFrom < c.trigger) {
      return false;
    }
    String first = doc.token(i).lower();
    if ((first.equals("little") || first.equals("nothing")) && i == c.trigger + 1) {
      return true; // "has said little publicly about the trip"
    }
    if (!WITHHOLDING_SUBJECTS.contains(first)) {
      return false;
    }
    i++;
    if (i < to && (doc.token(i).is("had") || doc.token(i).is("has") || doc.token(i).is("have"))) {
      i++;
    }
    if (i >= to || !doc.token(i).is("no") && !doc.token(i).is("nothing")) {
      return false;
    }
    boolean nothing = doc.token(i).is("nothing");
    i++;
    while (!nothing && i < to && WITHHELD_MODIFIERS.contains(doc.token(i).lower())) {
      i++;
    }
    if (!nothing && (i >= to || !WITHHELD.contains(doc.token(i).lower()))) {
      return false; // "he had no plans to meet Kagame" reports a plan
    }
    return words(doc, i + 1, to) <= 5 && find(doc, i + 1, to, "that") < 0;
  }

  /** A statement attributed by the word at {@code v}, or null. */
  private Candidate attribution(AnalyzedArticle article, Sentence s, int v, List<Candidate> earlier,
      Set<Integer> usedQuotes, List<Candidate> before) {
    Document doc = article.doc();
    Token t = doc.token(v);
    String w = t.lower();
    boolean according = w.equals("according") && v + 1 < s.to() && doc.token(v + 1).is("to");
    boolean continuing = SpeechVerbs.CONTINUING.contains(w);
    boolean request = requestQuote(doc, s, v) >= 0;
    int copula = stanceCopula(doc, s, v);
    boolean stance = copula >= 0;
    if (!according && !continuing && !request && !stance && !SpeechVerbs.FINITE.contains(w)) {
      return null;
    }
    if ((w.equals("called") || w.equals("calling") || w.equals("calls")) && !callsFor(doc, s, v)
        && !callsItQuoted(doc, s, v)) {
      return null;
    }
    if (SpeechVerbs.NOUN_LIKE_PRESENT.contains(w) && !finiteContext(doc, s, v) && !callsItQuoted(doc, s, v)) {
      return null;
    }
    if (negated(doc, s, v)) {
      return null;
    }
    Candidate c = new Candidate();
    c.type = EventType.STATEMENT;
    c.sentence = s.index();
    c.trigger = v;
    c.triggerText = according ? "according to" : t.text();
    ActorSpan speaker;
    boolean jointSpeaker = false;
    int attributionFrom;
    int attributionTo = according ? v + 2 : v + 1;
    if (according) {
      // The source ends at the first comma: "According to the Kremlin, President X told Y": X is no source.
      int sourceEnd = Math.min(s.to(), v + 10);
      for (int k = v + 2; k < sourceEnd; k++) {
        if (doc.token(k).is(",") && !doc.quoted(k)) {
          sourceEnd = k;
        }
      }
      speaker = firstSpanAfter(article, v + 2, sourceEnd);
      ActorSpan named = sourceEnd + 1 < s.to() && doc.token(sourceEnd).is(",")
          ? article.spanStartingAt(sourceEnd + 1) : null;
      if (named != null && !named.quoted() && named.form() == ActorSpan.Form.NAME && isPerson(named)
          && endsBefore(doc, s, named.to()) && (speaker == null || !isPerson(speaker))) {
        // "according to Jordan's foreign ministry spokesman, Sufian Qudah": the spokesman is named after his title
        speaker = named;
      }
      if (speaker == null || !isPerson(speaker)) {
        for (ActorSpan whole : article.spansIn(v + 2, Math.min(s.to(), v + 20))) {
          if (whole.from() > sourceEnd) {
            break;
          }
          if (whole.to() > sourceEnd && isPerson(whole) && endsBefore(doc, s, whole.to())) {
            speaker = whole; // the title and the name after its comma are one mention of the person
            break;
          }
        }
      }
      attributionFrom = v;
      if (speaker != null) {
        attributionTo = speaker.to();
      }
    } else if (continuing) {
      ActorSpan own = article.spanEndingAt(v - 1);
      if (own != null && !own.quoted() && v - 2 >= s.from() && doc.token(own.from() - 1).is("with")) {
        speaker = own; // "with Lamamra acknowledging ..."
        attributionFrom = own.from();
      } else if (v - 1 > s.from() && doc.token(v - 1).is("as") && quotedAs(doc, s, v - 1)) {
        speaker = quotedPerson(article, s, v - 1);
        if (speaker == null) {
          speaker = subject(article, s, v);
        }
        // "“...,” Son was quoted as saying": the frame starts at the subject, so the quotation before it is his.
        attributionFrom = speaker != null && speaker.from() >= s.from() && speaker.from() < v ? speaker.from() : v;
      } else {
        Candidate prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (speechVerbWithNoStatement(doc, s, v, earlier)) {
          return null; // "two officials said, adding that ...": the participle is theirs, and they are no speakers
        }
        speaker = prev != null ? prev.speakerSpan : subject(article, s, v);
        attributionFrom = v;
        if (!isClauseStart(doc, s, v)) {
          return null;
        }
      }
    } else {
      ActorSpan after = article.spanStartingAt(v + 1);
      boolean inverted = after != null && (closesQuoteBefore(doc, s, v) || endsBefore(doc, s, after.to()));
      if (inverted) {
        speaker = after;
        attributionFrom = v;
        attributionTo = after.to();
      } else {
        speaker = speakerBefore(article, s, stance ? copula : v);
        ActorSpan joint = speaker != null ? JointSpeakers.coordinated(article, s, speaker)
            : JointSpeakers.theTwoStates(article, s, v);
        if (joint != null) {
          speaker = joint;
          jointSpeaker = true; // its members are political; the group is no official group of one state
        }
        if (speaker == null) {
          speaker = authorOfTheText(doc, s, v, earlier, before);
        }
        if (speaker == null) {
          speaker = bodyForIt(doc, s, v, earlier, before);
        }
        attributionFrom = speaker == null ? v : speaker.from() < s.from() ? borrowedSubject(doc, s, v)
            : Math.min(speaker.from(), v);
        if (speaker == null && coordinated(doc, s, v)) {
          // "Trump suggested A but emphasized that B": the same subject, a new attribution.
          Candidate prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
          if (prev != null && parallelToReportedVerb(doc, prev, v)) {
            return null; // "said the two sides reviewed A and reaffirmed B": the reported subject's verb, content
          }
          speaker = prev != null ? prev.speakerSpan : subject(article, s, v); // "X visited Y and said ..."
          attributionFrom = v;
        }
      }
    }
    speaker = lastSpeakerForPronoun(article, speaker, s, earlier, before);
    // "the two leaders said" names who; a bare "they said" may be anyone ("Analysts doubted it; they said ...").
    ActorSpan together = speaker == null || doc.token(speaker.from()).is("they") ? null : JointSpeakers.plural(speaker);
    if (together != null) {
      speaker = together;
      jointSpeaker = true;
    }
    if (speaker == null || !speaker.resolved() || speaker.entities().size() != 1
        || !political(speaker.entity()) && !jointSpeaker || anonymousSource(doc, s, speaker)
        || speaker.form() != ActorSpan.Form.NAME && offTheRecord(doc, s, v)) {
      return null;
    }
    if (v + 1 < s.to() && doc.token(v + 1).is("by") && !continuing) {
      return null; // "was welcomed by", passive; but "was quoted as saying by the agency X" names the outlet
    }
    c.speakerSpan = speaker;
    c.speaker = new Candidate.Participant(speaker.entity(), speaker.from() < s.from() && attributionFrom < v
        ? text(doc, attributionFrom, v) : mention(doc, speaker)); // "it said": the mention is "it"
    c.mode = SpeechVerbs.WRITTEN.contains(w) ? "WRITTEN" : null;
    content(article, s, c, attributionFrom, attributionTo, according, usedQuotes);
    if (c.quote == null && (stance || greets(article, c))) {
      return null; // "she was clear about it": a manner with no quotation after its colon says nothing
    }
    if (c.mode == null) {
      c.mode = c.quote != null ? "DIRECT_QUOTE" : "REPORTED_SPEECH";
    }
    if (writtenFrame(doc, s, attributionFrom, Math.max(attributionTo, c.frameTo))) {
      c.mode = "WRITTEN";
    }
    return c;
  }

  /**
   * "Budrys was blunt: “...”", "the minister has been clear: “...”": a manner adjective at {@code v} between a copula
   * and a colon that opens a quotation attributes it. The copula's position (the subject stands before it), or -1.
   */
  private static int stanceCopula(Document doc, Sentence s, int v) {
    if (!SpeechVerbs.STANCES.contains(doc.token(v).lower()) || v + 2 >= s.to() || !doc.token(v + 1).is(":")
        || !opensQuote(doc, v + 2) || v - 1 <= s.from()) {
      return -1;
    }
    int c = v - 1;
    if (doc.token(c).is("equally") || doc.token(c).is("more") || doc.token(c).is("very")) {
      c--; // "was equally blunt:"
    }
    String cop = doc.token(c).lower();
    if (cop.equals("been") && c - 1 > s.from()) {
      cop = doc.token(--c).lower(); // "has been clear:"
      return cop.equals("has") || cop.equals("have") || cop.equals("had") ? c : -1;
    }
    return cop.equals("was") || cop.equals("is") || cop.equals("were") || cop.equals("are") ? c : -1;
  }

  /** "The host welcomed Fiji's Rabuka, Tuvalu's Teo and ...": a welcome of people is a greeting, not words. */
  private static boolean greets(AnalyzedArticle article, Candidate c) {
    Document doc = article.doc();
    if (!doc.token(c.trigger).lower().startsWith("welcom") || c.contentFrom < 0 || c.contentFrom < c.trigger) {
      return false;
    }
    ActorSpan first = article.spanStartingAt(c.contentFrom);
    if (first == null) {
      return false;
    }
    int after = first.to();
    if (after < doc.tokens().size() && (doc.token(after).is("'s") || doc.token(after).is("’s"))) {
      // "welcomed Fiji's Rabuka": the guest after the possessive state, unlike "welcomed Fiji's decision".
      ActorSpan guest = article.spanStartingAt(after + 1);
      return guest != null && guest.entity() != null && guest.entity().kind() == ActorKind.PERSON;
    }
    return first.entity() != null && first.entity().kind() == ActorKind.PERSON;
  }

  /**
   * "The statement said ...", "the readout added": the author of the written text just attributed
   * ("Kazakhstan's presidential press service said in a statement ..."), or null.
   */
  private static ActorSpan authorOfTheText(Document doc, Sentence s, int v, List<Candidate> earlier,
      List<Candidate> before) {
    if (v - 2 < s.from() || !doc.token(v - 2).is("the")
        || !SpeechVerbs.WRITTEN_NOUNS.contains(doc.token(v - 1).lower()) || doc.token(v - 1).is("x")) {
      return null;
    }
    Candidate prev = !earlier.isEmpty() ? earlier.get(earlier.size() - 1)
        : before.isEmpty() ? null : before.get(before.size() - 1);
    if (prev == null || s.index() - prev.sentence > 3 || !"WRITTEN".equals(prev.mode)) {
      return null;
    }
    return prev.speakerSpan;
  }

  /**
   * "It said", "it added": the body that spoke just before ("The ministry said ... It added that ..."); a
   * person is "he" or "she", so "it" as the subject of a speech verb is a body, a state or a group.
   */
  private static ActorSpan bodyForIt(Document doc, Sentence s, int v, List<Candidate> earlier,
      List<Candidate> before) {
    int i = beforeAdverbs(doc, s, v - 1);
    if (i < s.from() || !doc.token(i).is("it") || i > s.from() && !doc.token(i - 1).is(",")
        && !doc.token(i - 1).is("and") && !doc.token(i - 1).isQuoteMark()) {
      return null;
    }
    Candidate prev = !earlier.isEmpty() ? earlier.get(earlier.size() - 1)
        : before.isEmpty() ? null : before.get(before.size() - 1);
    if (prev == null || s.index() - prev.sentence > 2 || prev.speaker.entity().kind() == ActorKind.PERSON) {
      return null;
    }
    return prev.speakerSpan;
  }

  /**
   * Where the subject word of a speaker found in an earlier sentence stands: "it" of "..., it said", "the
   * statement" of "the statement added"; the frame starts there, not in the sentence the speaker came from.
   */
  private static int borrowedSubject(Document doc, Sentence s, int v) {
    int i = beforeAdverbs(doc, s, v - 1);
    if (i >= s.from() && doc.token(i).is("it")) {
      return i;
    }
    return i - 1 >= s.from() && doc.token(i - 1).is("the") ? i - 1 : v;
  }

  /** "he said" after a statement refers to its speaker (quote attribution keeps the speaker). */
  private static ActorSpan lastSpeakerForPronoun(AnalyzedArticle article, ActorSpan speaker, Sentence s,
      List<Candidate> earlier, List<Candidate> before) {
    if (speaker == null || speaker.form() != ActorSpan.Form.PRONOUN) {
      return speaker;
    }
    Candidate prev = !earlier.isEmpty() ? earlier.get(earlier.size() - 1) : before.isEmpty() ? null : before.get(before.size() - 1);
    if (prev == null || s.index() - prev.sentence > 3 || prev.speaker.entity().kind() != ActorKind.PERSON) {
      return speaker;
    }
    if (speaker.entity() != null && speaker.entity().equals(prev.speaker.entity())) {
      return speaker;
    }
    if (speaker.entity() != null && subjectSince(article, speaker.entity(), prev.sentence + 1, s.index())) {
      return speaker; // "Petro said ... Villavicencio met McNamara. She told reporters": the new subject
    }
    return new ActorSpan(speaker.from(), speaker.to(), List.of(prev.speaker.entity()), ActorSpan.Form.PRONOUN,
        speaker.quoted());
  }

  /** True when this person opens one of the sentences [from, to) as its first actor named. */
  private static boolean subjectSince(AnalyzedArticle article, Entity person, int from, int to) {
    for (int k = from; k < to; k++) {
      for (ActorSpan a : article.actors(article.doc().sentences().get(k))) {
        if (!a.quoted() && a.entity() != null && a.entity().kind() == ActorKind.PERSON) {
          if (a.entity().equals(person) && a.form() == ActorSpan.Form.NAME) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** Fills the content: the adjacent quotation, else the reported clause after or before. */
  private void content(AnalyzedArticle article, Sentence s, Candidate c, int attrFrom, int attrTo, boolean according,
      Set<Integer> usedQuotes) {
    Document doc = article.doc();
    c.frameFrom = attrFrom;
    c.frameTo = attrTo;
    // A quotation just before: “...,” he said / “...,” said X
    int before = attrFrom - 1;
    if (before > s.from() && (doc.token(before).is("a") || doc.token(before).is("an") || doc.token(before).is("the"))
        && !doc.quoted(before)) {
      before--; // "“...,” a foreign ministry spokesperson said": the article opens the speaker's phrase
    }
    while (before >= s.from() && (doc.token(before).is(",") || doc.token(before).is("—"))) {
      before--;
    }
    int q = before >= s.from() ? doc.quoteOfToken()[before] : -1;
    if (q >= 0 && !usedQuotes.contains(q) && doc.quotes().get(q).close() == before
        && doc.quotes().get(q).words(doc.tokens()) >= 2) {
      useQuote(doc, c, q, usedQuotes);
      int after = attrTo;
      c.frameTo = clauseEnd(doc, s, after);
      // “A,” he said, “B.”
      int next = nextQuoteOpen(doc, s, attrTo, 12);
      if (next >= 0 && quoteIntroduced(doc, s, attrTo, next)) { // not "..., adding that X wanted “...”"
        int q2 = doc.quoteOfToken()[next];
        appendQuote(doc, c, q2, usedQuotes);
      }
      return;
    }
    int asked = requestQuote(doc, s, c.trigger);
    if (asked >= 0 && !usedQuotes.contains(doc.quoteOfToken()[asked])) {
      c.frameTo = asked;
      useQuote(doc, c, doc.quoteOfToken()[asked], usedQuotes);
      return;
    }
    // A quotation just after: X said: “...” / saying in Munich, “...”
    int open = nextQuoteOpen(doc, s, attrTo, 14);
    if (open >= 0 && (quoteIntroduced(doc, s, attrTo, open) || quoteCharacterizes(doc, c.trigger, attrTo, open))) {
      int q2 = doc.quoteOfToken()[open];
      if (doc.quotes().get(q2).words(doc.tokens()) >= MIN_QUOTE_WORDS) {
        c.frameTo = open;
        useQuote(doc, c, q2, usedQuotes);
        return;
      }
    }
    // "stating," at the end of a sentence and the quotation in the next one.
    int last = s.to() - 1;
    if (endsWithIntroducer(doc, s, attrTo) && s.index() + 1 < doc.sentences().size()) {
      Sentence nextSentence = doc.sentences().get(s.index() + 1);
      int q3 = doc.quoteOfToken()[nextSentence.from()];
      if (q3 >= 0 && !usedQuotes.contains(q3)) {
        c.frameTo = last + 1;
        useQuote(doc, c, q3, usedQuotes);
        return;
      }
    }
    if (according) {
      int after = attrTo < s.to() && doc.token(attrTo).is(",") ? attrTo + 1 : -1;
      if (attrFrom > s.from() && doc.token(attrFrom - 1).is(",") && after > 0 && clauseOpens(article, s, after)) {
        // "a call in which, according to the palace, Ruto invited Xi to Kazan": the parenthesis attributes what follows
        c.contentFrom = after;
        c.contentTo = s.to();
        return;
      }
      if (attrFrom == s.from() || (attrFrom == s.from() + 1 && !doc.token(s.from()).isWord())) {
        int comma = find(doc, attrTo, s.to(), ",");
        c.contentFrom = comma < 0 ? attrTo : comma + 1;
        c.contentTo = s.to();
      } else {
        int end = attrFrom;
        while (end > s.from() && (doc.token(end - 1).is(",") || doc.token(end - 1).is("—"))) {
          end--;
        }
        c.contentFrom = s.from();
        c.contentTo = end;
      }
      return;
    }
    // Reported clause after the verb.
    int start = reportedStart(doc, s, attrTo, c.trigger);
    if (start >= 0 && start < s.to()) {
      c.frameTo = start;
      c.contentFrom = start;
      String verb = doc.token(c.trigger).lower();
      boolean objectWords = !doc.token(start - 1).is("that") && !verb.startsWith("sa") && !verb.startsWith("tel")
          && !verb.equals("told");
      c.contentTo = objectWords ? mediumStart(doc, start, s.to()) : s.to(); // "announced the decision on X"
      return;
    }
    // Reported clause before: "CONTENT, X said." Not for a participle: ", urging both to ..." follows
    // the narrator's words, which are no one's statement.
    if (attrFrom > s.from() + 1 && !SpeechVerbs.CONTINUING.contains(doc.token(c.trigger).lower())) {
      int end = attrFrom;
      while (end > s.from() && (doc.token(end - 1).is(",") || doc.token(end - 1).is("—")
          || doc.token(end - 1).is("the") || doc.token(end - 1).is("a") || doc.token(end - 1).is("an"))) {
        end--;
      }
      String first = doc.token(s.from()).lower();
      int contentFrom = s.from();
      // "King Abdullah will ...", "Beijing will ...": a name ending in "-ing" opens the clause, no participle does
      boolean participle = first.endsWith("ing") && article.spanStartingAt(s.from()) == null
          && !first.equals("king");
      if (ADJUNCT_PREPOSITIONS.contains(first) || participle) {
        // "Following the call, Trump posted ...": an adjunct, not words of the speaker; but in "In a separate
        // development, A spoke with B, the ministry said" the clause after the adjunct is.
        int comma = find(doc, s.from(), end, ",");
        if (comma < 0 || words(doc, comma + 1, end) < 2 * MIN_CONTENT_WORDS || !doc.token(attrFrom - 1).is(",")) {
          return;
        }
        contentFrom = comma + 1;
      }
      c.contentFrom = contentFrom;
      c.contentTo = end;
      c.frameTo = clauseEnd(doc, s, attrTo);
    }
  }

  /** Words after which a parenthetical source's clause has a subject of its own: "..., according to X, the two agreed". */
  private static final Set<String> CLAUSE_SUBJECTS = dev.readout.extract.engine.text.WordSet.of("the", "he", "she",
      "they", "both", "it", "we", "i");

  /** A clause with a subject opens at {@code i}: an actor, or a determiner or pronoun, and then a verb somewhere. */
  private static boolean clauseOpens(AnalyzedArticle article, Sentence s, int i) {
    Document doc = article.doc();
    if (i >= s.to() || doc.quoted(i) || words(doc, i, s.to()) < MIN_CONTENT_WORDS) {
      return false;
    }
    ActorSpan subject = article.spanStartingAt(i);
    return subject != null && subject.to() < s.to() && doc.token(subject.to()).isWord()
        && !doc.token(subject.to()).isCapitalized() || CLAUSE_SUBJECTS.contains(doc.token(i).lower());
  }

  /**
   * Where the medium of a verb whose words are its object starts ("welcomed the agreement | in a post on X",
   * "praised the deal | on Facebook"): the medium is how it was said, not what; {@code to} when there is none.
   */
  private static int mediumStart(Document doc, int from, int to) {
    for (int i = from + 1; i + 1 < to; i++) {
      if (doc.quoted(i)) {
        continue;
      }
      Token t = doc.token(i);
      int noun = i + 1;
      if (t.is("in") && noun < to && APPOSITIVE_STARTS.contains(doc.token(noun).lower()) || t.is("in") && noun < to
          && doc.token(noun).is("the")) {
        noun++;
      }
      if ((t.is("in") || t.is("on")) && noun < to && SpeechVerbs.WRITTEN_NOUNS.contains(doc.token(noun).lower())
          && (!doc.token(noun).is("x") || doc.token(noun).text().equals("X"))) {
        return i;
      }
    }
    return to;
  }

  /** Words that name a broadcast or a platform after "on": "on state television", "on his Telegram channel". */
  private static final Set<String> PLATFORM_WORDS = dev.readout.extract.engine.text.WordSet.of("television", "tv",
      "radio", "channel", "account", "page", "media", "broadcaster", "x", "twitter", "facebook", "instagram",
      "telegram", "youtube", "tiktok", "weibo", "wechat", "truth", "social", "threads", "bluesky", "linkedin");
  private static final Set<String> PLATFORM_OPENERS = dev.readout.extract.engine.text.WordSet.of("the", "his", "her",
      "its", "their", "state", "national", "public", "local", "official");

  /**
   * The token after "on X", "on Telegram", "on state television", "on his Facebook page", "on CNN" right after a speech
   * verb: where the speaker said it, no words of the statement ("Petro said on X." says nothing after the verb).
   * {@code i} when no platform follows; a day ("on Monday") or a lower-case phrase ("on the sidelines") is none.
   */
  private static int afterPlatform(Document doc, Sentence s, int i) {
    if (i + 1 >= s.to() || !doc.token(i).is("on") || doc.quoted(i + 1)) {
      return i;
    }
    int j = i + 1;
    boolean platform = false;
    boolean named = true;
    while (j < s.to() && j <= i + 4 && doc.token(j).isWord() && !doc.token(j).is("that")) {
      Token t = doc.token(j);
      if (isTimeWord(t) || MONTHS.contains(t.lower())) {
        break;
      }
      if (PLATFORM_WORDS.contains(t.lower()) && (!t.is("x") || t.text().equals("X"))) {
        platform = true;
      } else if (!PLATFORM_OPENERS.contains(t.lower()) && !t.isCapitalized()) {
        named = false;
      }
      j++;
    }
    boolean closes = j >= s.to() || !doc.token(j).isWord() || doc.token(j).is("that") || isTimeWord(doc.token(j));
    return j > i + 1 && closes && (platform || named && doc.token(i + 1).isCapitalized()) ? j : i;
  }

  /** Media a speaker says something in: "said in a statement it ...", "said in an interview the ...". */
  private static final Set<String> MEDIA = dev.readout.extract.engine.text.WordSet.of("statement", "post", "letter",
      "interview", "speech", "address", "communique", "communiqué", "tweet", "video", "message", "release");

  /**
   * The token after a short medium right after "said" ("in a statement", "in a post on X", "in an interview"), or
   * {@code i} when none is there; longer adjuncts ("in a statement issued after the talks") are left as they are.
   */
  private static int afterMedium(Document doc, Sentence s, int i) {
    if (i + 2 >= s.to() || !doc.token(i).is("in") || !APPOSITIVE_STARTS.contains(doc.token(i + 1).lower())
        || !MEDIA.contains(doc.token(i + 2).lower())) {
      return i;
    }
    int j = i + 3;
    if (j + 1 < s.to() && doc.token(j).is("on") && doc.token(j + 1).isCapitalized()) {
      j += 2; // "in a post on X"
    }
    return j < s.to() && doc.token(j).isWord() && !ADJUNCT_PREPOSITIONS.contains(doc.token(j).lower())
        && !doc.token(j).lower().endsWith("ed") ? j : i;
  }

  private static boolean opensQuote(Document doc, int i) {
    int q = doc.quoteOfToken()[i];
    return q >= 0 && doc.quotes().get(q).open() == i;
  }

  /**
   * The quotation a request puts in the speaker's mouth: "asked for Lima's “continued support” on ...", "appealed for
   * “calm and restraint”": the object of "verb for", up to its first comma, holds a quotation of two words or more.
   * Its opening token, or -1. A request with no quotation ("asked for a delay") is an act, not words.
   */
  static int requestQuote(Document doc, Sentence s, int v) {
    if (!SpeechVerbs.REQUESTS.contains(doc.token(v).lower()) || v + 2 >= s.to() || !doc.token(v + 1).is("for")) {
      return -1;
    }
    for (int i = v + 2; i < s.to() && i <= v + 8; i++) {
      Token t = doc.token(i);
      if (opensQuote(doc, i)) {
        return doc.quotes().get(doc.quoteOfToken()[i]).words(doc.tokens()) >= 2 ? i : -1;
      }
      if (!t.isWord() && !t.is("'s") && !t.is("’s") || t.is("that") || SpeechVerbs.FINITE.contains(t.lower())) {
        return -1;
      }
    }
    return -1;
  }

  /** Where the reported clause starts after the attribution, or -1 when there is none after it. */
  private int reportedStart(Document doc, Sentence s, int from, int verb) {
    String w = doc.token(verb).lower();
    int limit = Math.min(s.to(), from + 14);
    // "that" within the frame: "said at the conference Saturday that ..."
    int wordsBefore = 0;
    boolean appositive = false;
    for (int i = from; i < limit; i++) {
      Token t = doc.token(i);
      boolean inName = t.is(".") && i + 1 < s.to() && doc.token(i + 1).start() == t.end(); // "Folha de S.Paulo"
      if (doc.quoted(i) || t.is(".") && !inName || t.is(";")) {
        break;
      }
      if (t.is(",") && (appositive && i + 1 < s.to() && doc.token(i + 1).is("that")
          || wordsBefore >= 2 && thatAfterAppositive(doc, s, i))) {
        appositive = true;
        continue; // "said on X, formerly Twitter, that ...": the appositive is part of the frame
      }
      if (AUXILIARIES.contains(t.lower()) || (t.is(",") && (wordsBefore >= 3 || i == from))) {
        // ", the bloc said, its most serious attempt ... a war that has": a comma right after the verb ends its frame
        break; // the content has begun: a later "that" is relative ("an accord that stalled") or a second clause
      }
      if (t.isWord()) {
        wordsBefore++;
      }
      if (t.is("that") && !(i + 1 < s.to() && doc.token(i + 1).is(","))) {
        return i + 1;
      }
      if (t.is(",") && i + 1 < s.to() && SpeechVerbs.CONTINUING.contains(doc.token(i + 1).lower())) {
        break;
      }
    }
    int i = from;
    // ", he said, the Chief Adviser is ...": a parenthetical attribution.
    if (i < s.to() && doc.token(i).is(",") && i + 1 < s.to() && doc.token(i + 1).isWord()
        && !SpeechVerbs.CONTINUING.contains(doc.token(i + 1).lower())
        && !TRAILING_ADJUNCT_STARTS.contains(doc.token(i + 1).lower())
        && !APPOSITIVE_STARTS.contains(doc.token(i + 1).lower()) && !adjunctAfterComma(doc, s, i + 1)
        && startsInsideSentence(doc, s, verb)) {
      return i + 1;
    }
    if (i < s.to() && SpeechVerbs.OBJECT_CONTENT.contains(w) && opensQuote(doc, i)) {
      return i; // "expressed “grave concern” about ...": a short quotation opens the object, the words go on
    }
    if (i >= s.to() || !doc.token(i).isWord()) {
      return -1;
    }
    boolean says = w.startsWith("say") || w.equals("said") || w.equals("says") || w.equals("saying");
    boolean told = w.equals("told") || w.equals("tells") || w.equals("telling");
    if (told) {
      // the listener: "told reporters", "told Yoon", "told a news conference"
      while (i < s.to() && doc.token(i).isWord() && !doc.token(i).is("that") && i < from + 5) {
        i++;
      }
      if (i < s.to() && doc.token(i).is("that")) {
        i++;
      } else {
        int afterListener = listenerEnd(doc, s, from);
        if (afterListener > from) {
          // "told reporters the meeting had been productive": no "that"; "told reporters on Tuesday.": no words
          Token next = afterListener < s.to() ? doc.token(afterListener) : null;
          return next == null || !next.isWord() || ADJUNCT_PREPOSITIONS.contains(next.lower()) || isTimeWord(next)
              ? -1 : afterListener;
        }
      }
      return i < s.to() && doc.token(i).isWord() ? i : -1;
    }
    if (says) {
      i = afterPlatform(doc, s, afterTimePhrase(doc, s, afterMedium(doc, s, afterTimePhrase(doc, s,
          afterPlatform(doc, s, i)))));
      if (i < s.to() && doc.token(i).is("that") && i > from && doc.token(i - 1).isWord()) {
        i++; // "said on X that ..."
      }
      if (i < s.to() && ADJUNCT_PREPOSITIONS.contains(doc.token(i).lower())) {
        return -1; // "said in a statement issued after the meeting": frame, not content
      }
      return i < s.to() && doc.token(i).isWord() ? i : -1;
    }
    if (SpeechVerbs.OBJECT_CONTENT.contains(w) || w.startsWith("suggest") || w.startsWith("indicat")
        || w.startsWith("signal") || w.startsWith("confirm") || w.startsWith("announc") || w.startsWith("insist")
        || w.startsWith("warn") || w.startsWith("not") || w.startsWith("add") || w.startsWith("explain")
        || w.startsWith("argu") || w.startsWith("claim") || w.startsWith("acknowledg") || w.startsWith("reveal")
        || w.startsWith("describ") || w.startsWith("characteri") || w.startsWith("mention")
        || w.startsWith("declar") || w.startsWith("stat") || w.startsWith("assert") || w.startsWith("pledg")
        || w.startsWith("vow") || w.startsWith("promis") || w.startsWith("affirm") || w.startsWith("assur")) {
      if (w.equals("called") || w.equals("calling") || w.equals("calls")) {
        return i + 1 < s.to() ? i + 1 : -1;
      }
      if (ADJUNCT_PREPOSITIONS.contains(doc.token(i).lower()) || isTimeWord(doc.token(i))) {
        return -1; // "announced on Friday." : no words of its own after the verb
      }
      return i;
    }
    return -1;
  }

  /** Who is told, when nothing else marks where the words start: "reporters", "a news conference", "Reuters". */
  private static final Set<String> LISTENERS = dev.readout.extract.engine.text.WordSet.of("reporters", "journalists",
      "lawmakers", "parliament", "supporters", "delegates", "students", "conference", "briefing", "television",
      "radio", "audience", "crowd", "media", "press", "legislators", "senators", "correspondents", "broadcaster");

  /** The token after the listener of "told", or {@code from} when it cannot be told where it ends. */
  private static int listenerEnd(Document doc, Sentence s, int from) {
    for (int i = from; i < s.to() && i < from + 4; i++) {
      Token t = doc.token(i);
      if (!t.isWord() || doc.quoted(i)) {
        return from;
      }
      if (LISTENERS.contains(t.lower())) {
        return i + 1;
      }
    }
    int i = from;
    while (i < s.to() && i < from + 3 && doc.token(i).isWord() && doc.token(i).isCapitalized()) {
      i++; // "told Reuters", "told Al Jazeera"
    }
    return i;
  }

  /** ", formerly Twitter, that": a short appositive between two commas, then the complementizer. */
  private static boolean thatAfterAppositive(Document doc, Sentence s, int comma) {
    for (int k = comma + 1; k < s.to() && k <= comma + 5; k++) {
      Token t = doc.token(k);
      if (t.is(",")) {
        return k > comma + 1 && k + 1 < s.to() && doc.token(k + 1).is("that");
      }
      if (!t.isWord() || doc.quoted(k) || SpeechVerbs.FINITE.contains(t.lower()) || AUXILIARIES.contains(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /** ", partly to brief him", ", reportedly on Monday", ", to ...": an adjunct of the attribution, not words after it. */
  private static boolean adjunctAfterComma(Document doc, Sentence s, int i) {
    String w = doc.token(i).lower();
    if (w.equals("to")) {
      return true;
    }
    return w.length() > 4 && w.endsWith("ly") && i + 1 < s.to() && (doc.token(i + 1).is("to")
        || ADJUNCT_PREPOSITIONS.contains(doc.token(i + 1).lower()) || doc.token(i + 1).is("because"));
  }

  private static boolean startsInsideSentence(Document doc, Sentence s, int verb) {
    int i = verb - 1;
    while (i > s.from() && !doc.token(i).is(",")) {
      i--;
    }
    return i > s.from() && doc.token(i).is(",");
  }

  private static boolean isTimeWord(Token t) {
    String w = t.lower();
    return w.equals("on") || w.equals("today") || w.equals("yesterday") || w.equals("monday") || w.equals("tuesday")
        || w.equals("wednesday") || w.equals("thursday") || w.equals("friday") || w.equals("saturday")
        || w.equals("sunday") || w.equals("tonight") || w.equals("earlier") || w.equals("later")
        || w.equals("also") || w.equals("repeatedly") || w.equals("previously") || w.equals("then");
  }

  /**
   * "Wong emphasized the need for compromise, stating, “...”", "Trump posted on X, stating, “...”":
   * a participle right after an attribution by the same speaker carries its words; one statement.
   */
  private static void dropIntroducers(Document doc, List<Candidate> cs) {
    for (int k = cs.size() - 2; k >= 0; k--) {
      Candidate c = cs.get(k);
      Candidate d = cs.get(k + 1);
      boolean participle = SpeechVerbs.CONTINUING.contains(doc.token(d.trigger).lower());
      boolean contentBefore = c.contentFrom >= 0 && c.contentFrom < c.trigger;
      if (participle && c.quote == null && d.quote != null && d.trigger - c.trigger <= 10 && !contentBefore
          && c.speaker.entity().equals(d.speaker.entity())) {
        d.frameFrom = Math.min(d.frameFrom, c.frameFrom);
        cs.remove(k);
      }
    }
  }

  /**
   * An attribution inside another's reported words is part of that statement (EVENTS.md rule 2): "X wrote
   * that he had told Y that ...", "A statement from the AU indicated that Faki announced ...", "Ruto spoke
   * with Z and pledged support, Ruto's office said". Only the outer one is a statement. An attribution that
   * continues after a coordinator ("..., and Y said", "but stressed that") or a participle (", adding that")
   * starts a statement of its own.
   */
  private static void dropEmbedded(Document doc, List<Candidate> cs) {
    List<Candidate> embedded = new ArrayList<>();
    for (Candidate c : cs) {
      if (c.quote != null || c.contentFrom < 0 || c.contentTo <= c.contentFrom) {
        continue;
      }
      boolean reportedBefore = c.contentTo <= c.trigger;
      for (Candidate d : cs) {
        if (d == c || d.trigger < c.contentFrom || d.trigger >= c.contentTo
            || SpeechVerbs.CONTINUING.contains(doc.token(d.trigger).lower())) {
          continue;
        }
        boolean complement = d.frameFrom == c.contentFrom
            || d.frameFrom > c.contentFrom && (doc.token(d.frameFrom - 1).is("that")
                || doc.token(d.frameFrom - 1).is("which") || doc.token(d.frameFrom - 1).is("whom"));
        // "said the talks, which Sudan said were useful, would resume": a parenthesis of the words, not a statement
        boolean clauseInWords = d.frameFrom > c.contentFrom && (doc.token(d.frameFrom - 1).is("that")
            || doc.token(d.frameFrom - 1).is("which") || doc.token(d.frameFrom - 1).is("whom"));
        if (reportedBefore && !clauseInWords && quotedPersonInReadout(doc, cs, c, d)) {
          continue;
        }
        if (!reportedBefore && d.frameFrom == c.contentFrom && doc.token(c.trigger).is("according")
            && d.speaker.entity().kind() == ActorKind.PERSON && c.speaker.entity().kind() != ActorKind.PERSON) {
          continue; // "According to the ministry's readout, Mr Wang told Mr Dar that ...": his words, in its readout
        }
        if (reportedBefore || complement) {
          embedded.add(d);
          c.embedded.add(d);
        }
      }
    }
    cs.removeAll(embedded);
  }

  /**
   * "Rubio ... said Washington would “stay in lockstep” ..., the ministry said": a person's own quoted words in a body's
   * readout are the person's statement as well as part of the readout's.
   */
  private static boolean quotedPersonInReadout(Document doc, List<Candidate> sentence, Candidate readout,
      Candidate inner) {
    if (inner.speaker.entity().kind() != ActorKind.PERSON || readout.speaker.entity().kind() == ActorKind.PERSON
        || readout.contentFrom < 0 || readout.contentTo > readout.trigger) {
      return false;
    }
    if (inner.quote != null) {
      return true;
    }
    int end = inner.contentTo;
    for (Candidate other : sentence) {
      if (other != inner && other != readout && other.frameFrom > inner.trigger && other.frameFrom < end) {
        end = other.frameFrom; // "reaffirmed X and said “...”": the quotation is the next attribution's
      }
    }
    for (int i = Math.max(inner.contentFrom, inner.trigger); inner.contentFrom >= 0 && i < end; i++) {
      if (doc.quoted(i)) {
        return true; // "said Washington would “stay in lockstep”": quoted words in the reported clause
      }
    }
    return false;
  }

  /** Words after which a closing attribution of a subject no rule resolved has ended its clause. */
  private static final Set<String> CLOSING_VERBS = dev.readout.extract.engine.text.WordSet.of("said", "says",
      "added", "wrote", "reported");

  /**
   * Where the words end before a closing attribution whose subject no rule resolved ("A urged B to stop ..., their
   * foreign ministers said in a joint statement"): the attribution is no one's words. {@code to} when none.
   */
  private static int beforeTrailingAttribution(Document doc, int from, int to) {
    if (from < 0) {
      return to;
    }
    for (int k = from + 1; k < to; k++) {
      if (!doc.token(k).is(",") || doc.quoted(k)) {
        continue;
      }
      for (int j = k + 1; j < to && j <= k + 6; j++) {
        Token t = doc.token(j);
        if (CLOSING_VERBS.contains(t.lower()) && j > k + 1) {
          boolean ends = j + 1 >= to || !doc.token(j + 1).isWord() || ADJUNCT_PREPOSITIONS.contains(doc.token(j + 1).lower());
          if (ends && !doc.token(j + 1 < to ? j + 1 : j).is("that")) {
            return k;
          }
          break;
        }
        if (!t.isWord() || doc.quoted(j)) {
          break;
        }
      }
    }
    return to;
  }

  /** Ends the contents of several attributions in one sentence where the next one begins. */
  private static void bound(Document doc, List<Candidate> cs, Sentence s) {
    for (int k = 0; k < cs.size(); k++) {
      Candidate c = cs.get(k);
      if (c.contentFrom < 0) {
        continue;
      }
      for (Candidate d : cs) {
        if (d == c || quotedPersonInReadout(doc, cs, c, d)) {
          continue; // the readout's words hold the person's statement whole
        }
        int dStart = d.frameFrom;
        if (dStart > c.contentFrom && dStart < c.contentTo) {
          int end = dStart;
          while (end > c.contentFrom && (doc.token(end - 1).is(",") || doc.token(end - 1).is("and")
              || doc.token(end - 1).is("while") || doc.token(end - 1).is("but") || doc.token(end - 1).is("with")
              || isAdverb(doc.token(end - 1)))) {
            end--;
          }
          c.contentTo = end;
        }
      }
    }
  }

  /** Unattributed quotations right after a statement continue it (EVENTS.md rule 2). */
  private static void followOnQuotes(Document doc, List<Candidate> out, Set<Integer> usedQuotes) {
    java.util.Map<Candidate, Integer> reach = new java.util.IdentityHashMap<>();
    for (int q = 0; q < doc.quotes().size(); q++) {
      if (usedQuotes.contains(q)) {
        continue;
      }
      QuoteSpan span = doc.quotes().get(q);
      if (span.words(doc.tokens()) < MIN_QUOTE_WORDS) {
        continue;
      }
      Sentence s = doc.sentenceOf(span.open());
      if (span.open() != s.from() && !(span.open() == s.from() + 1 && !doc.token(s.from()).isWord())) {
        continue;
      }
      if (ownAttribution(doc, s)) {
        continue; // "“We were not consulted,” an official said": its own speaker, even one who is no statement's
      }
      Candidate prev = null;
      for (Candidate c : out) {
        // A run of quoted paragraphs continues the statement its first one continued.
        if (c.sentence < s.index() && reach.getOrDefault(c, c.sentence) >= s.index() - 2) {
          prev = c;
        }
      }
      if (prev != null && prev.quote != null) {
        usedQuotes.add(q);
        prev.quote = joinQuotes(prev.quote, words(span.text(doc.text())));
        reach.put(prev, doc.sentenceOf(Math.max(span.open(), span.close())).index());
      }
    }
  }

  /** The sentence attributes words outside its quotations ("..., an official said"). */
  private static boolean ownAttribution(Document doc, Sentence s) {
    for (int i = s.from(); i < s.to(); i++) {
      if (!doc.quoted(i) && (SpeechVerbs.FINITE.contains(doc.token(i).lower()) && !doc.token(i).is("called")
          || doc.token(i).is("according") || doc.token(i).is("quoted"))) {
        return true; // "quoted" as in "..., X was quoted as saying"
      }
    }
    return false;
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static void useQuote(Document doc, Candidate c, int q, Set<Integer> usedQuotes) {
    usedQuotes.add(q);
    c.quote = words(doc.quotes().get(q).text(doc.text()));
  }

  private static void appendQuote(Document doc, Candidate c, int q, Set<Integer> usedQuotes) {
    if (usedQuotes.add(q)) {
      c.quote = joinQuotes(c.quote, words(doc.quotes().get(q).text(doc.text())));
    }
  }

  /**
   * Joins the parts of a quotation split by its attribution so that it reads as the speaker's words:
   * the comma stripped before the attribution becomes a sentence end when the next part starts a new
   * sentence (a capital letter), else a comma ("We are not asking for charity. We are asking …").
   */
  static String joinQuotes(String first, String next) {
    if (first.isEmpty()) {
      return next;
    }
    if (next.isEmpty()) {
      return first;
    }
    char end = first.charAt(first.length() - 1);
    if (end == '.' || end == '!' || end == '?' || end == ';' || end == '\u2026') {
      return first + " " + next;
    }
    return Character.isUpperCase(next.codePointAt(0)) ? first + ". " + next : first + ", " + next;
  }

  /** The quoted words without the comma that hands over to the attribution ("We are ready," he said). */
  private static String words(String quoted) {
    String w = quoted.strip();
    while (w.endsWith(",") || w.endsWith(":")) {
      w = w.substring(0, w.length() - 1).strip();
    }
    return w;
  }

  /** The opening mark of a quotation starting within {@code max} tokens after {@code from}, or -1. */
  private static int nextQuoteOpen(Document doc, Sentence s, int from, int max) {
    for (int i = from; i < s.to() && i < from + max; i++) {
      int q = doc.quoteOfToken()[i];
      if (q >= 0) {
        return doc.quotes().get(q).open() == i ? i : -1;
      }
      if (doc.token(i).is(".") || doc.token(i).is(";")) {
        return -1;
      }
    }
    return -1;
  }

  /** The words between the attribution and the quotation introduce it: "said in Munich, “..." */
  private static boolean quoteIntroduced(Document doc, Sentence s, int from, int open) {
    if (open == from) {
      return true;
    }
    Token before = doc.token(open - 1);
    if (!(before.is(",") || before.is(":") || before.is("that"))) {
      return false;
    }
    for (int i = from; i < open - 1; i++) {
      String w = doc.token(i).lower();
      if (w.equals("that") && i < open - 2 || SpeechVerbs.CONTINUING.contains(w) || SpeechVerbs.FINITE.contains(w)) {
        return false; // "he said, adding, “...”": the quotation is the next attribution's
      }
    }
    return true;
  }

  /**
   * "described the talks as “constructive”", "a move Albanese described as “a decision for Solomon Islands”":
   * the quotation after "as" is the speaker's words for it.
   */
  private static boolean quoteCharacterizes(Document doc, int verb, int from, int open) {
    String w = doc.token(verb).lower();
    boolean called = w.equals("called") || w.equals("calling");
    if (!(w.startsWith("describ") || w.startsWith("characteri") || w.startsWith("hail") || w.startsWith("dismiss")
        || w.startsWith("brand") || w.startsWith("label") || called) || !called && !doc.token(open - 1).is("as")) {
      return false;
    }
    for (int i = from; i < open - 1; i++) {
      Token t = doc.token(i);
      if (!t.isWord() || t.is("that") || SpeechVerbs.FINITE.contains(t.lower())) {
        return false; // the object is a short noun phrase: "the exchange", "the talks"
      }
    }
    return open - 1 - from <= 6;
  }

  private static boolean endsWithIntroducer(Document doc, Sentence s, int from) {
    int last = s.to() - 1;
    Token t = doc.token(last);
    if (!(t.is(",") || t.is(":"))) {
      return false;
    }
    return last - from <= 6;
  }

  private static int clauseEnd(Document doc, Sentence s, int from) {
    int i = from;
    while (i < s.to() && !doc.quoted(i) && !doc.token(i).is(".") && !doc.token(i).is(";")) {
      i++;
    }
    return i;
  }

  private static boolean closesQuoteBefore(Document doc, Sentence s, int v) {
    int i = v - 1;
    while (i >= s.from() && (doc.token(i).is(",") || doc.token(i).is("—"))) {
      i--;
    }
    return i >= s.from() && doc.quoted(i) && doc.token(i).isQuoteMark();
  }

  /** The speaker's mention ends the clause: "..., said Mudavadi." */
  private static boolean endsBefore(Document doc, Sentence s, int to) {
    return to >= s.to() || doc.token(to).is(".") || doc.token(to).is(",") || doc.token(to).is(";");
  }

  /** The subject of the verb at {@code v}: the actor right before it, past adverbs and an appositive. */
  private static ActorSpan speakerBefore(AnalyzedArticle a, Sentence s, int v) {
    Document doc = a.doc();
    int i = beforeAdverbs(doc, s, v - 1);
    if (i < s.from()) {
      return null;
    }
    ActorSpan author = authorOfPossessedText(a, s, i);
    if (author != null) {
      return author;
    }
    ActorSpan direct = a.spanEndingAt(i);
    if (direct != null && !direct.quoted()) {
      int p = direct.from() - 1;
      if (p > s.from() && doc.token(p).is("the")) {
        p--;
      }
      ActorSpan spokesperson = p > s.from() && doc.token(p).is("for") ? a.spanEndingAt(p - 1) : null;
      if (spokesperson != null && !spokesperson.quoted() && spokesperson.form() == ActorSpan.Form.BODY) {
        return spokesperson; // "a spokesman for (the) Saudi foreign ministry said": the body he speaks for
      }
      if (direct.from() > s.from() && NOT_SUBJECT_BEFORE.contains(doc.token(direct.from() - 1).lower())) {
        return null; // "business leaders travelling with Lula said": Lula is not who speaks
      }
      int at = direct.from() - 1;
      ActorSpan located = at - 1 >= s.from() && (doc.token(at).is("in") || doc.token(at).is("at"))
          ? a.spanEndingAt(at - 1) : null;
      if (located != null && !located.quoted() && located.form() == ActorSpan.Form.BODY) {
        return located; // "its spokesperson in Congress said", "the embassy in Ottawa said": where it speaks from
      }
      ActorSpan described = isPerson(direct) ? null : personBeforeOfPhrase(a, s, i);
      return described != null ? described : direct;
    }
    Token t = doc.token(i);
    if (t.is("who") && i - 1 > s.from() && doc.token(i - 1).is(",")) {
      return a.spanEndingAt(i - 2);
    }
    if (t.is("which") && i - 1 > s.from() && doc.token(i - 1).is(",")) {
      ActorSpan body = a.spanEndingAt(i - 2); // "a readout from the PM's office, which said ...": the body says it
      return body != null && !body.quoted() && body.form() == ActorSpan.Form.BODY ? body : null;
    }
    if (t.is(")") && i - 2 > s.from() && doc.token(i - 2).is("(")) {
      // "The Indian Ministry of External Affairs (MEA) said": the acronym glosses the body before it.
      ActorSpan glossed = a.spanEndingAt(i - 3);
      ActorSpan acronym = a.spanEndingAt(i - 1);
      if (glossed == null && acronym != null && acronym.from() == i - 1 && !acronym.quoted()
          && acronym.form() == ActorSpan.Form.BODY) {
        glossed = acronym; // "the Foreign Affairs Ministry (MFA) said": the acronym is the body known
      }
      ActorSpan described = glossed != null && isPerson(glossed) ? null : personBeforeOfPhrase(a, s, i);
      if (described != null) {
        return described; // "Jane Doe of the Green Party (GP) said": the party describes her
      }
      if (glossed != null && !glossed.quoted()) {
        return glossed;
      }
    }
    if (t.is(",") && i - 1 >= s.from()) {
      ActorSpan named = a.spanEndingAt(i - 1);
      if (named != null && !named.quoted() && named.entity() != null && named.entity().kind() == ActorKind.PERSON
          && named.form() == ActorSpan.Form.NAME
          && (containsComma(doc, named) || named.from() > s.from() && doc.token(named.from() - 1).is(","))) {
        return named; // "The ministry's spokesman, Mao Ning, said"
      }
    }
    if (t.is(",") || t.is("—") || t.is(")")) {
      // "Ramtane Lamamra, the administration's envoy, said": the actor before the appositive.
      int j = i - 1;
      while (j > s.from() && j > i - 40 && !(doc.token(j).is(",") || doc.token(j).is("—")) && !doc.quoted(j)) {
        j--;
      }
      if (j > s.from() && (doc.token(j).is(",") || doc.token(j).is("—"))) {
        ActorSpan whole = a.spanStartingAt(j + 1);
        if (whole != null && whole.to() == i && whole.entity() != null && whole.entity().kind() == ActorKind.PERSON) {
          return whole; // "The head of EU diplomacy, Kaja Kallas, said"
        }
        ActorSpan before = a.spanEndingAt(j - 1);
        ActorSpan described = before != null && isPerson(before) ? null : personBeforeOfPhrase(a, s, j - 1);
        if (described != null) {
          return described; // "Jane Doe of the Green Party (GP), a member of the defence committee, said"
        }
        if (before != null && !before.quoted() && before.entity() != null) {
          return before;
        }
        for (ActorSpan in : a.spansIn(j + 1, i)) {
          if (in.entity() != null && in.entity().kind() == ActorKind.PERSON) {
            return in;
          }
        }
      }
    }
    return t.isWord() ? personBeforeOfPhrase(a, s, i) : null; // "Senator Jane Doe of Ohio said"
  }

  private static boolean isPerson(ActorSpan span) {
    return span.entity() != null && span.entity().kind() == ActorKind.PERSON;
  }

  /**
   * "Jane Doe of the Green Party said", "Senator John Roe of Ohio (D) said": an of-phrase after a person, ending at
   * {@code i} (a parenthetical acronym included), describes her; she is the subject, not the party or the state.
   * Null when the words before {@code i} are no such phrase.
   */
  private static ActorSpan personBeforeOfPhrase(AnalyzedArticle a, Sentence s, int i) {
    Document doc = a.doc();
    int k = i;
    if (k > s.from() && doc.token(k).is(")")) {
      int open = k - 1;
      while (open > s.from() && open > k - 6 && !doc.token(open).is("(")) {
        open--;
      }
      if (!doc.token(open).is("(")) {
        return null;
      }
      k = open - 1;
    }
    for (int j = k; j > s.from() && j >= k - 10; j--) {
      Token t = doc.token(j);
      if (doc.quoted(j) || !t.isWord() && !t.is("'s") && !t.is("’s") && !t.is("-")
          || SpeechVerbs.FINITE.contains(t.lower()) || AUXILIARIES.contains(t.lower())) {
        return null;
      }
      if (t.is("of")) {
        ActorSpan p = a.spanEndingAt(j - 1);
        if (p != null && !p.quoted() && isPerson(p) && p.form() != ActorSpan.Form.PRONOUN) {
          return p;
        } // "of the Democratic Party of Struggle": an inner "of" of the party's name; the person is further back
      }
    }
    return null;
  }

  /** Texts whose author speaks through them: "the ministry's statement said", "the leaders' communique urged". */
  private static final Set<String> AUTHORED_TEXTS = dev.readout.extract.engine.text.WordSet.of("statement",
      "communique", "communiqué", "readout", "letter", "declaration", "release", "post", "tweet", "message");
  private static final Set<String> TEXT_ADJECTIVES = dev.readout.extract.engine.text.WordSet.of("joint", "final",
      "written", "official", "closing", "new", "latest");

  /**
   * "The leaders' communique(, released late on Friday,) expressed ...", "the ministry's joint statement said": the
   * owner of the text ending at {@code i} is who speaks; null when the words before the verb are no such text.
   */
  private static ActorSpan authorOfPossessedText(AnalyzedArticle a, Sentence s, int i) {
    Document doc = a.doc();
    int k = i;
    if (doc.token(k).is(",")) {
      // A participle clause between the text and its verb: ", released late on Friday,".
      int j = k - 1;
      while (j > s.from() && j > k - 10 && !doc.token(j).is(",") && !doc.quoted(j)) {
        j--;
      }
      if (j <= s.from() || !doc.token(j).is(",") || !doc.token(j + 1).lower().endsWith("ed")) {
        return null;
      }
      k = j - 1;
    }
    if (k - 2 < s.from() || doc.quoted(k) || !AUTHORED_TEXTS.contains(doc.token(k).lower())) {
      return null;
    }
    int p = TEXT_ADJECTIVES.contains(doc.token(k - 1).lower()) ? k - 2 : k - 1;
    Token possessive = p > s.from() ? doc.token(p) : null;
    if (possessive == null || !(possessive.is("'s") || possessive.is("’s") || possessive.is("'")
        || possessive.is("’"))) {
      return null;
    }
    ActorSpan owner = a.spanEndingAt(p - 1);
    return owner != null && !owner.quoted() && owner.entity() != null ? owner : null;
  }

  /** Time words that name a span with "this", "last", "next" or "past" before them. */
  private static final Set<String> TIME_UNITS = dev.readout.extract.engine.text.WordSet.of("week", "month", "year",
      "weekend", "morning", "afternoon", "evening", "night");
  private static final Set<String> DEICTICS = dev.readout.extract.engine.text.WordSet.of("this", "last", "next",
      "past");
  private static final Set<String> MONTHS = dev.readout.extract.engine.text.WordSet.of("january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /**
   * The token before the adverbs and time phrases that sit between a subject and its verb, scanning back from
   * {@code i}: "has", "also", "on Wednesday", "on March 4", "had earlier this week".
   */
  static int beforeAdverbs(Document doc, Sentence s, int i) {
    while (i >= s.from()) {
      String w = doc.token(i).lower();
      String prev = i - 1 >= s.from() ? doc.token(i - 1).lower() : "";
      String next = i + 1 < s.to() ? doc.token(i + 1).lower() : "";
      if (SpeechVerbs.ADVERBS.contains(w) || MONTHS.contains(w) && prev.equals("on")) {
        i--;
      } else if (TIME_UNITS.contains(w) && DEICTICS.contains(prev)) {
        i -= 2; // "earlier this week", "last month"
      } else if (Character.isDigit(w.charAt(0)) && MONTHS.contains(prev) || w.equals(".") && MONTHS.contains(prev)) {
        i--; // "on March 4", "on Jan. 28"
      } else if (w.equals("on") && (SpeechVerbs.ADVERBS.contains(next) || MONTHS.contains(next))) {
        i--;
      } else {
        return i;
      }
    }
    return i;
  }

  /**
   * The token after a time phrase that opens the words after a speech verb ("said last week the talks ...",
   * "said on Monday that"), or {@code i} when none opens there. "Last year's deal" is content, not its date.
   */
  static int afterTimePhrase(Document doc, Sentence s, int i) {
    while (i < s.to()) {
      if (isTimeWord(doc.token(i))) {
        i++;
      } else if (i + 1 < s.to() && DEICTICS.contains(doc.token(i).lower())
          && TIME_UNITS.contains(doc.token(i + 1).lower())
          && !(i + 2 < s.to() && (doc.token(i + 2).is("'s") || doc.token(i + 2).is("’s")))) {
        i += 2;
      } else if (MONTHS.contains(doc.token(i).lower()) && i > s.from() && doc.token(i - 1).is("on")) {
        i++;
        while (i < s.to() && (doc.token(i).is(".") || Character.isDigit(doc.token(i).text().charAt(0)))) {
          i++;
        }
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean containsComma(Document doc, ActorSpan span) {
    for (int k = span.from(); k < span.to(); k++) {
      if (doc.token(k).is(",")) {
        return true;
      }
    }
    return false;
  }

  /** The sentence's subject for a participle ("..., adding that"): its first actor before the verb. */
  private static ActorSpan subject(AnalyzedArticle a, Sentence s, int v) {
    for (ActorSpan span : a.spansIn(s.from(), v)) {
      if (span.resolved()) {
        return span;
      }
    }
    return null;
  }

  private static ActorSpan firstSpanAfter(AnalyzedArticle a, int from, int to) {
    ActorSpan possessor = null;
    for (ActorSpan span : a.spansIn(from, to)) {
      if (!span.resolved()) {
        continue;
      }
      if (possessor == null && span.to() < to && isPossessive(a.doc().token(span.to()))) {
        possessor = span; // "according to Tokayev's press secretary X": the secretary speaks, if named
        continue;
      }
      return span;
    }
    return possessor;
  }

  private static boolean isPossessive(Token t) {
    return t.is("'s") || t.is("’s");
  }

  /** "called the move “a prize for terrorism”": a short object, then the speaker's quoted words for it. */
  private static boolean callsItQuoted(Document doc, Sentence s, int v) {
    for (int i = v + 1; i < s.to() && i <= v + 6; i++) {
      Token t = doc.token(i);
      if (doc.quoted(i)) {
        return i > v + 1 && t.isQuoteMark() && doc.quotes().get(doc.quoteOfToken()[i]).open() == i;
      }
      if (!t.isWord() && !t.is("'s") && !t.is("’s") || t.is("that") || t.is("for") || t.is("on") || t.is("off")) {
        return false;
      }
    }
    return false;
  }

  /** "called for X", "called on Israel to halt": a demand, unlike "called on the president" (a visit). */
  static boolean callsFor(Document doc, Sentence s, int v) {
    if (v + 1 >= s.to()) {
      return false;
    }
    if (doc.token(v + 1).is("for")) {
      return true;
    }
    if (!doc.token(v + 1).is("on")) {
      return false;
    }
    for (int i = v + 2; i < s.to() && i <= v + 8; i++) {
      if (doc.token(i).is("to") && i + 1 < s.to() && !doc.token(i + 1).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  private static boolean coordinated(Document doc, Sentence s, int v) {
    int i = v - 1;
    while (i > s.from() && SpeechVerbs.ADVERBS.contains(doc.token(i).lower())) {
      i--;
    }
    return i > s.from() && (doc.token(i).is("and") || doc.token(i).is("but"));
  }

  private static boolean isClauseStart(Document doc, Sentence s, int v) {
    return v > s.from() && (doc.token(v - 1).is(",") || doc.token(v - 1).is("and") || doc.token(v - 1).is("—")
        || doc.token(v - 1).is("while") || doc.token(v - 1).is("before") || doc.token(v - 1).is("after")
        || (v - 1 > s.from() && doc.token(v - 1).is("as") && quotedAs(doc, s, v - 1)));
  }

  /**
   * Who is quoted in "X was quoted (by the agency Y) as saying" (the subject) or "the agency quoted X as saying"
   * (the object); null when neither is an actor.
   */
  private static ActorSpan quotedPerson(AnalyzedArticle a, Sentence s, int as) {
    Document doc = a.doc();
    int q = as - 1;
    while (q >= s.from() && q >= as - 8 && !doc.token(q).is("quoted")) {
      q--;
    }
    if (q < s.from() || !doc.token(q).is("quoted")) {
      return null;
    }
    int e = q - 1;
    boolean passive = false;
    while (e >= s.from() && (doc.token(e).is("was") || doc.token(e).is("is") || doc.token(e).is("were")
        || doc.token(e).is("been") || doc.token(e).is("has") || doc.token(e).is("had") || isAdverb(doc.token(e)))) {
      passive |= !isAdverb(doc.token(e));
      e--;
    }
    ActorSpan who = passive ? a.spanEndingAt(e) : a.spanEndingAt(as - 1);
    return who == null || who.quoted() ? null : who;
  }

  /** "was quoted as saying", "was quoted by the state news agency Bernama as saying". */
  private static boolean quotedAs(Document doc, Sentence s, int as) {
    for (int i = as - 1; i >= s.from() && i >= as - 8; i--) {
      if (doc.token(i).is("quoted")) {
        return true;
      }
      if (doc.token(i).is(",") || doc.quoted(i)) {
        return false;
      }
    }
    return false;
  }

  /** Words before a participle that make it no simple past: "had agreed", "was welcomed". */
  private static final Set<String> PERFECT_OR_PASSIVE = dev.readout.extract.engine.text.WordSet.of("had", "has",
      "have", "was", "were", "is", "are", "be", "been", "being", "to");

  /**
   * "It said the two sides reviewed A and reaffirmed B": a coordinated past verb after a reported clause whose own
   * subject has a simple past verb of the same form continues that clause; it is no second attribution of the speaker.
   * "said the deal was fair and warned that ..." (no parallel verb) or "... and warned that" (a complement of its own)
   * stay attributions.
   */
  private static boolean parallelToReportedVerb(Document doc, Candidate prev, int v) {
    if (presentAfterPastAttribution(doc, prev, v)) {
      return true;
    }
    if (prev.contentFrom <= prev.trigger || prev.contentFrom >= v || !doc.token(v).lower().endsWith("ed")
        || v + 1 < doc.tokens().size() && (doc.token(v + 1).is("that") || doc.token(v + 1).is(":"))) {
      return false;
    }
    for (int j = prev.contentFrom + 1; j < v - 1; j++) {
      Token t = doc.token(j);
      if (t.is(",") && !doc.quoted(j) || t.is("that") || t.is(";")) {
        return false; // another clause started: the verb may be its own
      }
      if (t.isWord() && !t.isCapitalized() && t.lower().endsWith("ed") && t.lower().length() > 4
          && !PERFECT_OR_PASSIVE.contains(doc.token(j - 1).lower()) && !doc.token(j - 1).isQuoteMark()
          || t.isWord() && t.lower().endsWith("ed") && doc.token(j - 1).isQuoteMark() && j - 1 > prev.contentFrom) {
        return true;
      }
    }
    return false;
  }

  /**
   * "He added that Kazakhstan is ready to double trade and welcomes more investors": after an attribution in the past,
   * a coordinated verb in the present belongs to the reported clause (whose subject is in the present), not to the
   * speaker, who would stay in the past tense ("He added that ... and welcomed ..." is his).
   */
  private static boolean presentAfterPastAttribution(Document doc, Candidate prev, int v) {
    String verb = doc.token(v).lower();
    String attribution = doc.token(prev.trigger).lower();
    boolean past = attribution.endsWith("ed") || attribution.equals("said") || attribution.equals("told")
        || attribution.equals("wrote");
    if (!past || prev.contentFrom <= prev.trigger || prev.contentFrom >= v || !verb.endsWith("s")
        || verb.endsWith("ss") || v + 1 < doc.tokens().size() && (doc.token(v + 1).is("that")
            || doc.token(v + 1).is(":"))) {
      return false;
    }
    boolean present = false;
    for (int j = prev.contentFrom; j < v - 1; j++) {
      Token t = doc.token(j);
      if (t.is(";") || t.is("that") && j > prev.contentFrom) {
        return false; // another clause started: the verb may be its own
      }
      present |= t.is("is") || t.is("are") || t.is("has") || t.is("remains");
    }
    return present;
  }

  /** "Trump did not say", "declined to say": no statement. */
  private static boolean negated(Document doc, Sentence s, int v) {
    for (int i = v - 1; i >= s.from() && i >= v - 3; i--) {
      String w = doc.token(i).lower();
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("declined") || w.equals("refused")
          || w.equals("didn't") || w.equals("won't") || (w.equals("to") && i == v - 1 && !doc.token(v).is("according"))) {
        return true; // "did not say", "declined to comment", "is to say"
      }
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Kenyan officials said privately", "a diplomat said, speaking on condition of anonymity": unnamed people who
   * speak off the record are anonymous sources (EVENTS.md rule 4), whatever body they belong to.
   */
  private static boolean offTheRecord(Document doc, Sentence s, int v) {
    for (int i = Math.max(s.from(), v - 2); i < s.to() && i <= v + 2; i++) {
      if (doc.token(i).is("privately") && !doc.quoted(i)) {
        return true;
      }
    }
    for (int i = s.from(); i < s.to(); i++) {
      String w = doc.token(i).lower();
      if ((w.equals("anonymity") || w.equals("anonymously")) && !doc.quoted(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause of a participle at {@code v} ("..., adding that") has its own finite speech verb before it that gave
   * no statement (its speaker is anonymous or no political actor): the participle belongs to that speaker too.
   */
  private static boolean speechVerbWithNoStatement(Document doc, Sentence s, int v, List<Candidate> earlier) {
    for (int i = v - 1; i >= s.from() && i >= v - 4; i--) {
      Token t = doc.token(i);
      if (doc.quoted(i)) {
        return false;
      }
      if (SpeechVerbs.FINITE.contains(t.lower()) && !SpeechVerbs.CONTINUING.contains(t.lower())) {
        for (Candidate c : earlier) {
          if (c.trigger == i) {
            return false;
          }
        }
        return true;
      }
      if (!t.is(",") && !isAdverb(t) && !isTimeWord(t)) {
        return false; // "said the talks went well, adding": the participle's subject is the sentence's
      }
    }
    return false;
  }

  /** A plural noun used as a verb only after a subject: "the minister notes that". */
  private static boolean finiteContext(Document doc, Sentence s, int v) {
    return v + 1 < s.to() && doc.token(v + 1).is("that");
  }

  private static boolean writtenFrame(Document doc, Sentence s, int from, int to) {
    for (int i = Math.max(s.from(), from); i < Math.min(s.to(), to + 8); i++) {
      if (!doc.quoted(i) && SpeechVerbs.WRITTEN_NOUNS.contains(doc.token(i).lower())
          && (doc.token(i).isCapitalized() || !doc.token(i).is("x"))) {
        return true;
      }
    }
    return false;
  }

  /** True for an attribution participle: "stating", "adding", "saying". */
  public static boolean isParticiple(Token t) {
    return SpeechVerbs.CONTINUING.contains(t.lower());
  }

  /** True for a word that may sit between a speaker and the speech verb ("also", "has", "Sunday"). */
  /** "adding", "saying", "noting": a participle that opens another statement of the same speaker. */
  public static boolean isContinuing(Token t) {
    return SpeechVerbs.CONTINUING.contains(t.lower());
  }

  public static boolean isAdverb(Token t) {
    return SpeechVerbs.ADVERBS.contains(t.lower());
  }

  /** Counted unnamed people: "two EU diplomats", "several officials". */
  private static final Set<String> COUNTS = dev.readout.extract.engine.text.WordSet.of("two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "several", "some", "few", "multiple", "numerous");
  /** Who a text hides behind: "a source at the Élysée", "sources close to the ministry". */
  private static final Set<String> SOURCES = dev.readout.extract.engine.text.WordSet.of("source", "sources",
      "insider", "insiders", "people", "person");
  /** Unnamed people of a place: "officials at Government House", "aides at the palace". */
  private static final Set<String> STAFF = dev.readout.extract.engine.text.WordSet.of("officials", "diplomats",
      "aides", "staff", "staffers", "employees", "insiders");
  private static final Set<String> SOURCE_LINKS = dev.readout.extract.engine.text.WordSet.of("at", "in", "within",
      "inside", "from", "to");

  /**
   * Anonymous sources are never speakers (EVENTS.md rule 4), not even through the body they belong to:
   * "according to two EU diplomats", "several officials said", "a source at the Élysée told reporters",
   * "sources close to the ministry". A group named without a count ("EU diplomats said") still speaks for
   * its body.
   */
  static boolean anonymousSource(Document doc, Sentence s, ActorSpan speaker) {
    int k = speaker.from() - 1;
    if (k >= s.from() && doc.token(k).is("the")) {
      k--;
    }
    if (k >= s.from() + 1 && SOURCE_LINKS.contains(doc.token(k).lower())) {
      int noun = doc.token(k).is("to") && doc.token(k - 1).is("close") ? k - 2 : k - 1;
      if (noun >= s.from() && SOURCES.contains(doc.token(noun).lower())) {
        return true;
      }
      if (doc.token(k).is("at") && STAFF.contains(doc.token(k - 1).lower())) {
        return true; // "officials at the ministry said": unnamed people of a building or body, not the body itself
      }
    }
    // "two EU diplomats": the span may be the group or only its body ("EU"), the noun just after it
    boolean officials = speaker.entity().kind() == ActorKind.GROUP && OFFICIAL_GROUPS.contains(lastWord(speaker.entity().name()))
        || speaker.to() < s.to() && OFFICIAL_GROUPS.contains(doc.token(speaker.to()).lower());
    if (!officials) {
      return false;
    }
    for (int i = Math.max(s.from(), speaker.from() - 1); i < speaker.to() && i <= speaker.from() + 1; i++) {
      Token t = doc.token(i);
      if (COUNTS.contains(t.lower()) || Character.isDigit(t.text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  static boolean political(Entity e) {
    if (e.kind() == ActorKind.PERSON && !e.known() && e.title() == null) {
      return false; // no gazetteer entry and no political role in the text: a coach, an analyst, a witness
    }
    if (e.kind() == ActorKind.GROUP) {
      // "Indian officials said": unnamed officials of a state speak for it; the ministers or leaders of an
      // organization speak jointly ("ASEAN foreign ministers said in a joint communique"); "European leaders"
      // are no one speaker.
      String noun = lastWord(e.name());
      if (noun.equals("diplomats") && e.country() != null) {
        return false; // "according to Ghanaian diplomats": unnamed diplomats brief off the record, as "a diplomat" does
      }
      return e.political() && (e.country() != null && OFFICIAL_GROUPS.contains(noun)
          || e.country() == null && e.known() && (OFFICIAL_GROUPS.contains(noun) || JOINT_GROUPS.contains(noun)));
    }
    return e.political();
  }

  static String mention(Document doc, ActorSpan span) {
    return doc.text().substring(doc.token(span.from()).start(), doc.token(span.to() - 1).end());
  }

  private static int find(Document doc, int from, int to, String word) {
    for (int i = from; i < to; i++) {
      if (doc.token(i).is(word)) {
        return i;
      }
    }
    return -1;
  }

  private static String text(Document doc, int from, int to) {
    if (from < 0 || to <= from) {
      return "";
    }
    int end = to;
    while (end > from && !doc.token(end - 1).isWord() && !doc.token(end - 1).isQuoteMark()) {
      end--;
    }
    if (end <= from) {
      return "";
    }
    return doc.text().substring(doc.token(from).start(), doc.token(end - 1).end()).strip();
  }

  private static int words(Document doc, int from, int to) {
    int n = 0;
    for (int i = Math.max(from, 0); i < to; i++) {
      if (doc.token(i).isWord()) {
        n++;
      }
    }
    return n;
  }
}
