package dev.readout.extract.engine.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.schemas.avro.Place;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seats of government and state venues named without their city are placed in it ("at the
 * Kremlin" is in Moscow); a name several states use only when the event's actors say which; a place
 * that only modifies an embassy's or outlet's name is no place.
 */
class VenuePlaceTest {

  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    finder = new PlaceFinder(Gazetteer.builtIn());
  }

  private static Place place(String text, Set<String> countries) {
    Document d = TextSplitter.split(text);
    return finder.find(d, 0, d.tokens().size(), 0, countries);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Putin received the Indian prime minister at the Kremlin on Monday.|Moscow|RUS",
      "Milei hosted Boric at the Casa Rosada.|Buenos Aires|ARG",
      "The two leaders held talks at Downing Street on Friday.|London|GBR",
      "Macron welcomed Lula at the Élysée Palace.|Paris|FRA",
      "Lula received the delegation at the Planalto Palace.|Brasília|BRA",
      "Xi met the visiting premier at the Great Hall of the People.|Beijing|CHN",
      "Modi hosted the crown prince at Hyderabad House.|New Delhi|IND",
      "Tinubu received the envoy at the Aso Rock Villa.|Abuja|NGA"})
  void aSeatOfGovernmentIsPlacedInItsCity(String sentence, String city, String iso3) {
    Place p = place(sentence, Set.of());
    assertThat(p).as("a place for '%s'", sentence).isNotNull();
    assertThat(p.getName()).as("the venue in its city").endsWith(", " + city);
    assertThat(p.getCountry()).isEqualTo(iso3);
  }

  @Test
  void aVenueNameSeveralStatesUseIsPlacedByTheActorsCountry() {
    String text = "The president spoke at the National Palace on Thursday.";
    assertThat(place(text, Set.of("MEX")).getName()).isEqualTo("National Palace, Mexico City");
    assertThat(place(text, Set.of("GTM")).getName()).isEqualTo("National Palace, Guatemala City");
    assertThat(place("Ruto hosted Museveni at State House.", Set.of("KEN", "UGA")))
        .as("two actors whose states both have a State House: which one is not said").isNull();
    assertThat(place(text, Set.of())).as("no actor says which state's palace").isNull();
    assertThat(place(text, Set.of("FRA"))).as("France has no National Palace in the table").isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The visit was postponed, according to the U.S. Embassy.",
      "The minister told the Kyiv Independent that talks went well.",
      "She said in an interview with the Jakarta Post that the deal was close.",
      "He spoke to reporters outside the British Embassy."})
  void aPlaceThatModifiesAnEmbassyOrOutletNameIsNoPlace(String sentence) {
    assertThat(place(sentence, Set.of())).as("'%s' names no place", sentence).isNull();
  }

  @Test
  void aConferenceNamedAfterItsCityIsStillThere() {
    assertThat(place("She spoke at the Munich Security Conference.", Set.of()).getName()).isEqualTo("Munich");
    assertThat(place("He travelled to the U.S. for talks.", Set.of()).getCountry()).isEqualTo("USA");
  }
}
