package dev.readout.extract.engine.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.schemas.avro.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceFinderTest {

  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    finder = new PlaceFinder(Gazetteer.builtIn());
  }

  private static Place place(String text, String anchorWord) {
    Document d = TextSplitter.split(text);
    int anchor = d.tokens().stream().filter(t -> t.text().equals(anchorWord)).findFirst().orElseThrow().index();
    return finder.find(d, 0, d.tokens().size(), anchor);
  }

  @Test
  void cityAfterInWithItsCountry() {
    Place p = place("The ministers met in Riyadh on Tuesday.", "met");
    assertThat(p.getName()).isEqualTo("Riyadh");
    assertThat(p.getCountry()).isEqualTo("SAU");
  }

  @Test
  void cityBeatsCountryAndHeadquartersLeadsToTheCity() {
    assertThat(place("He spoke at NATO's headquarters in Brussels.", "spoke").getName()).isEqualTo("Brussels");
    assertThat(place("They flew to Paris, France for the talks.", "talks").getName()).isEqualTo("Paris");
  }

  @Test
  void countryAfterToAndVisitObject() {
    assertThat(place("The envoys are headed to Saudi Arabia to negotiate.", "negotiate").getCountry()).isEqualTo("SAU");
    assertThat(place("Albanese visited Indonesia last year.", "visited").getName()).isEqualTo("Indonesia");
  }

  @Test
  void noPlaceWithoutALocativeWord() {
    assertThat(place("Peace between Russia and Ukraine was discussed.", "discussed")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tokayev hosted his guest in the capital Astana on Monday.|Astana|KAZ",
      "The envoys met in the Ukrainian port city Odesa.|Odesa|UKR",
      "The talks were held in the capital city Tashkent.|Tashkent|UZB",
  })
  void aSettlementNounInAppositionLeadsToTheKnownCity(String text, String name, String iso3) {
    Place p = place(text, text.split(" ")[1]);
    assertThat(p).as("the city named after '%s'", "capital").isNotNull();
    assertThat(p.getName()).isEqualTo(name);
    assertThat(p.getCountry()).isEqualTo(iso3);
  }

  @Test
  void aSettlementNounBeforeAnUnknownWordNamesNoPlace() {
    assertThat(place("The delegation returned to the capital Monday night.", "returned")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Mirziyoyev received the envoy at Kuksaroy Residence, Tashkent, on Friday.|Tashkent|UZB",
      "The two presidents held talks at the Presidential Palace, Dushanbe.|Dushanbe|TJK",
      "They signed the accord at State House, Lilongwe and left.|Lilongwe|MWI",
  })
  void aVenueSetOffByACommaIsInTheCityAfterIt(String text, String name, String iso3) {
    Place p = place(text, text.split(" ")[1]);
    assertThat(p).as("the city after the venue").isNotNull();
    assertThat(p.getName()).isEqualTo(name);
    assertThat(p.getCountry()).isEqualTo(iso3);
  }

  @Test
  void aCommaAfterANameFollowedByTheClauseIsNoVenue() {
    assertThat(place("They argued at Mansion House, Lima officials said.", "argued"))
        .as("'Lima officials' goes on with the clause: no venue's city").isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Leaders gathered in Kolonia for the forum.|Kolonia|FSM",
      "The ministers met in Cotonou on Thursday.|Cotonou|BEN",
      "Talks were held in Blantyre last week.|Blantyre|MWI",
  })
  void formerCapitalsAndSeatsOfGovernmentAreKnownCities(String text, String name, String iso3) {
    Place p = place(text, text.split(" ")[1]);
    assertThat(p.getName()).isEqualTo(name);
    assertThat(p.getCountry()).isEqualTo(iso3);
  }
}
