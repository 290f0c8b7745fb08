package dev.readout.extract.engine.actors;

import dev.readout.extract.engine.text.WordSet;
import dev.readout.extract.engine.gazetteer.City;
import dev.readout.extract.engine.gazetteer.Country;
import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.gazetteer.Organization;
import dev.readout.extract.engine.gazetteer.Person;
import dev.readout.extract.engine.gazetteer.Title;
import dev.readout.extract.engine.place.PlaceFinder;
import dev.readout.extract.engine.text.Dateline;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors of one sentence: people with their titles and states ("Russian Foreign
 * Minister Musalia Mudavadi", "Lamamra, the envoy"), organizations and ministries ("Japan's Defense
 * Ministry"), countries and capitals used for their governments ("Moscow said"), groups
 * ("Ukrainian officials", "ASEAN foreign ministers"), and references to people and bodies named
 * before ("he", "the secretary", "the two leaders", "the bloc", "the ministry"), resolved with the
 * article's {@link ArticleMemory}. A dateline ("KYIV, Ukraine (AP) —") names no actor.
 */
public final class ActorRecognizer {

  /** Titles that describe a role rather than name an office: they refer to any holder of its kind. */
  private static final java.util.Set<String> DESCRIPTORS = java.util.Set.of("Head of State", "Head of Government");

  private static final Set<String> LOCATIVE = WordSet.of("in", "at", "to", "from", "near", "outside", "into",
      "toward", "towards", "via", "across", "inside", "around", "and");
  private static final Set<String> SKIPPABLE_MODIFIERS = WordSet.of("the", "a", "an", "former", "then", "acting",
      "interim", "new", "newly", "elected", "outgoing", "incoming", "current", "top", "senior", "then-", "its",
      "late", "deputy", "first", "second", "newly-elected", "long-time", "longtime", "veteran", "also",
      "chief", "own");
  private static final Set<String> PERSONAL_BODY_NOUNS = WordSet.of("administration", "government", "team",
      "camp", "cabinet", "office", "secretariat");

  /** Words after a capital that show it acts: "Moscow said", "Beijing has", "Washington and Seoul". */
  private static final Set<String> METONYM_VERBS = WordSet.of("said", "says", "has", "have", "had", "is", "was",
      "will", "would", "and", "or", "wants", "warned", "accused", "rejected", "responded", "insists", "denied",
      "announced", "urged", "called", "demanded", "condemned", "welcomed", "sees", "hopes", "must", "should",
      "could", "may", "might", "did", "does", "also", "agreed", "signed", "expects", "plans", "recalled",
      "summoned", "protested", "vowed", "claimed", "argued", "stated");

  private final Gazetteer gazetteer;
  private final PlaceFinder places;
  private final Chunker chunker;

  /** A recognizer over these gazetteers. */
  public ActorRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.places = new PlaceFinder(gazetteer);
    this.chunker = new Chunker(gazetteer);
  }

  /** The actors of the sentence in text order; updates the memory with its people. */
  public List<ActorSpan> recognize(Document doc, Sentence s, ArticleMemory memory) {
    List<Chunk> chunks = chunker.chunks(doc, s);
    int dateline = Dateline.end(doc, s);
    if (dateline > s.from()) {
      // "KYIV, Ukraine (AP) —" says where the report was filed: no actor.
      Place filedFrom = places.datelinePlace(doc, s);
      memory.noteHomeCountry(filedFrom == null ? null : filedFrom.getCountry());
      chunks = new ArrayList<>(chunks);
      chunks.removeIf(k -> k.from() < dateline);
    }
    boolean[] used = new boolean[chunks.size()];
    List<ActorSpan> out = new ArrayList<>();
    for (int c = 0; c < chunks.size(); c++) {
      if (used[c]) {
        continue;
      }
      Chunk k = chunks.get(c);
      switch (k.kind()) {
        case PERSON, NAME -> {
          Title member = memberOfBody(doc, chunks, c);
          if (member != null) {
            // "Senate member Jane Doe": the body and "member" are her title; the body is no actor of its own.
            int from = chunks.get(c - 2).from();
            out.removeIf(a -> a.from() >= from);
            person(doc, chunks, c, used, member, countryOfBody(chunks.get(c - 2)), false, from, memory, out);
          } else if (!foreignMinistryAcronym(doc, k, memory, out)) {
            person(doc, chunks, c, used, null, null, false, nameStart(doc, k.from()), memory, out);
          }
        }
        case WORD -> {
          if (!glossedAcronym(doc, k, memory, out) && !foreignMinistryAcronym(doc, k, memory, out)) { // all capitals: a WORD ("MFA"), or a NAME ("MoFA")
            word(doc, chunks, c, used, memory, out);
          }
        }
        case TITLE -> title(doc, chunks, c, used, memory, out);
        case ORG -> organization(doc, chunks, c, used, memory, out);
        case COUNTRY, DEMONYM -> countryOrDemonym(doc, chunks, c, used, memory, out);
        case CITY -> capital(doc, chunks, c, used, out);
        case THING -> bodyOfState(doc, chunks, c, used, memory, out);
        default -> { }
      }
    }
    out.sort((a, b) -> Integer.compare(a.from(), b.from()));
    officeOfPerson(doc, s, out);
    noteAcronyms(doc, s, out, memory);
    List<Entity> people = new ArrayList<>();
    Entity subject = null;
    for (ActorSpan a : out) {
      if (a.quoted() || a.entity() == null || a.entity().kind() != ActorKind.PERSON) {
        continue;
      }
      if (subject == null) {
        subject = a.entity();
      }
      if (!people.contains(a.entity())) {
        people.add(a.entity());
      }
    }
    memory.endSentence(people, subject);
    memory.noteStateSubject(out.isEmpty() || out.get(0).quoted() ? null : out.get(0).entity());
    for (ActorSpan a : out) {
      if (!a.quoted()) {
        memory.noteBody(a.entity());
      }
    }
    return out;
  }

  /**
   * "MFA said", "MOFA said": the foreign ministry of the state the article reports from (as a home paper writes it),
   * the one named before if there was one; with no home state, the foreign ministry named last. False otherwise.
   */
  private boolean foreignMinistryAcronym(Document doc, Chunk k, ArticleMemory memory, List<ActorSpan> out) {
    if (k.to() - k.from() != 1 || !Lexicon.FOREIGN_MINISTRY_ACRONYMS.contains(doc.token(k.from()).text())) {
      return false;
    }
    Country home = gazetteer.country(memory.homeCountry());
    Entity e = memory.lastBodyByHead("ministry", "foreign", home == null ? null : home.iso3());
    if (e == null && home != null) {
      String demonym = home.demonyms().isEmpty() ? home.name() : home.demonyms().get(0);
      e = new Entity(demonym + " Ministry of Foreign Affairs", ActorKind.ORGANIZATION, null, home.iso3(), false, true);
    }
    if (e == null) {
      return false;
    }
    out.add(span(doc, k.from(), k.to(), e, ActorSpan.Form.BODY));
    return true;
  }

  /** A body's acronym: two to six capitals ("SRE", "MEA", "SSPC"), maybe with a hyphen. */
  private static boolean isAcronym(Token t) {
    String w = t.text();
    if (w.length() < 2 || w.length() > 6 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (!Character.isUpperCase(ch) && ch != '-') {
        return false;
      }
    }
    return true;
  }

  /** "the Security Ministry (SSPC) reported": remembers the gloss of a body, never of a person. */
  private static void noteAcronyms(Document doc, Sentence s, List<ActorSpan> out, ArticleMemory memory) {
    for (ActorSpan a : out) {
      int open = a.to();
      if (a.quoted() || a.entity() == null || a.entity().kind() == ActorKind.PERSON || open + 2 >= s.to()
          || !doc.token(open).is("(") || !doc.token(open + 2).is(")") || !isAcronym(doc.token(open + 1))) {
        continue;
      }
      memory.noteAcronym(doc.token(open + 1).text(), a.entity());
    }
  }

  /** "The SRE also said" after "the Foreign Affairs Ministry (SRE)": the body the acronym glossed. */
  private static boolean glossedAcronym(Document doc, Chunk k, ArticleMemory memory, List<ActorSpan> out) {
    if (k.to() - k.from() != 1 || !isAcronym(doc.token(k.from()))) {
      return false;
    }
    Entity body = memory.byAcronym(doc.token(k.from()).text());
    if (body == null || k.from() > 0 && doc.token(k.from() - 1).is("(")) {
      return false; // the gloss itself is no second mention
    }
    out.add(span(doc, k.from(), k.to(), body, ActorSpan.Form.BODY));
    return true;
  }

  /** "the office of Israeli Prime Minister Benjamin Netanyahu": the person's office, as "Netanyahu's office" is. */
  private static void officeOfPerson(Document doc, Sentence s, List<ActorSpan> out) {
    for (int k = 0; k < out.size(); k++) {
      ActorSpan a = out.get(k);
      int of = a.from() - 1;
      if (a.entity() == null || a.entity().kind() != ActorKind.PERSON || of - 1 < s.from() || !doc.token(of).is("of")
          || !PERSONAL_BODY_NOUNS.contains(doc.token(of - 1).lower())) {
        continue;
      }
      int from = of - 1 > s.from() && doc.token(of - 2).is("the") ? of - 2 : of - 1;
      String name = a.entity().surname() + "'s " + capitalize(doc.token(of - 1).lower());
      Entity body = new Entity(name, ActorKind.ORGANIZATION, null, a.entity().country(), false, true);
      out.set(k, new ActorSpan(from, a.to(), List.of(body), ActorSpan.Form.BODY, a.quoted()));
    }
  }

  // --- people ---------------------------------------------------------------------------------

  /** A name chunk at {@code c}, with a title and state already known from before it. */
  private boolean person(Document doc, List<Chunk> chunks, int c, boolean[] used, Title title, String country,
      boolean international, int spanFrom, ArticleMemory memory, List<ActorSpan> out) {
    Chunk k = chunks.get(c);
    Entity e = nameEntity(doc, k, title != null || honorificBefore(doc, k.from()), memory);
    if (title != null && k.kind() == Chunk.Kind.NAME && k.to() - k.from() == 1
        && (e == null || e.title() == null || gazetteer.title(e.title()) != title)) {
      // "King Abdullah", "Emir Tamim", "President Sheikh Mohamed": a title and one given name are the holder of that
      // title who bears the name (of the state given, else of the article's), not whoever was named with the word.
      Entity holder = titledHolder(title, doc.token(k.from()).text(), country, memory);
      if (holder != null) {
        e = holder;
      }
    }
    if (e == null) {
      return false;
    }
    used[c] = true;
    int spanTo = k.to();
    Appositive app = appositive(doc, chunks, c, used);
    if (app != null) {
      if (title == null) {
        title = app.title;
      }
      if (country == null) {
        country = app.country;
      }
      if (app.nonPolitical && title == null) { // "Trade Minister X, chairman of a business council,": still the minister
        e = new Entity(e.name(), e.kind(), e.title(), e.country(), e.known(), false);
      }
    }
    if (title != null && country == null && !international && e.known() && e.country() != null
        && !memory.knows(e.name()) && (title.kind() == Title.Kind.HEAD_OF_STATE
            || title.kind() == Title.Kind.HEAD_OF_GOVERNMENT || title.kind() == Title.Kind.MINISTER)) {
      // "Prime Minister X" first named with no state: the article's own leader, as a home paper writes.
      memory.noteHomeCountry(e.country());
    }
    if (title != null) {
      // The role the text gives wins over the one the gazetteer knows (people change jobs).
      e = new Entity(e.name(), e.kind(), title.title(), international ? null : e.country(), e.known(), e.political());
    }
    e = memory.register(international ? e : e.withCountry(country));
    // "Luxon's office": the person's office speaks.
    int next = c + 1;
    if (next + 1 < chunks.size() && doc.token(chunks.get(next).from()).is("'s")
        && Lexicon.BODY_NOUNS.contains(doc.token(chunks.get(next + 1).from()).lower())
        && chunks.get(next + 1).to() - chunks.get(next + 1).from() == 1) {
      used[next] = true;
      used[next + 1] = true;
      String name = e.surname() + "'s " + capitalize(doc.token(chunks.get(next + 1).from()).lower());
      Entity body = new Entity(name, ActorKind.ORGANIZATION, null, e.country(), false, true);
      out.add(span(doc, spanFrom, chunks.get(next + 1).to(), body, ActorSpan.Form.BODY));
      return true;
    }
    // "the Trump administration": the person's government, not the person.
    if (next < chunks.size() && chunks.get(next).kind() == Chunk.Kind.WORD
        && PERSONAL_BODY_NOUNS.contains(doc.token(chunks.get(next).from()).lower())) {
      used[next] = true;
      String name = e.surname() + " " + doc.token(chunks.get(next).from()).lower();
      Entity body = new Entity(name, ActorKind.ORGANIZATION, null, e.country(), false, true);
      out.add(span(doc, spanFrom, chunks.get(next).to(), body, ActorSpan.Form.BODY));
      return true;
    }
    out.add(span(doc, spanFrom, spanTo, e, ActorSpan.Form.NAME));
    return true;
  }

  private Entity titledHolder(Title title, String word, String country, ArticleMemory memory) {
    Person p = gazetteer.holderByNameWord(title, word, country);
    if (p == null && country == null && memory.homeCountry() != null) {
      p = gazetteer.holderByNameWord(title, word, memory.homeCountry());
    }
    return p == null ? null
        : new Entity(p.name(), ActorKind.PERSON, p.title().isEmpty() ? null : p.title(), p.iso3(), true, true);
  }

  private Entity nameEntity(Document doc, Chunk k, boolean titled, ArticleMemory memory) {
    if (k.kind() == Chunk.Kind.PERSON) {
      Person p = (Person) k.value();
      if (k.to() - k.from() == 1) {
        // "Deuba said" after "Foreign Minister Arzu Rana Deuba": the one the article named, not the better-known
        // namesake whose short form the gazetteer lists.
        Entity seen = memory.bySurname(doc.token(k.from()).text());
        if (seen != null && seen.kind() == ActorKind.PERSON && !seen.name().equals(p.name())
            && seen.name().contains(" ")) {
          return seen;
        }
      }
      return new Entity(p.name(), ActorKind.PERSON, p.title().isEmpty() ? null : p.title(), p.iso3(), true, true);
    }
    String surface = surface(doc, k.from(), k.to());
    if (k.to() - k.from() == 1) {
      Entity seen = memory.bySurname(surface);
      if (seen != null) {
        return seen;
      }
      Person p = gazetteer.personBySurname(doc.token(k.from()).key());
      if (p != null) {
        return new Entity(p.name(), ActorKind.PERSON, p.title().isEmpty() ? null : p.title(), p.iso3(), true, true);
      }
      if (!titled) {
        return null;
      }
    }
    Entity seen = memory.bySurname(doc.token(k.to() - 1).key());
    if (seen != null && seen.name().equalsIgnoreCase(surface)) {
      return seen;
    }
    Entity named = memory.byLeadingWords(surface);
    if (named != null) {
      return named; // "Datuk Onn Hafiz" after "Onn Hafiz Ghazi": a name without its last (father's) name
    }
    return new Entity(surface, ActorKind.PERSON, null, null, false, true);
  }

  private record Appositive(Title title, String country, boolean nonPolitical) {}

  /** ", the Trump administration's envoy," / ", an analyst at ..." after a name. */
  private Appositive appositive(Document doc, List<Chunk> chunks, int c, boolean[] used) {
    int k = c + 1;
    if (k >= chunks.size() || !doc.token(chunks.get(k).from()).is(",")) {
      return null;
    }
    String country = null;
    for (int j = k + 1; j < chunks.size() && j <= k + 8; j++) {
      Chunk ch = chunks.get(j);
      Token first = doc.token(ch.from());
      switch (ch.kind()) {
        case TITLE -> {
          if (j + 1 < chunks.size() && isName(chunks.get(j + 1))) {
            return null; // "Wong, national security adviser Richard Marles and ...": the next person's title
          }
          Title.Kind kind = ((Title) ch.value()).kind();
          if (kind != Title.Kind.MINISTER && kind != Title.Kind.LEGISLATOR && kind != Title.Kind.DIPLOMAT
              && ofBusiness(doc, chunks, j + 1)) {
            return new Appositive(null, null, true); // ", president of the Business Council,": no political office
          }
          if (j + 2 < chunks.size() && doc.token(chunks.get(j + 1).from()).is(",") && isName(chunks.get(j + 2))) {
            return null; // "... with Wang Yi, the ministry's spokesperson, Jane Doe, said": Jane Doe's title
          }
          for (int u = k + 1; u <= j; u++) {
            used[u] = true;
          }
          return new Appositive((Title) ch.value(), country, false);
        }
        case COUNTRY -> country = ((Country) ch.value()).iso3();
        case DEMONYM -> country = ((Country) ch.value()).iso3();
        case ORG -> country = country == null ? ((Organization) ch.value()).iso3() : country;
        case WORD -> {
          if (Lexicon.FINITE_VERBS.contains(first.lower())) {
            return null; // "X, said Accra would host ...": the appositive ended; the rest is the clause's
          }
          if (Lexicon.NON_POLITICAL.contains(first.lower())) {
            return new Appositive(null, null, true);
          }
          if (!first.isWord() && !first.is("'s") && !first.is("’s") && !first.is("-")) {
            return null;
          }
          if (first.lower().equals("who") || first.lower().equals("which")) {
            return null;
          }
        }
        default -> { }
      }
    }
    return null;
  }

  /**
   * "of the Business Coordinating Council", "of the Chamber of Commerce", "of the mining company": the of-phrase after
   * a title names a business body, whose head holds no political office (EVENTS.md rule 4).
   */
  private static boolean ofBusiness(Document doc, List<Chunk> chunks, int j) {
    if (j >= chunks.size() || !doc.token(chunks.get(j).from()).is("of")) {
      return false;
    }
    int end = chunks.get(j).to();
    int limit = doc.sentenceOf(end).to();
    for (int k = end; k < limit && k < end + 8; k++) {
      Token t = doc.token(k);
      if (t.is(",") || t.is(".") || t.is("(") || doc.quoted(k)) {
        return false;
      }
      if (Lexicon.BUSINESS_WORDS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** Where a bare name's span starts: at an honorific right before it ("Mr Teo said"), else at the name. */
  private static int nameStart(Document doc, int from) {
    int s = doc.sentenceOf(from).from();
    if (from - 2 >= s && Chunker.compoundHonorific(doc.tokens(), from - 2, from + 1)) {
      return from - 2; // "Datuk Seri Anwar said"
    }
    return from > s && Lexicon.NAME_HONORIFICS.contains(doc.token(from - 1).lower().replace(".", "")) ? from - 1 : from;
  }

  private boolean honorificBefore(Document doc, int from) {
    int s = doc.sentenceOf(from).from();
    return from > s && Lexicon.HONORIFICS.contains(doc.token(from - 1).lower().replace(".", ""))
        || from - 2 >= s && Chunker.compoundHonorific(doc.tokens(), from - 2, from + 1);
  }

  private void title(Document doc, List<Chunk> chunks, int c, boolean[] used, ArticleMemory memory,
      List<ActorSpan> out) {
    Title title = (Title) chunks.get(c).value();
    Chunk self = chunks.get(c);
    if (self.to() - self.from() == 1 && doc.token(self.from()).text().equals("official") && c + 1 < chunks.size()
        && doc.token(chunks.get(c + 1).from()).isWord() && !doc.token(chunks.get(c + 1).from()).isCapitalized()) {
      return; // "an official visit": an adjective
    }
    // Modifiers before the title: "Russian", "Japan's", "NATO", "the".
    String country = null;
    Organization org = null;
    int spanFrom = chunks.get(c).from();
    int b = c - 1;
    boolean sawDeterminer = false;
    boolean indefinite = false;
    while (b >= 0 && c - b <= 4) {
      Chunk ch = chunks.get(b);
      Token t = doc.token(ch.from());
      if (ch.kind() == Chunk.Kind.DEMONYM || ch.kind() == Chunk.Kind.COUNTRY) {
        country = country == null ? ((Country) ch.value()).iso3() : country;
      } else if (ch.kind() == Chunk.Kind.CITY && capitalOf((City) ch.value()) != null) {
        country = country == null ? ((City) ch.value()).iso3() : country;
      } else if (ch.kind() == Chunk.Kind.ORG) {
        org = (Organization) ch.value();
        country = country == null ? org.iso3() : country;
      } else if (ch.kind() == Chunk.Kind.WORD && (t.is("'s") || SKIPPABLE_MODIFIERS.contains(t.lower()))) {
        sawDeterminer |= t.lower().equals("the") || t.lower().equals("a") || t.lower().equals("an");
        indefinite |= t.lower().equals("a") || t.lower().equals("an");
        if (sawDeterminer) {
          spanFrom = Math.min(spanFrom, ch.from());
          b--;
          break;
        }
      } else if (ch.kind() == Chunk.Kind.TITLE) {
        // "Chief Adviser's Press Secretary": the later title is the person's.
      } else if (ch.kind() == Chunk.Kind.WORD && !t.isCapitalized() && Lexicon.BODY_NOUNS.contains(t.lower())
          && c - b <= 2 && b + 1 < chunks.size() && titleOrPossessive(doc, chunks.get(b + 1))) {
        // "ministry spokesman Jane Doe", "the ministry's spokesperson, Jane Doe": the body named before, if any,
        // tells the state; the named person speaks either way.
        Entity body = lastBodyByHead(t.lower(), null, out, memory);
        if (body != null && country == null) {
          country = body.country();
        }
      } else {
        break;
      }
      spanFrom = Math.min(spanFrom, ch.from());
      for (int u = b; u < c; u++) {
        if (chunks.get(u).kind() != Chunk.Kind.TITLE) {
          used[u] = true;
        }
      }
      b--;
    }
    while (spanFrom < chunks.get(c).from() && doc.token(spanFrom).is("'s")) {
      spanFrom++;
    }
    int n = c + 1;
    while (n < chunks.size() && chunks.get(n).kind() == Chunk.Kind.TITLE) {
      title = (Title) chunks.get(n).value();
      used[n] = true;
      n++;
    }
    if (title.kind() == Title.Kind.SPOKESPERSON && n + 1 < chunks.size()
        && (doc.token(chunks.get(n).from()).is("for") || doc.token(chunks.get(n).from()).is("of"))
        && spokespersonOfPerson(doc, chunks, c, n, spanFrom, country, used, memory, out)) {
      return;
    }
    // The name: right after, after a comma, or after "of/to/for ..." ("special envoy to Sudan Ramtane Lamamra").
    int name = -1;
    boolean linked = false;
    if (n < chunks.size() && isName(chunks.get(n))) {
      name = n;
    } else if (n + 1 < chunks.size() && isName(chunks.get(n + 1)) && chunks.get(n).to() - chunks.get(n).from() == 1
        && Lexicon.HONORIFICS.contains(doc.token(chunks.get(n).from()).lower().replace(".", ""))
        && !doc.token(chunks.get(n).from()).lower().equals("his") && !doc.token(chunks.get(n).from()).lower().equals("her")) {
      name = n + 1; // "Foreign Minister Sheikh Ahmad Al-Abdullah", "Prime Minister Dr. Abiy Ahmed"
    } else if (n + 1 < chunks.size() && doc.token(chunks.get(n).from()).is(",") && isName(chunks.get(n + 1))) {
      name = n + 1;
    } else if (appositiveNameAfterBody(doc, chunks, n) >= 0) {
      name = appositiveNameAfterBody(doc, chunks, n);
    } else if (n < chunks.size() && isLinkWord(doc.token(chunks.get(n).from()))
        && !Lexicon.GROUP_NOUNS.contains(doc.token(chunks.get(n - 1).to() - 1).lower())) {
      // ("officials at Singha Durbar": a plural role names no one person after its preposition)
      for (int j = n + 1; j < chunks.size() && j <= n + 7; j++) {
        Chunk ch = chunks.get(j);
        if (isName(ch)) {
          name = j;
          linked = true;
          break;
        }
        Token t = doc.token(ch.from());
        if (ch.kind() == Chunk.Kind.COUNTRY && country == null) {
          country = ((Country) ch.value()).iso3();
        } else if (ch.kind() == Chunk.Kind.ORG && org == null) {
          org = (Organization) ch.value();
        } else if (ch.kind() == Chunk.Kind.WORD && t.is(",") && j + 1 < chunks.size() && isName(chunks.get(j + 1))) {
          continue;
        } else if (ch.kind() == Chunk.Kind.WORD && !(t.isWord() && !isVerbLike(t)) && !t.is("'s")) {
          break;
        }
      }
    }
    used[c] = true;
    ActorSpan owner0 = spanEndingBefore(doc, out, chunks.get(c).from());
    if (country == null && owner0 != null && owner0.entity() != null) {
      country = owner0.entity().country();
    }
    if (name >= 0 && owner0 != null && owner0.form() == ActorSpan.Form.BODY && owner0.from() <= spanFrom) {
      // "Qatar's Foreign Ministry spokesperson Majed al-Ansari": one mention, the person's; the ministry is
      // still named, for "the ministry said" later.
      spanFrom = owner0.from();
      out.remove(owner0);
      memory.noteBody(owner0.entity());
    }
    if (name >= 0) {
      boolean international = org != null && org.kind() == Organization.Kind.INTERNATIONAL && country == null;
      // After "Adviser on Special ...", a lone capitalized word is no name unless known.
      boolean weak = linked && chunks.get(name).kind() == Chunk.Kind.NAME
          && chunks.get(name).to() - chunks.get(name).from() == 1;
      boolean ok = person(doc, chunks, name, used, weak ? null : title, country, international, spanFrom, memory, out);
      if (ok && org != null) {
        memory.noteBody(orgEntity(org)); // "European Commission President X ..., the Commission said"
        Entity holder = out.get(out.size() - 1).entity();
        if (holder != null && holder.kind() == ActorKind.PERSON) {
          memory.noteAffiliation(holder, org.name()); // "IAEA Director General X ... the IAEA chief"
        }
      }
      if (ok) {
        for (int u = c; u < name; u++) {
          used[u] = true;
        }
        return;
      }
    }
    // "Sudanese officials", "European leaders": plural roles are groups.
    String last = doc.token(chunks.get(n - 1).to() - 1).lower();
    if (Lexicon.GROUP_NOUNS.contains(last)) {
      if (country == null && org == null && last.equals("officials") && n - 1 == c
          && officialsInCapital(doc, chunks, c, n, used, out)) {
        return;
      }
      Country ct = gazetteer.country(country);
      String owner = ct != null ? (ct.demonyms().isEmpty() ? ct.name() : ct.demonyms().get(0))
          : org != null ? org.name() : null;
      if (owner != null) {
        // A group of a known organization ("ASEAN foreign ministers") is known through it.
        boolean ofOrganization = ct == null && org != null;
        Entity g = new Entity(owner + " " + last, ActorKind.GROUP, null, country, ofOrganization, true);
        out.add(span(doc, spanFrom, chunks.get(n - 1).to(), g, ActorSpan.Form.BODY));
      }
      return;
    }
    // No name: an unnamed spokesperson speaks for the body; "the secretary" is someone named before.
    if (title.kind() == Title.Kind.SPOKESPERSON && possessedSpokesperson(doc, chunks, c, n, spanFrom, used, memory, out)) {
      return;
    }
    if (title.kind() == Title.Kind.SPOKESPERSON) {
      Entity body = spokespersonBody(doc, chunks, n, org, country);
      Entity named = bodyInTitle(doc, chunks.get(c).from(), chunks.get(n - 1).to(), country);
      if (named != null) {
        body = named;
      }
      ActorSpan owner = spanEndingBefore(doc, out, chunks.get(c).from());
      if (owner != null && owner.entity() != null && owner.entity().kind() != ActorKind.PERSON) {
        body = owner.entity();
        spanFrom = owner.from();
        out.remove(owner);
      }
      if (body != null) {
        out.add(span(doc, spanFrom, chunks.get(c).to(), body, ActorSpan.Form.BODY));
        return;
      }
    }
    // "the Prime Minister's Office", "the PM Office": the office holder's own body speaks.
    boolean possessive = n + 1 < chunks.size() && doc.token(chunks.get(n).from()).is("'s");
    int office = possessive ? n + 1 : n;
    if (office < chunks.size() && (possessive || chunks.get(office).kind() == Chunk.Kind.THING)
        && chunks.get(office).to() - chunks.get(office).from() == 1
        && PERSONAL_BODY_NOUNS.contains(doc.token(chunks.get(office).from()).lower())
        && (title.kind() == Title.Kind.HEAD_OF_STATE || title.kind() == Title.Kind.HEAD_OF_GOVERNMENT || possessive)) {
      Entity holder = country == null ? subjectHolding(doc, lastWord(title.title()), out) : null;
      // "the Prime Minister's Office" is the prime minister's, not the foreign minister's: a title of several words
      // is held by whoever was named with that very title, a one-word title ("President") by any of its holders.
      boolean exact = title.title().indexOf(' ') > 0;
      if (holder == null && country == null && memory.homeCountry() != null) {
        holder = exact ? holderOf(memory, title, memory.homeCountry()) // the home state's, not a guest's
            : memory.byTitleHead(lastWord(title.title()), memory.homeCountry());
      }
      if (holder == null) {
        holder = exact ? holderOf(memory, title, country) : memory.byTitleHead(lastWord(title.title()), country);
      }
      String noun = capitalize(doc.token(chunks.get(office).from()).lower());
      Country ct = gazetteer.country(country != null ? country : holder != null ? holder.country()
          : memory.homeCountry()); // "the Prime Minister's Office" of a datelined report: its state's
      if (holder != null && holder.country() == null && country == null) {
        ct = gazetteer.country(memory.homeCountry());
      }
      String officeName = holder != null ? holder.surname() + "'s " + noun
          : (ct == null ? "" : (ct.demonyms().isEmpty() ? ct.name() : ct.demonyms().get(0)) + " ")
              + title.title() + "'s " + noun;
      used[n] = true;
      used[office] = true;
      Entity body = new Entity(officeName, ActorKind.ORGANIZATION, null, ct == null ? null : ct.iso3(), false, true);
      out.add(span(doc, spanFrom, chunks.get(office).to(), body, ActorSpan.Form.BODY));
      return;
    }
    if (indefinite && name < 0) {
      // "an Iranian diplomat traveling with the delegation": someone unnamed, not the diplomat named before.
      out.add(new ActorSpan(spanFrom, chunks.get(n - 1).to(), List.of(), ActorSpan.Form.TITLE, doc.quoted(spanFrom)));
      return;
    }
    if (sawDeterminer || country != null || org != null) {
      String head = lastWord(title.title());
      String surfaceHead = doc.token(chunks.get(n - 1).to() - 1).lower();
      Entity e = title.title().indexOf(' ') > 0 ? holderOf(memory, title, country) : null;
      if (e == null) {
        e = memory.byTitleHead(surfaceHead, country);
      }
      if (e == null && !surfaceHead.equalsIgnoreCase(head)) {
        // "the party leader" for a "General Secretary": the holder of that very title, not any "... Secretary"
        Title exact = title;
        e = memory.byTitle(t -> t.equalsIgnoreCase(exact.title()), country);
      }
      if (e == null && DESCRIPTORS.contains(title.title())) {
        // "the head of state said": whoever was named with a head of state's title ("President X", "King Y")
        Title.Kind kind = title.kind();
        e = memory.byTitle(t -> {
          Title known = gazetteer.title(t);
          return known != null && known.kind() == kind;
        }, country);
      }
      if (e == null && country != null && surfaceHead.equals("diplomat")) {
        e = memory.diplomatOf(country); // "the Guatemalan diplomat": its foreign minister or envoy named before
      }
      Country ct = gazetteer.country(country);
      if (e == null && ct != null && !sawDeterminer) {
        // "Japan's foreign minister held talks": an office holder of a state, unnamed here.
        String demonym = ct.demonyms().isEmpty() ? ct.name() : ct.demonyms().get(0);
        e = new Entity(demonym + " " + title.title(), ActorKind.PERSON, title.title(), ct.iso3(), false, true);
      }
      out.add(new ActorSpan(spanFrom, chunks.get(n - 1).to(), e == null ? List.of() : List.of(e),
          ActorSpan.Form.TITLE, doc.quoted(spanFrom)));
      return;
    }
    // "the league's secretary-general": the office holder of the organization named before, if known.
    if (owner0 != null && owner0.entity() != null && owner0.entity().kind() == ActorKind.ORGANIZATION
        && owner0.entity().country() == null && doc.token(chunks.get(c).from() - 1).is("'s")) {
      Entity e = memory.byTitleHead(lastWord(title.title()), null);
      if (e != null) {
        out.remove(owner0);
        out.add(new ActorSpan(owner0.from(), chunks.get(n - 1).to(), List.of(e), ActorSpan.Form.TITLE,
            doc.quoted(owner0.from())));
      }
    }
  }

  /**
   * "a spokesman for the president", "a spokesperson for Mr Ramaphosa": an unnamed spokesperson of a person speaks
   * for that person's office, not as the person (EVENTS.md rule 4); "a spokesperson for President X, Jane Doe," is
   * Jane Doe. False when what follows "for" is no person (a body, a state: {@link #spokespersonBody}).
   */
  private boolean spokespersonOfPerson(Document doc, List<Chunk> chunks, int c, int n, int spanFrom, String country,
      boolean[] used, ArticleMemory memory, List<ActorSpan> out) {
    String principalCountry = country;
    Title principalTitle = null;
    Entity principal = null;
    int end = -1;
    for (int j = n + 1; j < chunks.size() && j <= n + 5; j++) {
      Chunk ch = chunks.get(j);
      Token t = doc.token(ch.from());
      if (ch.kind() == Chunk.Kind.WORD && ch.to() - ch.from() == 1 && (t.is("the") || t.is("'s") || t.is("’s")
          || Lexicon.NAME_HONORIFICS.contains(t.lower().replace(".", "")))) {
        continue;
      }
      if ((ch.kind() == Chunk.Kind.DEMONYM || ch.kind() == Chunk.Kind.COUNTRY) && principalTitle == null) {
        principalCountry = ((Country) ch.value()).iso3(); // "for the Chilean president", "for Chile's president"
        continue;
      }
      if (ch.kind() == Chunk.Kind.TITLE && principalTitle == null) {
        principalTitle = (Title) ch.value();
        end = j;
        continue;
      }
      if (isName(ch)) {
        principal = nameEntity(doc, ch, true, memory);
        end = j;
      }
      break;
    }
    if (end < 0 || principalTitle != null && principalTitle.kind() == Title.Kind.SPOKESPERSON
        || end + 1 < chunks.size() && (doc.token(chunks.get(end + 1).from()).is("'s")
            || doc.token(chunks.get(end + 1).from()).is("’s"))) {
      return false; // "a spokesman for Ruto's party": the party's, not the person's
    }
    if (principal == null && principalCountry == null && memory.homeCountry() != null) {
      // "A spokesman for the president" in a datelined report: the home state's president, not a visitor.
      principal = memory.byTitleHead(lastWord(principalTitle.title()), memory.homeCountry());
    }
    if (principal == null) {
      principal = memory.byTitleHead(lastWord(principalTitle.title()), principalCountry);
    }
    // "..., Jane Doe, said": the spokesperson is named after the principal.
    if (end + 2 < chunks.size() && doc.token(chunks.get(end + 1).from()).is(",") && isName(chunks.get(end + 2))
        && (end + 3 >= chunks.size() || doc.token(chunks.get(end + 3).from()).is(",")
            || isVerbLike(doc.token(chunks.get(end + 3).from())))) {
      String state = principal != null && principal.country() != null ? principal.country() : principalCountry;
      for (int u = c; u <= end + 1; u++) {
        used[u] = true;
      }
      return person(doc, chunks, end + 2, used, (Title) chunks.get(c).value(), state, false, spanFrom, memory, out);
    }
    Entity office = officeOf(principal, principalTitle, principalCountry, memory);
    if (office == null) {
      return false;
    }
    for (int u = c; u <= end; u++) {
      used[u] = true;
    }
    out.add(span(doc, spanFrom, chunks.get(end).to(), office, ActorSpan.Form.BODY));
    return true;
  }

  /** Possessive pronouns that tie an unnamed spokesperson to someone named before: "his spokesman". */
  private static final Set<String> PERSONAL_POSSESSIVES = WordSet.of("his", "her");
  /** The bodies a person heads that "a spokesperson for his department" speaks for. */
  private static final Set<String> OWN_BODIES = WordSet.of("department", "ministry", "office", "government",
      "administration", "team", "cabinet");

  /**
   * An unnamed spokesperson tied to an antecedent: "his/her spokesman" and "a spokesperson for his department" speak
   * for that person's office or ministry, "its spokesperson" for the body that opened the sentence or the one before
   * ("The AU welcomed it. Its spokesperson said"); "A Foreign Ministry spokesperson" for that body of the state named
   * before, else of the article's home state. True when it added a span.
   */
  private boolean possessedSpokesperson(Document doc, List<Chunk> chunks, int c, int n, int spanFrom, boolean[] used,
      ArticleMemory memory, List<ActorSpan> out) {
    Chunk self = chunks.get(c);
    int s = doc.sentenceOf(self.from()).from();
    Token before = self.from() > s ? doc.token(self.from() - 1) : null;
    int to = chunks.get(n - 1).to();
    Entity body = null;
    int from = spanFrom;
    if (before != null && PERSONAL_POSSESSIVES.contains(before.lower())) {
      body = officeOf(pronounReferent(out, memory), null, null, memory);
      from = self.from() - 1;
    } else if (before != null && before.lower().equals("its")) {
      body = nearestBody(out, memory);
      from = self.from() - 1;
      if (body == null) {
        // "Its spokesperson in Congress said" after a body no gazetteer knows: someone's, but not the place's
        used[c] = true;
        out.add(new ActorSpan(from, to, List.of(), ActorSpan.Form.BODY, doc.quoted(from)));
        return true;
      }
    } else if (n + 2 < chunks.size() && doc.token(chunks.get(n).from()).is("for")
        && PERSONAL_POSSESSIVES.contains(doc.token(chunks.get(n + 1).from()).lower())
        && OWN_BODIES.contains(doc.token(chunks.get(n + 2).from()).lower())) {
      body = officeOf(pronounReferent(out, memory), null, null, memory); // "a spokesperson for his department"
      to = chunks.get(n + 2).to();
      if (body != null) {
        used[n] = used[n + 1] = used[n + 2] = true;
      }
    } else if (c >= 1 && chunks.get(c - 1).kind() == Chunk.Kind.THING && !used[c - 1]) {
      Chunk named = chunks.get(c - 1);
      String head = doc.token(named.to() - 1).lower();
      if (Lexicon.BODY_NOUNS.contains(head)) { // "A Foreign Ministry spokesperson": one body of the state
        String qualifier = null;
        int first = named.from();
        while (first - 1 > s && doc.token(first - 1).isCapitalized()
            && Lexicon.BODY_QUALIFIERS.contains(doc.token(first - 1).lower())) {
          first--; // "Foreign" on its own before "Ministry" at a sentence's start ("A Foreign" is no name)
        }
        for (int k = first; k < named.to(); k++) {
          String w = doc.token(k).lower();
          qualifier = Lexicon.BODY_QUALIFIERS.contains(w) ? (w.equals("defence") ? "defense" : w) : qualifier;
        }
        body = lastBodyByHead(head, qualifier, out, memory);
        if (body == null) {
          body = homeBody(doc, first, named.to(), memory);
        }
        from = Math.min(spanFrom, first);
        final int cut = first;
        out.removeIf(a -> a.from() >= cut);
        if (body != null) {
          used[c - 1] = true;
        }
      }
    }
    if (body == null) {
      return false;
    }
    used[c] = true;
    out.add(span(doc, from, to, body, ActorSpan.Form.BODY));
    return true;
  }

  /** "its": the body named last in the sentence, else the one that opened the sentence before. */
  private static Entity nearestBody(List<ActorSpan> out, ArticleMemory memory) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Entity e = out.get(i).entity();
      if (!out.get(i).quoted() && e != null && e.kind() != ActorKind.PERSON) {
        return e;
      }
    }
    return memory.lastBodySubject();
  }

  /**
   * The office a person's spokesperson speaks for: "Chilean Presidential Office", "New Zealand Prime Minister's
   * Office", a minister's ministry ("Kenyan Foreign Ministry"), else the person's own office; null if none is known.
   */
  private Entity officeOf(Entity principal, Title principalTitle, String country, ArticleMemory memory) {
    String roleName = principalTitle != null ? principalTitle.title() : principal != null ? principal.title() : null;
    Title role = roleName == null ? null : gazetteer.title(roleName);
    String iso3 = principal != null && principal.country() != null ? principal.country()
        : country != null ? country : memory.homeCountry();
    Country ct = gazetteer.country(iso3);
    if (ct != null && role != null) {
      String demonym = ct.demonyms().isEmpty() ? ct.name() : ct.demonyms().get(0);
      String name = switch (role.kind()) {
        case HEAD_OF_STATE -> role.title().equals("President") ? demonym + " Presidential Office"
            : demonym + " " + role.title() + "'s Office";
        case HEAD_OF_GOVERNMENT -> demonym + " " + role.title() + "'s Office";
        case MINISTER -> role.title().endsWith(" Minister")
            ? demonym + " " + role.title().substring(0, role.title().length() - " Minister".length()) + " Ministry"
            : null;
        default -> null;
      };
      if (name != null) {
        return new Entity(name, ActorKind.ORGANIZATION, null, ct.iso3(), false, true);
      }
    }
    if (ct == null && role != null && role.kind() == Title.Kind.MINISTER && role.title().endsWith(" Minister")
        && role.title().length() > " Minister".length()) {
      // "a spokesperson for his department" of an "Interior Minister" whose state is not told: his ministry
      String ministry = role.title().substring(0, role.title().length() - " Minister".length()) + " Ministry";
      return new Entity(ministry, ActorKind.ORGANIZATION, null, null, false, true);
    }
    if (principal == null || principal.kind() != ActorKind.PERSON) {
      return null;
    }
    return new Entity(principal.surname() + "'s Office", ActorKind.ORGANIZATION, null, principal.country(), false,
        true);
  }

  private static boolean titleOrPossessive(Document doc, Chunk ch) {
    return ch.kind() == Chunk.Kind.TITLE || doc.token(ch.from()).is("'s") || doc.token(ch.from()).is("’s");
  }

  /** "Foreign Ministry spokesperson" names its body: "Chinese Foreign Ministry". */
  private Entity bodyInTitle(Document doc, int from, int to, String country) {
    Country ct = gazetteer.country(country);
    for (int i = to - 1; i >= from; i--) {
      if (Lexicon.BODY_NOUNS.contains(doc.token(i).lower())) {
        String words = capitalize(surface(doc, from, i + 1));
        String demonym = ct == null ? "" : (ct.demonyms().isEmpty() ? ct.name() : ct.demonyms().get(0)) + " ";
        return new Entity(demonym + words, ActorKind.ORGANIZATION, null, country, false, true);
      }
    }
    return null;
  }

  private Entity spokespersonBody(Document doc, List<Chunk> chunks, int n, Organization org, String country) {
    if (org == null && n + 1 < chunks.size() && isLinkWord(doc.token(chunks.get(n).from()))) {
      for (int j = n + 1; j < chunks.size() && j <= n + 3; j++) {
        if (chunks.get(j).kind() == Chunk.Kind.ORG) {
          org = (Organization) chunks.get(j).value();
          break;
        }
      }
    }
    if (org != null) {
      return orgEntity(org);
    }
    if (n + 1 < chunks.size() && isLinkWord(doc.token(chunks.get(n).from()))) {
      // "a spokesman for Germany's foreign office", "a spokeswoman for the Kenyan government"
      for (int j = n + 1; j < chunks.size() && j <= n + 3; j++) {
        Chunk ch = chunks.get(j);
        if (ch.kind() == Chunk.Kind.COUNTRY || ch.kind() == Chunk.Kind.DEMONYM) {
          Country owner = (Country) ch.value();
          int b = j + 1 < chunks.size() && doc.token(chunks.get(j + 1).from()).is("'s") ? j + 2 : j + 1;
          String demonym = owner.demonyms().isEmpty() ? owner.name() : owner.demonyms().get(0);
          if (b < chunks.size() && chunks.get(b).kind() == Chunk.Kind.ORG
              && ((Organization) chunks.get(b).value()).kind() == Organization.Kind.GOVERNMENT) {
            Organization body = (Organization) chunks.get(b).value();
            return owner.iso3().equals(body.iso3()) ? orgEntity(body) : new Entity(demonym + " "
                + surface(doc, chunks.get(b).from(), chunks.get(b).to()), ActorKind.ORGANIZATION, null, owner.iso3(),
                false, true);
          }
          int end = bodyPhraseEnd(doc, chunks, b);
          if (end > 0) {
            String words = surface(doc, chunks.get(b).from(), chunks.get(end - 1).to());
            return new Entity(demonym + " " + words, ActorKind.ORGANIZATION, null, owner.iso3(), false, true);
          }
          country = owner.iso3();
          break;
        }
      }
    }
    Country ct = gazetteer.country(country);
    return ct == null ? null : new Entity(ct.name(), ActorKind.COUNTRY, null, ct.iso3(), true, true);
  }

  /** Heads of bodies whose members hold a political office: "Senate member", "Central Committee member". */
  private static final Set<String> LEGISLATIVE_BODIES = WordSet.of("parliament", "assembly", "congress", "senate",
      "house", "legislature", "duma", "knesset", "bundestag", "majlis", "sejm", "rada", "diet", "chamber", "lords",
      "commons", "storting", "riksdag", "folketing", "seimas", "saeima", "jatiya", "sangsad", "lok", "sabha");
  private static final Set<String> EXECUTIVE_BODIES = WordSet.of("council", "committee", "commission", "cabinet",
      "politburo", "presidium", "bureau", "junta", "government");

  /**
   * "Senate member Jane Doe", "Legislative Assembly member John Roe", "Politburo member Li Wei": a capitalized
   * political body, then "member", then a name, give the name a title (LEGISLATOR for a legislature, OFFICIAL
   * for a council or committee); null otherwise ("club member Jane Doe", "member states").
   */
  private static Title memberOfBody(Document doc, List<Chunk> chunks, int c) {
    if (c < 2) {
      return null;
    }
    Chunk member = chunks.get(c - 1);
    Chunk body = chunks.get(c - 2);
    Token m = doc.token(member.from());
    if (member.kind() != Chunk.Kind.WORD || !m.text().equals("member") || body.kind() != Chunk.Kind.THING
        && body.kind() != Chunk.Kind.ORG && body.kind() != Chunk.Kind.NAME) {
      return null;
    }
    Token head = doc.token(body.to() - 1);
    if (!head.isCapitalized()) {
      return null;
    }
    String h = head.lower();
    if (LEGISLATIVE_BODIES.contains(h)) {
      return new Title("Lawmaker", List.of(), Title.Kind.LEGISLATOR);
    }
    return EXECUTIVE_BODIES.contains(h) ? new Title("Member", List.of(), Title.Kind.OFFICIAL) : null;
  }

  /** The state of a body chunk, when the gazetteer knows it ("Kenyan Senate" is a THING: none). */
  private static String countryOfBody(Chunk body) {
    return body.kind() == Chunk.Kind.ORG ? ((Organization) body.value()).iso3() : null;
  }

  /** Chunk kinds that name the body a role belongs to: "the opposition Labour Party", "the ruling Frelimo". */
  private static final java.util.EnumSet<Chunk.Kind> BODY_CHUNKS = java.util.EnumSet.of(Chunk.Kind.THING,
      Chunk.Kind.ORG, Chunk.Kind.COUNTRY, Chunk.Kind.DEMONYM, Chunk.Kind.CITY);

  /**
   * "The leader of the opposition Labour Party, Jane Doe, said": the title's body ends at a comma and the name in
   * apposition after it holds the title. The chunk of that name, or -1 when the title's phrase does not end so; the
   * name must close with a comma or dash, as an apposition does ("..., Jane Doe and Kenya agreed" is a list).
   */
  private static int appositiveNameAfterBody(Document doc, List<Chunk> chunks, int n) {
    boolean body = false;
    for (int j = n; j < chunks.size() && j <= n + 6; j++) {
      Chunk ch = chunks.get(j);
      Token t = doc.token(ch.from());
      if (BODY_CHUNKS.contains(ch.kind())) {
        body = true;
      } else if (ch.kind() == Chunk.Kind.WORD && t.is(",")) {
        if (!body || j + 2 >= chunks.size() || !isName(chunks.get(j + 1))) {
          return -1;
        }
        Token close = doc.token(chunks.get(j + 2).from());
        return close.is(",") || close.is("—") ? j + 1 : -1;
      } else if (ch.kind() != Chunk.Kind.WORD || !t.isWord() && !t.is("'s") && !t.is("’s") || t.isCapitalized()
          || isVerbLike(t) || Lexicon.FINITE_VERBS.contains(t.lower())) {
        return -1; // "the ruling", "of the": words of the body's name; a verb or a name means the title ended
      } else {
        body |= Lexicon.THING_WORDS.contains(t.lower()); // "of the governing party"
      }
    }
    return -1;
  }

  private static boolean isName(Chunk ch) {
    return ch.kind() == Chunk.Kind.PERSON || ch.kind() == Chunk.Kind.NAME;
  }

  private static boolean isLinkWord(Token t) {
    String w = t.lower();
    return w.equals("of") || w.equals("to") || w.equals("for") || w.equals("on") || w.equals("with")
        || w.equals("at");
  }

  private static boolean isVerbLike(Token t) {
    String w = t.lower();
    return w.endsWith("ed") || w.equals("is") || w.equals("was") || w.equals("said") || w.equals("says")
        || w.equals("will") || w.equals("has") || w.equals("who");
  }

  // --- bodies ---------------------------------------------------------------------------------

  private void organization(Document doc, List<Chunk> chunks, int c, boolean[] used, ArticleMemory memory,
      List<ActorSpan> out) {
    Chunk k = chunks.get(c);
    Organization org = (Organization) k.value();
    int next = c + 1;
    if (next < chunks.size() && doc.token(chunks.get(next).from()).is("'s")) {
      next++;
    }
    if (next < chunks.size() && chunks.get(next).kind() == Chunk.Kind.TITLE) {
      return; // "NATO Secretary General Mark Rutte": the title takes it.
    }
    if (next < chunks.size() && Lexicon.ROLE_NOUNS.contains(doc.token(chunks.get(next).from()).lower())
        && chunks.get(next).kind() == Chunk.Kind.WORD && (next + 1 >= chunks.size() || !isName(chunks.get(next + 1)))) {
      // "the AU chief said": the person named in the article with a title of that organization.
      List<String> names = new ArrayList<>(org.aliases());
      names.add(0, org.name());
      Entity holder = memory.byTitleNaming(names);
      if (holder != null) {
        int from = c > 0 && doc.token(chunks.get(c - 1).from()).is("the") ? chunks.get(c - 1).from() : k.from();
        for (int u = c; u <= next; u++) {
          used[u] = true;
        }
        out.add(new ActorSpan(from, chunks.get(next).to(), List.of(holder), ActorSpan.Form.TITLE, doc.quoted(from)));
        return;
      }
    }
    if (org.kind() == Organization.Kind.INTERNATIONAL && next < chunks.size() && next == c + 1
        && chunks.get(next).to() - chunks.get(next).from() == 1 && chunks.get(next).kind() == Chunk.Kind.THING
        && Lexicon.SPEAKING_ORGANS.contains(doc.token(chunks.get(next).from()).lower())) {
      // "the CARICOM Secretariat", "the SADC Secretariat": the organization's organ speaks under its own name.
      String organ = doc.token(chunks.get(next).from()).text();
      used[next] = true;
      Entity e = new Entity(org.name() + " " + organ, ActorKind.ORGANIZATION, null, null, true, true);
      out.add(span(doc, k.from(), chunks.get(next).to(), e, ActorSpan.Form.BODY));
      return;
    }
    Country home = gazetteer.country(memory.homeCountry());
    if (org.kind() == Organization.Kind.GOVERNMENT && home != null && org.iso3() != null
        && !org.iso3().equals(home.iso3()) && c > 0 && doc.token(chunks.get(c - 1).from()).is("the")
        && surface(doc, k.from(), k.to()).equals(org.name()) && genericName(org)) {
      // "ISLAMABAD: ... the Foreign Office said": a body of that common name of the state the article reports from.
      String demonym = home.demonyms().isEmpty() ? home.name() : home.demonyms().get(0);
      Entity body = new Entity(demonym + " " + org.name(), ActorKind.ORGANIZATION, null, home.iso3(), false, true);
      out.add(span(doc, k.from(), k.to(), body, ActorSpan.Form.BODY));
      return;
    }
    out.add(span(doc, k.from(), k.to(), orgEntity(org), ActorSpan.Form.BODY));
  }

  /** A body's name that many states use ("Foreign Office", "Home Office"): no state's name or demonym in it. */
  private boolean genericName(Organization org) {
    Country owner = gazetteer.country(org.iso3());
    if (owner == null) {
      return false;
    }
    String name = " " + org.name().toLowerCase(java.util.Locale.ROOT) + " ";
    if (name.contains(" " + owner.name().toLowerCase(java.util.Locale.ROOT) + " ")) {
      return false;
    }
    for (String d : owner.demonyms()) {
      if (name.contains(" " + d.toLowerCase(java.util.Locale.ROOT) + " ")) {
        return false;
      }
    }
    // Only "X Office" / "X Ministry": "the Kremlin", "the State Department" or "the Pentagon" are one state's own.
    String last = lastWord(org.name()).toLowerCase(java.util.Locale.ROOT);
    return org.name().contains(" ") && (last.equals("office") || last.equals("ministry"));
  }

  private Entity orgEntity(Organization org) {
    return new Entity(org.name(), ActorKind.ORGANIZATION, null,
        org.kind() == Organization.Kind.INTERNATIONAL ? null : org.iso3(), true, true);
  }

  private void countryOrDemonym(Document doc, List<Chunk> chunks, int c, boolean[] used, ArticleMemory memory,
      List<ActorSpan> out) {
    Chunk k = chunks.get(c);
    Country country = (Country) k.value();
    int next = c + 1;
    if (next < chunks.size() && doc.token(chunks.get(next).from()).is("'s")) {
      next++;
    }
    if (next < chunks.size() && chunks.get(next).kind() == Chunk.Kind.TITLE) {
      return;
    }
    // "his South Korean counterpart Cho Tae-yul", "his Ugandan counterpart, Jeje Odongo,"
    int counterpartName = next + 1;
    if (counterpartName + 1 < chunks.size() && doc.token(chunks.get(counterpartName).from()).is(",")
        && isName(chunks.get(counterpartName + 1))) {
      counterpartName++;
    }
    if (counterpartName < chunks.size() && doc.token(chunks.get(next).from()).lower().startsWith("counterpart")
        && isName(chunks.get(counterpartName))) {
      used[next] = true;
      // An unknown counterpart holds the role of the one whose counterpart he is (a minister's is a minister).
      Entity owner = chunks.get(counterpartName).kind() == Chunk.Kind.NAME ? pronounReferent(out, memory) : null;
      Title role = owner == null || owner.title() == null ? null : gazetteer.title(owner.title());
      if (person(doc, chunks, counterpartName, used, role, country.iso3(), false, k.from(), memory, out)) {
        used[c] = true;
        return;
      }
    }
    // "the Kenyan leader said": the state's head of state or government named before.
    if (next < chunks.size() && chunks.get(next).kind() == Chunk.Kind.WORD
        && doc.token(chunks.get(next).from()).is("leader") && c > 0 && doc.token(chunks.get(c - 1).from()).is("the")
        && (next + 1 >= chunks.size() || !isName(chunks.get(next + 1)))) {
      Entity leader = memory.leaderOf(country.iso3());
      if (leader != null) {
        used[c] = true;
        used[next] = true;
        int from = chunks.get(c - 1).from();
        out.add(new ActorSpan(from, chunks.get(next).to(), List.of(leader), ActorSpan.Form.TITLE, doc.quoted(from)));
        return;
      }
    }
    // "South Africa's Department of International Relations and Cooperation": the state's own body, one mention.
    if (next < chunks.size() && chunks.get(next).kind() == Chunk.Kind.ORG) {
      Organization org = (Organization) chunks.get(next).value();
      if (org.kind() == Organization.Kind.GOVERNMENT) {
        for (int u = c; u <= next; u++) {
          used[u] = true;
        }
        Entity body = orgEntity(org);
        if (!country.iso3().equals(org.iso3())) {
          // "Pakistan's Foreign Office": another state's body of the same generic name.
          String demonym = country.demonyms().isEmpty() ? country.name() : country.demonyms().get(0);
          String words = surface(doc, chunks.get(next).from(), chunks.get(next).to());
          body = new Entity(demonym + " " + words, ActorKind.ORGANIZATION, null, country.iso3(), false, true);
        }
        out.add(span(doc, k.from(), chunks.get(next).to(), body, ActorSpan.Form.BODY));
        return;
      }
    }
    // "the Chinese Foreign Ministry", "Japan's Ministry of Defense", "the Ethiopian government".
    int bodyEnd = bodyPhraseEnd(doc, chunks, next);
    String demonym = country.demonyms().isEmpty() ? country.name() : country.demonyms().get(0);
    if (bodyEnd > 0) {
      String head = doc.token(chunks.get(bodyEnd - 1).to() - 1).lower();
      if (Lexicon.POSTED_BODIES.contains(head) && bodyEnd + 1 < chunks.size()
          && doc.token(chunks.get(bodyEnd).from()).is("in") && chunks.get(bodyEnd + 1).kind() == Chunk.Kind.CITY) {
        bodyEnd += 2; // "Japan's embassy in Kuala Lumpur": one mission among the state's many
      }
      String words = surface(doc, chunks.get(next).from(), chunks.get(bodyEnd - 1).to());
      for (int u = c; u < bodyEnd; u++) {
        used[u] = true;
      }
      Entity body = new Entity(demonym + " " + words, ActorKind.ORGANIZATION, null, country.iso3(), false, true);
      out.add(span(doc, k.from(), chunks.get(bodyEnd - 1).to(), body, ActorSpan.Form.BODY));
      return;
    }
    int groupEnd = groupPhraseEnd(doc, chunks, next);
    if (groupEnd > 0) {
      String noun = doc.token(chunks.get(groupEnd - 1).from()).lower();
      for (int u = c; u < groupEnd; u++) {
        used[u] = true;
      }
      Entity group = new Entity(demonym + " " + noun, ActorKind.GROUP, null, country.iso3(), false, true);
      out.add(span(doc, k.from(), chunks.get(groupEnd - 1).to(), group, ActorSpan.Form.BODY));
      return;
    }
    if (k.kind() == Chunk.Kind.COUNTRY && !afterLocative(doc, k.from())) {
      Entity e = new Entity(country.name(), ActorKind.COUNTRY, null, country.iso3(), true, true);
      out.add(span(doc, k.from(), k.to(), e, ActorSpan.Form.BODY));
    }
  }

  /** "Foreign Ministry", "Ministry of Foreign Affairs", "government", "presidential office": its end, or -1. */
  private int bodyPhraseEnd(Document doc, List<Chunk> chunks, int from) {
    for (int j = from; j < chunks.size() && j < from + 4; j++) {
      Chunk ch = chunks.get(j);
      if (ch.kind() != Chunk.Kind.WORD && ch.kind() != Chunk.Kind.THING && ch.kind() != Chunk.Kind.NAME) {
        return -1;
      }
      Token last = doc.token(ch.to() - 1);
      if (!last.isWord()) {
        return -1;
      }
      if (Lexicon.bodyHead(doc.tokens(), ch.to() - 1, ch.from())
          || last.isCapitalized() && Lexicon.SEATS.contains(last.lower())) {
        int end = j + 1;
        // "Ministry of Foreign Affairs"
        if (end + 1 < chunks.size() && doc.token(chunks.get(end).from()).is("of")
            && doc.token(chunks.get(end + 1).from()).isCapitalized()
            && chunks.get(end + 1).kind() != Chunk.Kind.COUNTRY) {
          end += 2;
          while (end < chunks.size() && doc.token(chunks.get(end).from()).isCapitalized()
              && chunks.get(end).kind() != Chunk.Kind.COUNTRY && end < j + 6) {
            end++;
          }
        }
        return end;
      }
      if (!last.isCapitalized() && !last.lower().equals("foreign") && !last.lower().equals("presidential")
          && !last.lower().equals("press")
          && !last.lower().equals("defense") && !last.lower().equals("defence")) {
        return -1;
      }
    }
    return -1;
  }

  private int groupPhraseEnd(Document doc, List<Chunk> chunks, int from) {
    for (int j = from; j < chunks.size() && j < from + 3; j++) {
      Chunk ch = chunks.get(j);
      Token t = doc.token(ch.from());
      if (ch.kind() == Chunk.Kind.WORD && Lexicon.GROUP_NOUNS.contains(t.lower())) {
        return j + 1;
      }
      if (ch.kind() != Chunk.Kind.WORD || !t.isWord()) {
        return -1;
      }
      if (!SKIPPABLE_MODIFIERS.contains(t.lower()) && !t.lower().equals("government") && !t.lower().equals("military")
          && !t.lower().equals("foreign") && !t.lower().equals("defense") && !t.lower().equals("security")) {
        return -1;
      }
    }
    return -1;
  }

  /** A capital used for its government ("Moscow said", "Washington and Beijing"). */
  private void capital(Document doc, List<Chunk> chunks, int c, boolean[] used, List<ActorSpan> out) {
    Chunk k = chunks.get(c);
    Country country = capitalOf((City) k.value());
    boolean source = k.from() >= 2 && doc.token(k.from() - 1).is("to") && doc.token(k.from() - 2).is("according");
    if (country == null || afterLocative(doc, k.from()) && !source) {
      return; // "according to Seoul" is the government speaking, "flew to Seoul" a place
    }
    int next = c + 1;
    if (next < chunks.size() && (chunks.get(next).kind() == Chunk.Kind.THING || chunks.get(next).kind() == Chunk.Kind.NAME)) {
      return; // "Munich Security Conference", "Washington Post"
    }
    if (k.to() < doc.sentenceOf(k.from()).to()) {
      Token after = doc.token(k.to());
      if (after.isWord() && !after.isCapitalized() && !METONYM_VERBS.contains(after.lower())) {
        return; // "a Madrid think tank": a modifier, not the government
      }
    }
    // "Seoul's presidential office", "Beijing's foreign ministry": the state's body.
    if (next + 1 < chunks.size() && doc.token(chunks.get(next).from()).is("'s")) {
      int end = bodyPhraseEnd(doc, chunks, next + 1);
      if (end > 0) {
        String demonym = country.demonyms().isEmpty() ? country.name() : country.demonyms().get(0);
        String words = surface(doc, chunks.get(next + 1).from(), chunks.get(end - 1).to());
        Entity body = new Entity(demonym + " " + words, ActorKind.ORGANIZATION, null, country.iso3(), false, true);
        for (int u = c; u < end; u++) {
          used[u] = true;
        }
        out.add(span(doc, k.from(), chunks.get(end - 1).to(), body, ActorSpan.Form.BODY));
        return;
      }
    }
    Entity e = new Entity(country.name(), ActorKind.COUNTRY, null, country.iso3(), true, true);
    out.add(span(doc, k.from(), k.to(), e, ActorSpan.Form.BODY));
  }

  private Country capitalOf(City city) {
    Country c = gazetteer.country(city.iso3());
    return c != null && c.capital().equals(city.name()) ? c : null;
  }

  private static boolean afterLocative(Document doc, int from) {
    int s = doc.sentenceOf(from).from();
    for (int i = from - 1; i >= s && i >= from - 3; i--) {
      Token t = doc.token(i);
      if (LOCATIVE.contains(t.lower())) {
        return !t.lower().equals("and") || afterLocative(doc, i);
      }
      if (!t.isWord() && !t.is(",")) {
        return false;
      }
      if (t.is(",")) {
        continue;
      }
      if (!t.lower().equals("the") && !t.isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  // --- pronouns and references ----------------------------------------------------------------

  /** The state "its" refers to: the last state named in this sentence, else the one that opened the last sentence. */
  private static Entity stateForIts(List<ActorSpan> out, ArticleMemory memory) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Entity e = out.get(i).entity();
      if (!out.get(i).quoted() && e != null && e.kind() != ActorKind.PERSON) {
        // "Tallinn would ask NATO to extend its mission": the nearest body is whose; only a state has ministries
        return e.kind() == ActorKind.COUNTRY ? e : null;
      }
    }
    return memory.lastStateSubject();
  }

  /** Whom "he", "she" or "his" refers to: the sentence's first person outside quotes, else the last subject. */
  private static Entity pronounReferent(List<ActorSpan> out, ArticleMemory memory) {
    for (ActorSpan a : out) {
      if (!a.quoted() && a.entity() != null && a.entity().kind() == ActorKind.PERSON) {
        return a.entity();
      }
    }
    return memory.lastSubject();
  }

  private void word(Document doc, List<Chunk> chunks, int c, boolean[] used, ArticleMemory memory,
      List<ActorSpan> out) {
    Chunk k = chunks.get(c);
    Token t = doc.token(k.from());
    String w = t.lower();
    boolean quoted = doc.quoted(k.from());
    if (Lexicon.SINGULAR_PRONOUNS.contains(w)) {
      Entity e = pronounReferent(out, memory);
      out.add(new ActorSpan(k.from(), k.to(), e == null ? List.of() : List.of(e), ActorSpan.Form.PRONOUN, quoted));
      return;
    }
    // "his ministry said": the ministry the person "his" refers to heads ("Foreign Minister X" → foreign ministry).
    if ((w.equals("his") || w.equals("her")) && c + 1 < chunks.size()
        && doc.token(chunks.get(c + 1).from()).lower().equals("ministry")) {
      Entity owner = pronounReferent(out, memory);
      Country ct = owner == null ? null : gazetteer.country(owner.country());
      if (ct != null) {
        String demonym = ct.demonyms().isEmpty() ? ct.name() : ct.demonyms().get(0);
        String ministry = owner.title() != null && owner.title().endsWith(" Minister")
            ? owner.title().substring(0, owner.title().length() - " Minister".length()) + " Ministry" : "ministry";
        used[c + 1] = true;
        Entity body = new Entity(demonym + " " + ministry, ActorKind.ORGANIZATION, null, ct.iso3(), false, true);
        out.add(new ActorSpan(k.from(), chunks.get(c + 1).to(), List.of(body), ActorSpan.Form.BODY, quoted));
        return;
      }
    }
    // "Belarus denied it. Its defense ministry said ...": the body of the state "its" refers to.
    if (w.equals("its") && c + 1 < chunks.size()) {
      int end = bodyPhraseEnd(doc, chunks, c + 1);
      Entity state = end > 0 ? stateForIts(out, memory) : null;
      Country ct = state == null ? null : gazetteer.country(state.country());
      if (ct != null) {
        String demonym = ct.demonyms().isEmpty() ? ct.name() : ct.demonyms().get(0);
        String words = surface(doc, chunks.get(c + 1).from(), chunks.get(end - 1).to());
        for (int u = c; u < end; u++) {
          used[u] = true;
        }
        Entity body = new Entity(demonym + " " + words, ActorKind.ORGANIZATION, null, ct.iso3(), false, true);
        out.add(new ActorSpan(k.from(), chunks.get(end - 1).to(), List.of(body), ActorSpan.Form.BODY, quoted));
        return;
      }
    }
    // "his office announced": the office of the person "his" refers to.
    if ((w.equals("his") || w.equals("her")) && c + 1 < chunks.size()
        && PERSONAL_BODY_NOUNS.contains(doc.token(chunks.get(c + 1).from()).lower())) {
      Entity owner = pronounReferent(out, memory);
      if (owner != null) {
        Token noun = doc.token(chunks.get(c + 1).from());
        used[c + 1] = true;
        String name = owner.surname() + "'s " + capitalize(noun.lower());
        Entity body = new Entity(name, ActorKind.ORGANIZATION, null, owner.country(), false, true);
        out.add(new ActorSpan(k.from(), chunks.get(c + 1).to(), List.of(body), ActorSpan.Form.BODY, quoted));
        return;
      }
    }
    if (Lexicon.PLURAL_PRONOUNS.contains(w)) {
      // "The leaders of the bloc are due to meet in Bamako, where they ...": the group this sentence named.
      Entity group = null;
      for (ActorSpan a : out) {
        if (!a.quoted() && a.from() < k.from() && a.entity() != null && a.entity().kind() == ActorKind.GROUP) {
          group = a.entity();
        }
      }
      List<Entity> refs = group != null ? List.of(group) : memory.lastGroup();
      out.add(new ActorSpan(k.from(), k.to(), refs, ActorSpan.Form.PLURAL, quoted));
      return;
    }
    if (w.equals("the") && c + 1 < chunks.size() && anaphoricBody(doc, chunks, c, used, memory, out)) {
      return;
    }
    if ((Lexicon.GROUP_NOUNS.contains(w) || Lexicon.GROUP_MODIFIERS.contains(w)) && groupOf(doc, chunks, c, used, out)) {
      return;
    }
    if (w.equals("officials") && officialsInCapital(doc, chunks, c, c + 1, used, out)) {
      return;
    }
    if ((w.equals("the") || w.equals("both")) && c + 1 < chunks.size()) {
      int j = c + 1;
      Token n1 = doc.token(chunks.get(j).from());
      boolean counted = n1.lower().equals("two") || n1.lower().equals("three") || w.equals("both");
      if ((n1.lower().equals("two") || n1.lower().equals("three")) && j + 1 < chunks.size()) {
        Token n2 = doc.token(chunks.get(j + 1).from());
        if (Lexicon.PLURAL_HEADS.contains(n2.lower()) || n2.lower().equals("asian") || n2.lower().equals("european")) {
          j++;
          if (!Lexicon.PLURAL_HEADS.contains(n2.lower()) && j + 1 < chunks.size()
              && Lexicon.PLURAL_HEADS.contains(doc.token(chunks.get(j + 1).from()).lower())) {
            j++;
          }
        }
      }
      Token head = doc.token(chunks.get(j).from());
      boolean plural = (counted && Lexicon.PLURAL_HEADS.contains(head.lower()))
          || head.lower().equals("trio") || head.lower().equals("pair");
      if (plural && chunks.get(j).kind() == Chunk.Kind.WORD) {
        for (int u = c; u <= j; u++) {
          used[u] = true;
        }
        int count = n1.lower().equals("three") || head.lower().equals("trio") ? 3 : 2;
        out.add(new ActorSpan(k.from(), chunks.get(j).to(), pluralReferents(head.lower(), count, memory),
            ActorSpan.Form.PLURAL, quoted));
        return;
      }
    }
    // "European leaders", "Western officials"
    if (Lexicon.REGION_ADJECTIVES.contains(w) && t.isCapitalized() && c + 1 < chunks.size()) {
      int end = groupPhraseEnd(doc, chunks, c + 1);
      if (end > 0) {
        String name = t.text() + " " + doc.token(chunks.get(end - 1).from()).lower();
        for (int u = c; u < end; u++) {
          used[u] = true;
        }
        Entity g = new Entity(name, ActorKind.GROUP, null, null, false, true);
        out.add(span(doc, k.from(), chunks.get(end - 1).to(), g, ActorSpan.Form.BODY));
        return;
      }
    }
    // "the presidential office in Seoul", "the Government of South Africa"
    if (Lexicon.BODY_NOUNS.contains(w) && c + 2 < chunks.size()) {
      Token link = doc.token(chunks.get(c + 1).from());
      Chunk place = chunks.get(c + 2);
      Country country = null;
      if ((link.is("in") || link.is("of")) && place.kind() == Chunk.Kind.CITY) {
        country = capitalOf((City) place.value());
      } else if (link.is("of") && place.kind() == Chunk.Kind.COUNTRY) {
        country = (Country) place.value();
      }
      if (country != null) {
        int from = k.from();
        while (from > doc.sentenceOf(k.from()).from() && doc.token(from - 1).isWord()
            && !doc.token(from - 1).is("the") && from > k.from() - 3 && !isSpanEnd(out, from - 1)) {
          from--;
        }
        String words = capitalize(surface(doc, from, k.to()));
        String demonym = country.demonyms().isEmpty() ? country.name() : country.demonyms().get(0);
        used[c + 1] = true;
        used[c + 2] = true;
        Entity body = new Entity(demonym + " " + words, ActorKind.ORGANIZATION, null, country.iso3(), false, true);
        out.add(span(doc, from, place.to(), body, ActorSpan.Form.BODY));
      }
    }
  }

  /**
   * Who "the two ministers", "both leaders", "the three presidents" are: the people of the last sentence that named
   * several, unless one of them is known to hold another role ("Ruto and his spokesman ... the two leaders"); then
   * the last {@code count} people named who hold that role, if there are that many.
   */
  private List<Entity> pluralReferents(String head, int count, ArticleMemory memory) {
    java.util.function.Predicate<Entity> role = roleOfPlural(head);
    List<Entity> group = memory.lastGroup();
    if (role == null || group.stream().allMatch(e -> e.title() == null || role.test(e))) {
      return group;
    }
    List<Entity> holders = new ArrayList<>();
    List<Entity> recent = memory.recentPeople();
    for (int i = recent.size() - 1; i >= 0 && holders.size() <= count; i--) {
      Entity e = recent.get(i);
      if (e.title() != null && role.test(e)) {
        holders.add(0, e);
      }
    }
    return holders.size() == count ? List.copyOf(holders) : group;
  }

  /** The role a plural head noun names ("ministers": a minister's title), or null when it names none ("sides"). */
  private java.util.function.Predicate<Entity> roleOfPlural(String head) {
    java.util.function.Predicate<Title.Kind> kinds = switch (head) {
      case "ministers" -> k -> k == Title.Kind.MINISTER;
      case "leaders", "presidents" -> k -> k == Title.Kind.HEAD_OF_STATE || k == Title.Kind.HEAD_OF_GOVERNMENT
          || k == Title.Kind.ROYAL;
      case "envoys", "diplomats" -> k -> k == Title.Kind.DIPLOMAT || k == Title.Kind.MINISTER;
      default -> null;
    };
    if (kinds == null) {
      return null;
    }
    return e -> {
      Title t = gazetteer.title(e.title());
      return t != null && kinds.test(t.kind()) && (!head.equals("presidents") || t.title().startsWith("President"));
    };
  }

  /**
   * "the bloc", "the regional bloc's commission", "the ministry", "the ministers": a body or group named
   * before. A bloc is the international organization named last; another head noun the organization or
   * group named last whose name ends with it. True when it added a span.
   */
  private boolean anaphoricBody(Document doc, List<Chunk> chunks, int c, boolean[] used, ArticleMemory memory,
      List<ActorSpan> out) {
    int j = c + 1;
    while (j < chunks.size() && j <= c + 3 && chunks.get(j).kind() == Chunk.Kind.WORD
        && Lexicon.BODY_ADJECTIVES.contains(doc.token(chunks.get(j).from()).lower())) {
      j++;
    }
    if (j >= chunks.size() || chunks.get(j).to() - chunks.get(j).from() != 1) {
      return false;
    }
    Token head = doc.token(chunks.get(j).from());
    String h = head.lower();
    if (!head.isWord() || j + 1 < chunks.size() && chunks.get(j + 1).kind() != Chunk.Kind.WORD) {
      return false; // "the ministry of Defense", "the bloc NATO": a name follows, not an anaphor
    }
    if (head.isCapitalized() && j + 2 < chunks.size() && doc.token(chunks.get(j + 1).from()).is("of")
        && (doc.token(chunks.get(j + 2).from()).isCapitalized() && !doc.token(chunks.get(j + 2).from()).is("the")
            || j + 3 < chunks.size() && doc.token(chunks.get(j + 2).from()).is("the")
                && chunks.get(j + 3).kind() == Chunk.Kind.TITLE)) {
      return false; // "the Ministry of Foreign Affairs", "the Office of the President": a body's full name, read whole
    }
    String qualifier = null;
    for (int a = c + 1; a < j; a++) {
      String adj = doc.token(chunks.get(a).from()).lower();
      if (Lexicon.BODY_QUALIFIERS.contains(adj)) {
        qualifier = adj.equals("defence") ? "defense" : adj;
      }
    }
    Entity e;
    if (Lexicon.BLOC_NOUNS.contains(h)) {
      e = lastInternationalOrganization(out, memory);
    } else if (Lexicon.BODY_NOUNS.contains(h) || Lexicon.GROUP_NOUNS.contains(h) || Lexicon.ORGANS.contains(h)) {
      e = h.equals("ministry") && qualifier == null ? ministryOfSubject(doc, out, memory) : null;
      if (e == null) {
        e = lastBodyByHead(h, qualifier, out, memory); // "the commission" after "the European Commission"
      }
      if (e == null) {
        e = bodyInHoldersTitle(h, out, memory);
      }
      // "the Foreign Ministry", "the foreign ministry", "the presidency": one body of the state; a bare "the ministry"
      // or "the government" could be any state's, so only a qualifier, a capital or a unique body makes it home.
      if (e == null && Lexicon.BODY_NOUNS.contains(h) && chunks.get(j).kind() != Chunk.Kind.ORG
          && (head.isCapitalized() || qualifier != null || h.equals("presidency") || h.equals("palace"))) {
        // "the Kremlin", "the palace" are one state's
        e = homeBody(doc, chunks.get(c + 1).from(), chunks.get(j).to(), memory);
      }
    } else {
      return false;
    }
    if (e == null) {
      return false;
    }
    int end = j + 1;
    // "the bloc's commission": the organ of the organization.
    if (e.kind() == ActorKind.ORGANIZATION && end + 1 < chunks.size() && doc.token(chunks.get(end).from()).is("'s")
        && chunks.get(end + 1).to() - chunks.get(end + 1).from() == 1
        && Lexicon.ORGANS.contains(doc.token(chunks.get(end + 1).from()).lower())) {
      String organ = capitalize(doc.token(chunks.get(end + 1).from()).lower());
      e = new Entity(e.name() + " " + organ, ActorKind.ORGANIZATION, null, e.country(), false, true);
      end += 2;
    }
    for (int u = c; u < end; u++) {
      used[u] = true;
    }
    out.add(span(doc, chunks.get(c).from(), chunks.get(end - 1).to(), e, ActorSpan.Form.BODY));
    return true;
  }

  /** "Prime Minister X spoke to Y, the PM Office said": the sentence's subject holds the title, so it is X's office. */
  private static Entity subjectHolding(Document doc, String titleHead, List<ActorSpan> out) {
    for (ActorSpan a : out) {
      Entity e = a.entity();
      if (a.quoted() || e == null) {
        continue;
      }
      boolean holds = e.kind() == ActorKind.PERSON && e.title() != null
          && lastWord(e.title()).equalsIgnoreCase(titleHead);
      return holds && opensClause(doc, a.from()) ? e : null;
    }
    return null;
  }

  /**
   * Where a sentence starts after a live blog's timestamp ("11:20 - ", "09:10 — "): the token after its dash, or the
   * sentence's first token when it opens with none.
   */
  public static int afterTimestamp(Document doc, Sentence s) {
    int i = s.from();
    while (i < s.to() && i < s.from() + 4 && isClockPart(doc.token(i).text())
        && (i > s.from() || Character.isDigit(doc.token(i).text().charAt(0)))) {
      i++;
    }
    if (i == s.from() || i + 1 >= s.to()) {
      return s.from();
    }
    String dash = doc.token(i).text();
    return dash.equals("-") || dash.equals("—") || dash.equals("–") || dash.equals("|") ? i + 1 : s.from();
  }

  private static boolean isClockPart(String t) {
    for (int k = 0; k < t.length(); k++) {
      char ch = t.charAt(k);
      if (!Character.isDigit(ch) && ch != ':' && ch != '.' && ch != 'h') {
        return false;
      }
    }
    return !t.isEmpty();
  }

  /** The token opens its sentence, or follows a short fronted adverbial ("Separately, ", "On Monday, "). */
  private static boolean opensClause(Document doc, int from) {
    int start = afterTimestamp(doc, doc.sentenceOf(from));
    if (from == start) {
      return true;
    }
    if (!doc.token(from - 1).is(",") || from - 1 - start > 4) {
      return false;
    }
    for (int k = start; k < from - 1; k++) {
      if (!doc.token(k).isWord() || Lexicon.FINITE_VERBS.contains(doc.token(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Egypt's foreign minister will travel to Washington, the ministry said": a bare "the ministry" after a minister
   * who opens the sentence is that minister's ministry, not whichever ministry was named last. Null when the
   * sentence opens with no minister of a known state.
   */
  private Entity ministryOfSubject(Document doc, List<ActorSpan> out, ArticleMemory memory) {
    for (ActorSpan a : out) {
      Entity e = a.entity();
      if (a.quoted() || e == null) {
        continue;
      }
      if (!opensClause(doc, a.from())) {
        return null; // "The talks were led by Kenya's defence minister, the ministry said": no subject
      }
      Title role = e.kind() == ActorKind.PERSON && e.title() != null ? gazetteer.title(e.title()) : null;
      String office = role != null && role.kind() == Title.Kind.MINISTER ? role.title()
          : e.kind() == ActorKind.PERSON && e.title() != null && role == null ? e.title() : null;
      if (office == null || !office.endsWith(" Minister") || office.length() == " Minister".length()) {
        return null; // the sentence opens with someone else: its subject is no minister
      }
      // "Trade and Industry Minister X ... He will sign ..., the ministry said": the subject's own ministry, of the
      // state named with him (a guess at a state would name another state's ministry).
      String country = e.country();
      String qualifier = office.toLowerCase(java.util.Locale.ROOT).replace(" minister", "");
      Entity named = memory.lastBodyByHead("ministry", qualifier, country);
      if (named != null) {
        return named;
      }
      if (role != null && country != null) {
        return officeOf(e, role, country, memory);
      }
      Country ct = gazetteer.country(country);
      String ministry = office.substring(0, office.length() - " Minister".length()) + " Ministry";
      return new Entity(ct == null ? ministry : demonymOf(ct) + " " + ministry, ActorKind.ORGANIZATION, null,
          ct == null ? null : ct.iso3(), false, true);
    }
    return null;
  }

  /**
   * "The Commission said" after "European Commission President X": the body a person just named heads by the
   * title ("President of the European Commission"), or null.
   */
  private static Entity bodyInHoldersTitle(String head, List<ActorSpan> out, ArticleMemory memory) {
    List<Entity> people = new ArrayList<>();
    for (int i = out.size() - 1; i >= 0; i--) {
      if (!out.get(i).quoted() && out.get(i).entity() != null) {
        people.add(out.get(i).entity());
      }
    }
    if (memory.lastSubject() != null) {
      people.add(memory.lastSubject());
    }
    for (Entity p : people) {
      String title = p.kind() == ActorKind.PERSON ? p.title() : null;
      int of = title == null ? -1 : title.indexOf(" of the ");
      if (of > 0 && title.toLowerCase(java.util.Locale.ROOT).endsWith(" " + head)) {
        return new Entity(title.substring(of + " of the ".length()), ActorKind.ORGANIZATION, null, p.country(),
            p.country() == null, true);
      }
    }
    return null;
  }

  /**
   * "The Foreign Ministry said", with no ministry named before: the body of the state the article reports from
   * (its dateline's, or that of the leaders it names without a country), or null when that is not plain.
   */
  private Entity homeBody(Document doc, int from, int to, ArticleMemory memory) {
    Country home = gazetteer.country(memory.homeCountry());
    if (home == null) {
      return null;
    }
    String demonym = home.demonyms().isEmpty() ? home.name() : home.demonyms().get(0);
    return new Entity(demonym + " " + surface(doc, from, to), ActorKind.ORGANIZATION, null, home.iso3(), false, true);
  }

  /**
   * "Foreign ministers of the Association of Southeast Asian Nations", "leaders of the G7": a group named by
   * the organization it belongs to, and known through it.
   */
  private boolean groupOf(Document doc, List<Chunk> chunks, int c, boolean[] used, List<ActorSpan> out) {
    int j = c;
    while (j < chunks.size() && j < c + 3 && Lexicon.GROUP_MODIFIERS.contains(doc.token(chunks.get(j).from()).lower())) {
      j++;
    }
    if (j + 2 >= chunks.size() || !Lexicon.GROUP_NOUNS.contains(doc.token(chunks.get(j).from()).lower())
        || !doc.token(chunks.get(j + 1).from()).is("of")) {
      return false;
    }
    int o = j + 2;
    if (doc.token(chunks.get(o).from()).is("the") && o + 1 < chunks.size()) {
      o++;
    }
    Chunk owner = chunks.get(o);
    String roles = surface(doc, chunks.get(c).from(), chunks.get(j).to()).toLowerCase(java.util.Locale.ROOT);
    Entity g;
    if (owner.kind() == Chunk.Kind.ORG) {
      Organization org = (Organization) owner.value();
      boolean international = org.kind() == Organization.Kind.INTERNATIONAL;
      g = new Entity(org.name() + " " + roles, ActorKind.GROUP, null, international ? null : org.iso3(), international,
          true);
    } else {
      // "the leaders of South Korea and Japan" are the states' people, counted and named as such
      return false;
    }
    for (int u = c; u <= o; u++) {
      used[u] = true;
    }
    out.add(span(doc, chunks.get(c).from(), owner.to(), g, ActorSpan.Form.BODY));
    return true;
  }

  /** "the Ministry of Foreign Affairs of Kenya", "the Department of Foreign Affairs of the Philippines". */
  /**
   * "the Interior Ministry (MOI) reported", "the Foreign Affairs Ministry said": a capitalized body of no named state
   * after "the" is that body of the state named before with it, else of the article's home state.
   */
  private void homeBodyByName(Document doc, List<Chunk> chunks, int c, boolean[] used, ArticleMemory memory,
      List<ActorSpan> out) {
    Chunk k = chunks.get(c);
    String head = doc.token(k.to() - 1).lower();
    int b = c - 1;
    while (b >= 0 && b >= c - 2 && chunks.get(b).kind() == Chunk.Kind.WORD && !used[b]
        && doc.token(chunks.get(b).from()).isWord() && doc.token(chunks.get(b).from()).isCapitalized()
        && !doc.token(chunks.get(b).from()).is("the")) {
      b--; // "the Foreign | Affairs Ministry": a capitalized word the chunker left on its own
    }
    int from = b + 1 < c ? chunks.get(b + 1).from() : k.from();
    if (b < 0 || !doc.token(chunks.get(b).from()).is("the") || !Lexicon.bodyHead(doc.tokens(), k.to() - 1, from)
        || k.to() - from < 2 || k.to() - from > 4) {
      return; // "the Ministry" alone is an anaphor, handled with "the"
    }
    for (int t = from; t < k.to(); t++) {
      if (!doc.token(t).isCapitalized()) {
        return;
      }
    }
    String qualifier = doc.token(from).lower();
    qualifier = qualifier.equals("defence") ? "defense" : qualifier;
    Entity e = memory.lastBodyByHead(head, qualifier, memory.homeCountry());
    Country state = e == null ? stateOfClause(out, memory) : null;
    if (state != null) {
      e = new Entity(demonymOf(state) + " " + surface(doc, from, k.to()), ActorKind.ORGANIZATION, null, state.iso3(),
          false, true);
    }
    if (e != null) {
      for (int u = b; u <= c; u++) {
        used[u] = true;
      }
      out.add(span(doc, chunks.get(b).from(), k.to(), e, ActorSpan.Form.BODY));
    }
  }

  private void bodyOfState(Document doc, List<Chunk> chunks, int c, boolean[] used, ArticleMemory memory,
      List<ActorSpan> out) {
    Chunk k = chunks.get(c);
    if (!Lexicon.BODY_NOUNS.contains(doc.token(k.from()).lower())) {
      homeBodyByName(doc, chunks, c, used, memory, out);
      return;
    }
    // The body's own name runs over capitalized words and "of"/"and": "Ministry of Foreign Affairs".
    int nameEnd = c + 1;
    if (nameEnd + 2 < chunks.size() && doc.token(chunks.get(nameEnd).from()).is("of")
        && doc.token(chunks.get(nameEnd + 1).from()).is("the") && chunks.get(nameEnd + 2).kind() == Chunk.Kind.TITLE
        && leaderTitle((Title) chunks.get(nameEnd + 2).value()) && doc.token(chunks.get(nameEnd + 2).from()).isCapitalized()
        && (nameEnd + 3 >= chunks.size() || !isName(chunks.get(nameEnd + 3)))) {
      nameEnd += 3; // "the Office of the President": the head of state's own body, not "the president" named before
    }
    while (nameEnd + 1 < chunks.size() && nameEnd < c + 6
        && (doc.token(chunks.get(nameEnd).from()).is("of") || doc.token(chunks.get(nameEnd).from()).is("and"))
        && chunks.get(nameEnd + 1).kind() != Chunk.Kind.COUNTRY && !doc.token(chunks.get(nameEnd + 1).from()).is("the")
        && doc.token(chunks.get(nameEnd + 1).from()).isCapitalized()) {
      nameEnd += 2;
      while (nameEnd < chunks.size() && nameEnd < c + 7 && doc.token(chunks.get(nameEnd).from()).isCapitalized()
          && chunks.get(nameEnd).kind() != Chunk.Kind.COUNTRY) {
        nameEnd++;
      }
    }
    if (nameEnd + 1 >= chunks.size() || !doc.token(chunks.get(nameEnd).from()).is("of")) {
      if (nameEnd > c + 1) {
        stateBodyByName(doc, chunks, c, nameEnd, used, memory, out);
      } else {
        homeBodyByName(doc, chunks, c, used, memory, out);
      }
      return;
    }
    int o = nameEnd + 1;
    if (doc.token(chunks.get(o).from()).is("the") && o + 1 < chunks.size()) {
      o++;
    }
    if (chunks.get(o).kind() != Chunk.Kind.COUNTRY) {
      return;
    }
    Country country = (Country) chunks.get(o).value();
    String demonym = country.demonyms().isEmpty() ? country.name() : country.demonyms().get(0);
    for (int u = c; u <= o; u++) {
      used[u] = true;
    }
    String name = surface(doc, k.from(), chunks.get(nameEnd - 1).to());
    Entity body = new Entity(demonym + " " + name, ActorKind.ORGANIZATION, null, country.iso3(), false, true);
    out.add(span(doc, k.from(), chunks.get(o).to(), body, ActorSpan.Form.BODY));
  }

  /**
   * "the Ministry of Foreign Affairs said", "the Office of the President confirmed": a body's full name with no state
   * after it is that body of the state named before with it, else of the state the article is about ({@link
   * #stateOfClause}); the whole name is kept ("Nepali Ministry of Foreign Affairs", not "Nepali Ministry").
   */
  private void stateBodyByName(Document doc, List<Chunk> chunks, int c, int nameEnd, boolean[] used,
      ArticleMemory memory, List<ActorSpan> out) {
    Chunk k = chunks.get(c);
    int to = chunks.get(nameEnd - 1).to();
    int from = c > 0 && doc.token(chunks.get(c - 1).from()).is("the") && !used[c - 1] ? chunks.get(c - 1).from()
        : k.from();
    String head = doc.token(k.from()).lower();
    String qualifier = null;
    for (int t = k.to(); t < to; t++) {
      String w = doc.token(t).lower();
      if (Lexicon.BODY_QUALIFIERS.contains(w) && qualifier == null) {
        qualifier = w.equals("defence") ? "defense" : w;
      }
    }
    String words = surface(doc, k.from(), to);
    Country state = stateOfClause(out, memory);
    Entity e = memory.lastBodyByHead(head, qualifier, state == null ? null : state.iso3());
    if (e == null || !ArticleMemory.hasWord(e.name(), lastWord(words))) {
      e = state == null ? new Entity(words, ActorKind.ORGANIZATION, null, null, false, true)
          : new Entity(demonymOf(state) + " " + words, ActorKind.ORGANIZATION, null, state.iso3(), false, true);
    }
    for (int u = c; u < nameEnd; u++) {
      used[u] = true;
    }
    if (from < k.from()) {
      used[c - 1] = true;
    }
    out.add(span(doc, from, to, e, ActorSpan.Form.BODY));
  }

  /**
   * The state a body named without one belongs to: the state the article reports from (its dateline's, or its
   * leaders' named with no state), else the state of the clause's first actor ("Kenya will host ..., the Ministry of
   * Foreign Affairs said"); null when neither is known.
   */
  private Country stateOfClause(List<ActorSpan> out, ArticleMemory memory) {
    Country home = gazetteer.country(memory.homeCountry());
    if (home != null) {
      return home;
    }
    for (ActorSpan a : out) {
      if (!a.quoted() && a.entity() != null && a.entity().country() != null) {
        return gazetteer.country(a.entity().country());
      }
    }
    return null;
  }

  private static String demonymOf(Country c) {
    return c.demonyms().isEmpty() ? c.name() : c.demonyms().get(0);
  }

  private static boolean leaderTitle(Title t) {
    return t.kind() == Title.Kind.HEAD_OF_STATE || t.kind() == Title.Kind.HEAD_OF_GOVERNMENT;
  }

  /**
   * "Officials in Manila said": the officials of the state whose capital it is (diplomats in a capital are
   * mostly foreign ones, so only officials). {@code c} is the noun's chunk, {@code n} the one after it.
   */
  private boolean officialsInCapital(Document doc, List<Chunk> chunks, int c, int n, boolean[] used,
      List<ActorSpan> out) {
    if (n + 1 >= chunks.size() || !doc.token(chunks.get(n).from()).is("in")
        || chunks.get(n + 1).kind() != Chunk.Kind.CITY) {
      return false;
    }
    Country country = capitalOf((City) chunks.get(n + 1).value());
    if (country == null) {
      return false;
    }
    String demonym = country.demonyms().isEmpty() ? country.name() : country.demonyms().get(0);
    for (int u = c; u <= n + 1; u++) {
      used[u] = true;
    }
    Entity g = new Entity(demonym + " officials", ActorKind.GROUP, null, country.iso3(), false, true);
    out.add(span(doc, chunks.get(c).from(), chunks.get(n + 1).to(), g, ActorSpan.Form.BODY));
    return true;
  }

  private static Entity lastInternationalOrganization(List<ActorSpan> out, ArticleMemory memory) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Entity e = out.get(i).entity();
      if (!out.get(i).quoted() && e != null && e.kind() == ActorKind.ORGANIZATION && e.country() == null && e.known()) {
        return e;
      }
    }
    return memory.lastInternationalOrganization();
  }

  private static Entity lastBodyByHead(String head, String qualifier, List<ActorSpan> out, ArticleMemory memory) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Entity e = out.get(i).entity();
      if (!out.get(i).quoted() && e != null && (e.kind() == ActorKind.ORGANIZATION || e.kind() == ActorKind.GROUP)
          && ArticleMemory.hasHead(e.name(), head) && (qualifier == null || ArticleMemory.hasWord(e.name(), qualifier))) {
        return e;
      }
    }
    return memory.lastBodyByHead(head, qualifier);
  }

  /** The body mention right before a title: "the Chinese Foreign Ministry('s) spokesperson". */
  private static ActorSpan spanEndingBefore(Document doc, List<ActorSpan> out, int token) {
    int end = token - 1;
    if (end >= 0 && doc.token(end).is("'s")) {
      end--;
    }
    for (ActorSpan a : out) {
      if (a.to() - 1 == end) {
        return a;
      }
    }
    return null;
  }

  private static boolean isSpanEnd(List<ActorSpan> out, int token) {
    for (ActorSpan a : out) {
      if (a.to() - 1 == token) {
        return true;
      }
    }
    return false;
  }

  // --- helpers --------------------------------------------------------------------------------

  private static ActorSpan span(Document doc, int from, int to, Entity e, ActorSpan.Form form) {
    return new ActorSpan(from, to, List.of(e), form, doc.quoted(from) && doc.quoted(to - 1));
  }

  static String surface(Document doc, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = doc.token(i);
      if (b.length() > 0 && !t.is("'s") && !t.is("-")) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
  }

  private static String lastWord(String s) {
    int i = s.lastIndexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  /**
   * A person named before with this very office ("the interior minister": the Interior Minister,
   * not the trade minister named last), by the gazetteer's canonical title; or null, and the
   * caller falls back to any holder of a title with the same head word.
   */
  private Entity holderOf(ArticleMemory memory, Title title, String country) {
    return memory.byTitle(t -> {
      if (t.equalsIgnoreCase(title.title())) {
        return true;
      }
      Title known = gazetteer.title(t);
      return known != null && known.title().equals(title.title());
    }, country);
  }

  private static String capitalize(String words) {
    StringBuilder b = new StringBuilder(words.length());
    boolean start = true;
    for (char ch : words.toCharArray()) {
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ';
    }
    return b.toString();
  }
}
