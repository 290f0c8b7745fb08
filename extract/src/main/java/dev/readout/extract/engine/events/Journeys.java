package dev.readout.extract.engine.events;

import dev.readout.extract.engine.gazetteer.City;
import dev.readout.extract.engine.gazetteer.Country;
import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.gazetteer.Phrase;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.WordMap;
import dev.readout.extract.engine.text.WordSet;
import dev.readout.schemas.avro.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Journeys told by a travel verb and its destination: "will travel to Tokyo", "leaves for Canberra on
 * Sunday", "flew to Riyadh", "arrived in Baghdad", "was expected in Amman next week". A journey of an office
 * holder to another state is a visit there, and it places the talks it is made for ("leaves for Doha, where he
 * will meet the emir"), which often name no place of their own.
 */
final class Journeys {

  /**
   * A travel verb at {@code verb} and the place it goes to.
   *
   * @param verb the travel verb's token
   * @param destination the place, as written
   * @param end the token after the destination
   */
  record Journey(int verb, Place destination, int end) {}

  /** Travel verbs and the prepositions that give their destination ("leave for", "fly to", "arrive in"). */
  private static final Map<String, Set<String>> VERBS = verbs();

  private static Map<String, Set<String>> verbs() {
    Set<String> to = WordSet.of("to");
    Set<String> toOrFor = WordSet.of("to", "for");
    Set<String> forOnly = WordSet.of("for");
    Set<String> in = WordSet.of("in");
    Map<String, Set<String>> m = new java.util.HashMap<>();
    for (String w : List.of("travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies",
        "flew", "flown", "flying", "jet", "jets", "jetted")) {
      m.put(w, to);
    }
    for (String w : List.of("head", "heads", "headed", "heading")) {
      m.put(w, toOrFor);
    }
    for (String w : List.of("leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing")) {
      m.put(w, forOnly);
    }
    // not "land": "seized land in Ukraine"
    for (String w : List.of("arrive", "arrives", "arrived", "arriving", "landed", "landing", "expected", "due")) {
      m.put(w, in);
    }
    return WordMap.of(m);
  }

  /** Words after which a journey only times another clause: "before leaving for Doha", "after arriving in Rome". */
  private static final Set<String> TIMING = WordSet.of("before", "after", "upon", "on", "since", "while", "when",
      "until");

  private Journeys() {}

  /** The journeys of a sentence, outside quotations, in text order. */
  static List<Journey> in(Document doc, Sentence s, Gazetteer gazetteer) {
    List<Journey> out = List.of();
    for (int i = s.from(); i + 2 < s.to(); i++) {
      Set<String> preps = VERBS.get(doc.token(i).lower());
      if (preps == null || doc.quoted(i) || !doc.token(i).isWord() || doc.token(i).isCapitalized() && i > s.from()) {
        continue;
      }
      int p = i + 1;
      if (doc.token(p).is("off") || doc.token(p).is("directly") || doc.token(p).is("straight")) {
        p++; // "jetted off to", "flew directly to"
      }
      if (p + 1 >= s.to() || !preps.contains(doc.token(p).lower())) {
        continue;
      }
      Journey j = destination(doc, s, gazetteer, i, p + 1);
      if (j != null) {
        if (out.isEmpty()) {
          out = new ArrayList<>(2);
        }
        out.add(j);
      }
    }
    return out;
  }

  /** The journey whose destination starts at {@code at} (after an article), or null when no place is there. */
  private static Journey destination(Document doc, Sentence s, Gazetteer gazetteer, int verb, int at) {
    int j = at;
    if (doc.token(j).is("the") && j + 1 < s.to()) {
      j++;
    }
    for (Phrase p : gazetteer.index().longestAt(doc.tokens(), j, s.to())) {
      String iso3 = p.value() instanceof City city ? city.iso3()
          : p.value() instanceof Country country ? country.iso3() : null;
      if (iso3 == null || p.kind() == Phrase.Kind.DEMONYM || doc.quoted(j)) {
        continue;
      }
      int end = j + p.length();
      if (end < s.to() && doc.token(end).is("'s")) {
        return null; // "flew to Kenya's coast": a place the gazetteer does not hold
      }
      String name = doc.text().substring(doc.token(j).start(), doc.token(end - 1).end());
      return new Journey(verb, new Place(name, iso3), end);
    }
    return null;
  }

  /** True for a travel verb that may start a journey ("travelled", "leaves", "expected"). */
  static boolean isVerb(String lower) {
    return VERBS.containsKey(lower);
  }

  /** The journey only times another clause: "before leaving for Doha", "after arriving in Rome". */
  static boolean timing(Document doc, Sentence s, Journey j) {
    int k = j.verb() - 1;
    return k >= s.from() && TIMING.contains(doc.token(k).lower());
  }
}
