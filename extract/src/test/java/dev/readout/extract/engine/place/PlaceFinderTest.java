package dev.readout.extract.engine.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.schemas.avro.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
