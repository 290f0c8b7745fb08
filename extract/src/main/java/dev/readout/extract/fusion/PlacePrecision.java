package dev.readout.extract.fusion;

import dev.readout.schemas.avro.Place;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How precisely a place is named: a city or venue ("Riyadh") is more precise than its country
 * ("Saudi Arabia"). A place counts as country-level when its name is a country's English name
 * (from the JDK's ISO 3166 tables) or a common short form of one.
 */
public final class PlacePrecision {

  private static final Set<String> COUNTRY_NAMES = countryNames();

  private PlacePrecision() {}

  /** 0 for a place more precise than a country, 1 for a country, 2 for a place without a name. */
  static int rank(Place place) {
    if (place.getName() == null || place.getName().isBlank()) {
      return 2;
    }
    return COUNTRY_NAMES.contains(fold(place.getName())) ? 1 : 0;
  }

  /** True for a country's name or common short form: "United Kingdom", "Britain", "the U.S.". */
  public static boolean isCountryName(String name) {
    return name != null && COUNTRY_NAMES.contains(fold(name));
  }

  static String fold(String name) {
    String folded = name.toLowerCase(Locale.ROOT).replace(".", "").trim();
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  private static Set<String> countryNames() {
    Set<String> names = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      names.add(fold(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)));
    }
    names.addAll(Set.of("us", "usa", "america", "united states of america", "uk", "britain", "great britain",
        "russian federation", "south korea", "north korea", "iran", "syria", "turkey", "turkiye", "vatican",
        "palestine", "kosovo", "taiwan", "czech republic", "ivory coast", "uae", "emirates"));
    return names;
  }
}
