package dev.readout.extract.engine.place;

import dev.readout.extract.engine.text.WordSet;
import dev.readout.extract.engine.gazetteer.City;
import dev.readout.extract.engine.gazetteer.Country;
import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.gazetteer.OutletNames;
import dev.readout.extract.engine.gazetteer.Phrase;
import dev.readout.extract.engine.text.Dateline;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import dev.readout.schemas.avro.Place;
import java.util.List;
import java.util.Set;

/**
 * Finds where an event happens: a city or country from the gazetteers after a locative
 * preposition ("in Riyadh", "to Saudi Arabia", "at NATO's headquarters in Brussels") or as the
 * object of a visit ("visited Tonga"). A city beats a country; the nearest to the trigger wins.
 */
public final class PlaceFinder {

  private static final Set<String> LOCATIVE = WordSet.of("in", "to", "at", "inside", "near", "visit", "visited",
      "visiting", "visits", "into", "outside");

  /** Verbs of setting off whose "for" names the destination ("will leave for Doha", "departed for Nairobi"). */
  private static final Set<String> DEPARTING = WordSet.of("leave", "leaves", "left", "leaving", "depart", "departs",
      "departed", "departing", "bound", "headed", "heading", "head", "heads", "sets", "set", "off", "embarks",
      "embarked");

  private static final Set<String> TOPICS = dev.readout.extract.engine.text.WordSet.of("war", "conflict",
      "crisis", "fighting", "situation", "peace", "violence", "attacks", "attack", "invasion", "operations",
      "troops", "forces", "elections", "election", "investment", "investments", "interests", "presence",
      "ceasefire", "truce", "stability", "security", "tensions", "humanitarian", "aid", "unrest", "protests");

  private final Gazetteer gazetteer;
  private final Venues venues = Venues.builtIn();

  /** A finder over these gazetteers. */
  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place named in tokens [from, to) nearest to {@code anchor}, or null. */
  public Place find(Document doc, int from, int to, int anchor) {
    return find(doc, from, to, anchor, Set.of());
  }

  /**
   * The place named in tokens [from, to) nearest to {@code anchor}, or null; a venue name several
   * states use ("the National Palace", "State House") counts only in a state of {@code countries}
   * (ISO-3 codes of the event's own actors).
   */
  public Place find(Document doc, int from, int to, int anchor, Set<String> countries) {
    Place best = null;
    int bestScore = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      if (doc.quoted(i)) {
        continue;
      }
      Token t = doc.token(i);
      if (!LOCATIVE.contains(t.lower()) && !(t.is("for") && i > from && DEPARTING.contains(doc.token(i - 1).lower()))
          || i + 1 >= to) {
        continue;
      }
      if (i > from && TOPICS.contains(doc.token(i - 1).lower())) {
        continue; // "the war in Ukraine": a topic, not where the event happens
      }
      if (i > from && t.is("to") && doc.token(i - 1).is("according")) {
        continue; // "according to the U.S. Embassy": a source, not a destination
      }
      int j = i + 1;
      List<Phrase> found = gazetteer.index().longestAt(doc.tokens(), j, to);
      // "in the Saudi capital", "at NATO's headquarters in Brussels": skip articles only, unless the
      // article is part of the name ("in The Hague").
      if (place(found) == null && doc.token(j).is("the") && j + 1 < to) {
        j++;
        found = gazetteer.index().longestAt(doc.tokens(), j, to);
      }
      Place v = venues.length(doc.tokens(), j, to) > (place(found) == null ? 0 : found.get(0).length())
          && venueCity(doc, j, to) == null ? venue(doc, j, to, countries) : null;
      if (v != null) {
        // "at Hyderabad House", "at the Kremlin": the venue's name, longer than any place in it; "at
        // State House, Nairobi" says its city itself
        int score = Math.abs(i - anchor) + (i < anchor ? 2 : 0);
        if (score < bestScore) {
          best = v;
          bestScore = score;
        }
        continue;
      }
      Place capital = capitalOf(doc, j, to);
      Place p = capital != null ? capital : place(found);
      if (p != null && j > i + 1 && partOfAName(doc, j + found.get(0).length(), to)) {
        continue; // "told the Daily Herald", "outside the U.S. Embassy": a name's modifier, not a place
      }
      if (p == null) {
        Place named = cityOf(doc, j, to);
        if (named == null) {
          named = venueCity(doc, j, to);
        }
        if (named != null) {
          int score = Math.abs(i - anchor) + (i < anchor ? 2 : 0);
          if (score < bestScore) {
            best = named;
            bestScore = score;
          }
        }
        continue;
      }
      int end = j + found.get(0).length();
      // "in Paris, France": the city is the place, the country confirms it.
      boolean city = found.stream().anyMatch(f -> f.kind() == Phrase.Kind.CITY);
      int score = Math.abs(i - anchor) + (city ? 0 : 4) + (i < anchor ? 2 : 0);
      if (end < to && doc.token(end).is("-")) {
        continue;
      }
      if (score < bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Whether the word at {@code k} makes the place before it the modifier of an embassy's or an
   * outlet's name ("the U.S. Embassy", "the Daily Herald", "the Morning Post"): such a body is
   * not where it is named after. A conference named after its city ("the Munich Security
   * Conference") is held there, so only these heads count.
   */
  private static boolean partOfAName(Document doc, int k, int to) {
    return k < to && doc.token(k).isCapitalized() && NAME_HEADS.contains(doc.token(k).lower());
  }

  /** Heads of names whose place modifier is not where the named body is or speaks. */
  private static final Set<String> NAME_HEADS = union(WordSet.of("embassy", "consulate", "mission", "agency"),
      OutletNames.HEADS);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * A seat of government or state venue the table knows at token {@code j}, placed in its city
   * ("the Kremlin" is "Kremlin, Moscow"), when the context settles which state's it is; or null.
   */
  private Place venue(Document doc, int j, int to, Set<String> countries) {
    Venues.Venue v = Venues.settle(venues.at(doc.tokens(), j, to), countries);
    return v == null ? null : new Place(v.name() + ", " + v.city(), v.iso3());
  }

  /**
   * The first venue of the table named in tokens [from, to) that no other state shares ("the UN
   * General Assembly": "General Assembly, New York"), or null: a standing body's seat, named
   * without a preposition.
   */
  public Place seatNamed(Document doc, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!doc.quoted(j) && doc.token(j).isCapitalized()) {
        List<Venues.Venue> named = venues.at(doc.tokens(), j, to);
        if (named.size() == 1) {
          Venues.Venue v = named.get(0);
          return new Place(v.name() + ", " + v.city(), v.iso3());
        }
      }
    }
    return null;
  }

  /** Nouns that name a settlement by an "of" phrase: "the border city of Cucuta", "the port town of Berbera". */
  private static final Set<String> SETTLEMENTS = WordSet.of("city", "town", "port", "village", "resort", "capital");
  /** How many words may qualify the settlement noun ("the northern border city of"). */
  private static final int SETTLEMENT_MODIFIERS = 3;
  /** How many capitalised words the settlement's own name may have. */
  private static final int SETTLEMENT_NAME_WORDS = 3;

  /**
   * A settlement the gazetteer does not know, named by an "of" phrase from token {@code j}: "the
   * border city of Cucuta", "the Colombian city of Cucuta" (the demonym gives the country), or null.
   */
  private Place cityOf(Document doc, int j, int to) {
    String country = null;
    int k = j;
    while (k < to && k < j + SETTLEMENT_MODIFIERS && !SETTLEMENTS.contains(doc.token(k).lower())) {
      Country demonym = demonymCountry(doc, k, to);
      if (demonym != null) {
        country = demonym.iso3();
      } else if (!doc.token(k).isWord() || doc.token(k).isCapitalized()) {
        return null; // a name of its own that the gazetteer did not know: no settlement noun follows
      }
      k++;
    }
    while (k + 1 < to && SETTLEMENTS.contains(doc.token(k).lower()) && SETTLEMENTS.contains(doc.token(k + 1).lower())) {
      k++; // "the port city of", "the capital city Ankara"
    }
    if (k + 1 < to && SETTLEMENTS.contains(doc.token(k).lower()) && !doc.token(k + 1).is("of")) {
      // "the capital Ankara", "the Kenyan port city Mombasa": the noun in apposition to a city the
      // gazetteer knows; an unknown word after it ("the capital Monday") is no name
      return knownCity(doc, k + 1, to);
    }
    if (k + 2 >= to || !SETTLEMENTS.contains(doc.token(k).lower()) || !doc.token(k + 1).is("of")) {
      return null;
    }
    int from = k + 2;
    int end = from;
    while (end < to && end < from + SETTLEMENT_NAME_WORDS && doc.token(end).isCapitalized()) {
      end++;
    }
    if (end == from) {
      return null;
    }
    List<Phrase> known = gazetteer.index().longestAt(doc.tokens(), from, end);
    Place p = place(known);
    if (p != null) {
      return p;
    }
    return new Place(doc.text().substring(doc.token(from).start(), doc.token(end - 1).end()), country);
  }

  /** The city the gazetteer knows starting at token {@code j}, or null. */
  private Place knownCity(Document doc, int j, int to) {
    List<Phrase> found = gazetteer.index().longestAt(doc.tokens(), j, to);
    return found.stream().anyMatch(f -> f.kind() == Phrase.Kind.CITY) ? place(found) : null;
  }

  /** How many words a venue's own name may have ("the Presidential Palace", "State House"). */
  private static final int VENUE_NAME_TOKENS = 5;

  /**
   * The city after a venue the gazetteer does not know, set off by a comma from token {@code j}:
   * "at State House, Accra", "at the Presidential Palace, Dushanbe"; or null. The venue is a name
   * (capitalised words, perhaps "of"), so "at talks, Paris said" names no venue.
   */
  private Place venueCity(Document doc, int j, int to) {
    if (j >= to || !doc.token(j).isCapitalized()) {
      return null;
    }
    int k = j;
    while (k < to && k < j + VENUE_NAME_TOKENS
        && (doc.token(k).isCapitalized() && doc.token(k).isWord() || doc.token(k).is("of") && k > j)) {
      k++;
    }
    if (k == j || k + 1 >= to || !doc.token(k).is(",") || !gazetteer.index().longestAt(doc.tokens(), j, k).isEmpty()) {
      return null;
    }
    Place city = knownCity(doc, k + 1, to);
    if (city == null) {
      return null;
    }
    int end = k + 1 + gazetteer.index().longestAt(doc.tokens(), k + 1, to).get(0).length();
    // the city closes the venue phrase ("..., Accra, on Monday", "..., Accra."); "at Harvard, Boston
    // officials said" goes on with the clause
    return end >= to || !doc.token(end).isWord() || VENUE_FOLLOWERS.contains(doc.token(end).lower()) ? city : null;
  }

  /** Words that may follow a venue's city: the clause's next adjunct. */
  private static final Set<String> VENUE_FOLLOWERS = WordSet.of("on", "in", "during", "for", "after", "before",
      "last", "this", "earlier", "later", "yesterday", "today", "and");

  /** Portfolios whose ministry news names without its state ("at the Foreign Ministry", "at the Defence Ministry"). */
  private static final Set<String> PORTFOLIOS = WordSet.of("foreign", "defence", "defense", "interior", "finance",
      "trade", "economy", "justice", "energy");

  /**
   * The portfolio of a ministry named without its state after "at" in tokens [from, to), outside
   * quotations ("at the Foreign Ministry": "foreign"; "at the Ministry of Foreign Affairs":
   * "foreign"), or null. "at Russia's Foreign Ministry" names its state and is not this.
   */
  public String ministryNamed(Document doc, int from, int to) {
    for (int i = from; i + 3 < to; i++) {
      if (doc.quoted(i) || !doc.token(i).is("at") || !doc.token(i + 1).is("the")) {
        continue;
      }
      String a = doc.token(i + 2).lower();
      if (PORTFOLIOS.contains(a) && doc.token(i + 3).lower().equals("ministry")) {
        return a;
      }
      if (a.equals("ministry") && i + 4 < to && doc.token(i + 3).is("of") && PORTFOLIOS.contains(doc.token(i + 4).lower())) {
        return doc.token(i + 4).lower();
      }
    }
    return null;
  }

  /** The capital of the state with this ISO code, as a place; null when the gazetteer knows none. */
  public Place capital(String iso3) {
    Country c = iso3 == null ? null : gazetteer.country(iso3);
    return c == null || c.capital().isEmpty() ? null : new Place(c.capital(), c.iso3());
  }

  /** "the Omani capital", "the Kenyan capital": the capital city of the country the demonym names, or null. */
  private Place capitalOf(Document doc, int j, int to) {
    Country country = demonymCountry(doc, j, to);
    int after = j + 1;
    if (country == null) {
      // "the Solomon Islands capital": a country's name used as a modifier
      for (Phrase f : gazetteer.index().longestAt(doc.tokens(), j, to)) {
        if (f.kind() == Phrase.Kind.COUNTRY) {
          country = (Country) f.value();
          after = j + f.length();
        }
      }
    }
    if (country == null || after >= to || !doc.token(after).is("capital") || country.capital().isEmpty()) {
      return null;
    }
    return new Place(country.capital(), country.iso3());
  }

  /** The country a one-word demonym at {@code k} names ("Omani", "Colombian"), or null. */
  private Country demonymCountry(Document doc, int k, int to) {
    for (Phrase f : gazetteer.index().longestAt(doc.tokens(), k, to)) {
      if (f.kind() == Phrase.Kind.DEMONYM && f.length() == 1) {
        return (Country) f.value();
      }
    }
    return null;
  }

  private static final Set<String> HOST_VERBS = WordSet.of("host", "hosts", "hosted", "hosting");
  /** Words that may stand between a place and "host": "Accra will host", "Doha is set to host". */
  private static final Set<String> HOST_AUXILIARIES = WordSet.of("will", "would", "to", "is", "set", "due",
      "has", "had", "agreed", "offered", "also", "again");
  private static final int HOST_AUXILIARY_REACH = 3;

  /**
   * The city or country that hosts the event in tokens [from, to): "Accra would host a meeting",
   * "talks hosted by Qatar"; or null. A person hosting ("Ruto hosted Museveni") is no place.
   */
  public Place host(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (doc.quoted(i) || !HOST_VERBS.contains(doc.token(i).lower())) {
        continue;
      }
      if (i + 2 < to && doc.token(i + 1).is("by")) {
        Place p = place(gazetteer.index().longestAt(doc.tokens(), i + 2, to));
        if (p != null) {
          return p;
        }
      }
      int k = i - 1;
      while (k >= from && k >= i - HOST_AUXILIARY_REACH && HOST_AUXILIARIES.contains(doc.token(k).lower())) {
        k--;
      }
      for (int start = Math.max(from, k - 3); start <= k; start++) {
        List<Phrase> found = gazetteer.index().longestAt(doc.tokens(), start, k + 1);
        if (!found.isEmpty() && start + found.get(0).length() == k + 1) {
          Place p = place(found);
          if (p != null) {
            return p;
          }
        }
      }
    }
    return null;
  }

  /** How many of the article's first sentences may open with its dateline (after a headline or two). */
  private static final int DATELINE_SENTENCES = 3;

  /**
   * The city a dateline names ("ADDIS ABABA, Jan. 28 (Xinhua) --", "LIMA (AP) —"): where the report
   * was filed, so where a news conference it tells of was held; null without one, or when it names
   * no city of the gazetteer ("UNITED NATIONS (AP) —").
   */
  public Place datelineCity(Document doc) {
    int n = Math.min(doc.sentences().size(), DATELINE_SENTENCES);
    for (int k = 0; k < n; k++) {
      Sentence s = doc.sentences().get(k);
      if (Dateline.end(doc, s) > s.from()) {
        List<Phrase> found = datelinePhrases(doc, s);
        return found.stream().anyMatch(f -> f.kind() == Phrase.Kind.CITY) ? place(found) : null;
      }
    }
    return null;
  }

  /**
   * The place the dateline opening {@code s} names, a city before a country ("KYIV, Ukraine (AP)
   * —"), or null when {@code s} has no dateline or it names nothing the gazetteer knows.
   */
  public Place datelinePlace(Document doc, Sentence s) {
    return place(datelinePhrases(doc, s));
  }

  /** The first gazetteer phrases in the dateline opening {@code s}; empty without one. */
  private List<Phrase> datelinePhrases(Document doc, Sentence s) {
    int end = Dateline.end(doc, s);
    for (int i = s.from(); i < end; i++) {
      if (!doc.token(i).isWord()) {
        continue;
      }
      List<Phrase> found = gazetteer.index().longestAt(doc.tokens(), i, end);
      if (place(found) != null) {
        return found;
      }
    }
    return List.of();
  }

  private Place place(List<Phrase> found) {
    for (Phrase f : found) {
      if (f.kind() == Phrase.Kind.CITY) {
        City c = (City) f.value();
        return new Place(c.name(), c.iso3().isEmpty() ? null : c.iso3());
      }
    }
    for (Phrase f : found) {
      if (f.kind() == Phrase.Kind.COUNTRY) {
        Country c = (Country) f.value();
        return new Place(c.name(), c.iso3());
      }
    }
    return null;
  }
}
