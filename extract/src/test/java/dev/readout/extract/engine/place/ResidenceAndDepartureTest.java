package dev.readout.extract.engine.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.schemas.avro.Place;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leaders' official residences, royal palaces and the seats of international bodies are placed in
 * their city, as seats of government are; "leave for X" names where the traveller is going.
 */
class ResidenceAndDepartureTest {

  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    finder = new PlaceFinder(Gazetteer.builtIn());
  }

  private static Place place(String text) {
    Document d = TextSplitter.split(text);
    return finder.find(d, 0, d.tokens().size(), 0, Set.of());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The envoy called on the prime minister at his official residence in Baluwatar.|Kathmandu|NPL",
      "The sultan received the visiting president at Al Alam Palace on Sunday.|Muscat|OMN",
      "Tebboune hosted his Tunisian counterpart at El Mouradia.|Algiers|DZA",
      "The two presidents met at Villa Somalia on Tuesday.|Mogadishu|SOM",
      "Kagame received the delegation at Urugwiro Village.|Kigali|RWA",
      "The prime minister hosted the visiting premier at Temple Trees.|Colombo|LKA",
      "The governor general welcomed the king at Rideau Hall.|Ottawa|CAN",
      "The two premiers dined at the Catshuis on Friday.|The Hague|NLD",
      "The king received the foreign minister at Basman Palace.|Amman|JOR",
      "The ministers met on the sidelines at the UN General Assembly.|New York|USA"})
  void aResidenceOrSeatIsPlacedInItsCity(String sentence, String city, String iso3) {
    Place p = place(sentence);
    assertThat(p).as("a place for '%s'", sentence).isNotNull();
    assertThat(p.getName()).as("the venue in its city").endsWith(", " + city);
    assertThat(p.getCountry()).isEqualTo(iso3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The king is due to leave for Doha on Tuesday, where he will meet the emir.|Doha",
      "The foreign secretary will leave for New Delhi on Wednesday to hold talks.|New Delhi",
      "The delegation departed for Nairobi after the signing.|Nairobi",
      "The minister was heading for Brussels for the meeting.|Brussels"})
  void aDepartureNamesItsDestination(String sentence, String city) {
    Place p = place(sentence);
    assertThat(p).as("the destination of '%s'", sentence).isNotNull();
    assertThat(p.getName()).isEqualTo(city);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister pleaded for Ukraine in his speech.",
      "The president asked for Kenya to be given more time.",
      "The minister met the envoy at Government House on Monday."})
  void aForThatIsNoDepartureOrAVenueNameOfManyStatesIsNoPlace(String sentence) {
    assertThat(place(sentence)).as("no place in '%s'", sentence).isNull();
  }
}
