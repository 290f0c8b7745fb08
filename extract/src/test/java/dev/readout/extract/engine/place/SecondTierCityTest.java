package dev.readout.extract.engine.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.schemas.avro.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Talks, rallies and visits outside the capital are placed in the city named: the gazetteer knows
 * the largest and provincial cities of states in every region, not only capitals; a city named like
 * a person is left out, so "spoke to <person>" is no place.
 */
class SecondTierCityTest {

  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    finder = new PlaceFinder(Gazetteer.builtIn());
  }

  private static Place place(String text) {
    Document d = TextSplitter.split(text);
    return finder.find(d, 0, d.tokens().size(), 0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The former prime minister told a party rally in Pokhara on Saturday.|Pokhara|NPL",
      "The opposition leader addressed supporters in Chitwan.|Chitwan|NPL",
      "The two presidents held talks in Mombasa on Friday.|Mombasa|KEN",
      "The premier opened the forum in Boao on Tuesday.|Boao|CHN",
      "The ministers met in Gaziantep near the Syrian border.|Gaziantep|TUR",
      "The summit of the BRICS states was held in Kazan.|Kazan|RUS",
      "The foreign ministers gathered in Cebu for the retreat.|Cebu|PHL",
      "The envoy flew to Port Sudan for talks with the army chief.|Port Sudan|SDN",
      "The talks in Goma ended without agreement.|Goma|COD",
      "Lula received the delegation in Foz do Iguaçu.|Foz do Iguaçu|BRA",
      "The ministers met in Cucuta on the border.|Cúcuta|COL",
      "The president visited Samarkand on Thursday.|Samarkand|UZB"})
  void aCityOutsideTheCapitalIsThePlace(String sentence, String city, String iso3) {
    Place p = place(sentence);
    assertThat(p).as("a place for '%s'", sentence).isNotNull();
    assertThat(p.getName()).isEqualTo(city);
    assertThat(p.getCountry()).isEqualTo(iso3);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister spoke to Florence Parly about the contract.",
      "The president wrote to Rosario Murillo on Monday.",
      "The envoy sent a letter to Kimberley Motley."})
  void aPersonNamedLikeACityIsNoPlace(String sentence) {
    assertThat(place(sentence)).as("a person, not a city: '%s'", sentence).isNull();
  }
}
