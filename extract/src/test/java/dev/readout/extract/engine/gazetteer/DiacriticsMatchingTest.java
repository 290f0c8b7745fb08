package dev.readout.extract.engine.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.text.Diacritics;
import dev.readout.extract.engine.text.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiacriticsMatchingTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
      "Hà Nội, Ha Noi",
      "Việt Nam, Viet Nam",
      "Kraków, Krakow",
      "Łódź, Lodz",
      "Erdoğan, Erdogan",
      "Đà Nẵng, Da Nang",
      "Tromsø, Tromso",
      "Diyarbakır, Diyarbakir",
      "Nuku'alofa, Nuku'alofa"
  })
  void foldsAccentsAndLettersThatDoNotDecompose(String written, String folded) {
    assertThat(Diacritics.fold(written)).isEqualTo(folded);
  }

  @Test
  void plainAsciiIsReturnedAsIs() {
    String ascii = "Addis Ababa";
    assertThat(Diacritics.fold(ascii)).isSameAs(ascii);
  }

  @Test
  void anEntryMatchesWithOrWithoutItsAccents() throws Exception {
    Path cities = dir.resolve("cities.tsv");
    Files.writeString(cities, "name\tiso3\taliases\nKőszeg\tHUN\t\nTřebíč\tCZE\t\nPecs\tHUN\t\n");
    Gazetteer g = Gazetteer.load(List.of(cities));

    assertThat(cityAt(g, "talks in Koszeg on Friday", 2)).isEqualTo("Kőszeg");
    assertThat(cityAt(g, "talks in Kőszeg on Friday", 2)).isEqualTo("Kőszeg");
    assertThat(cityAt(g, "talks in Trebic on Friday", 2)).isEqualTo("Třebíč");
    assertThat(cityAt(g, "a visit to Pécs next week", 3)).as("accent in the text, none in the entry").isEqualTo("Pecs");
    assertThat(cityAt(g, "talks in Koszag on Friday", 2)).as("another word is not folded into a name").isNull();
  }

  @Test
  void surnamesMatchWithOrWithoutAccents() throws Exception {
    Path people = dir.resolve("people.tsv");
    Files.writeString(people, "name\tiso3\ttitle\taliases\nRaúl Castellanos\tHND\tForeign Minister\t\n");
    Gazetteer g = Gazetteer.load(List.of(people));

    assertThat(g.personBySurname("Castellanos")).isNotNull();
    assertThat(g.personBySurname("Castellanós")).isNotNull();
    assertThat(g.personBySurname("Castellano")).isNull();
  }

  private static String cityAt(Gazetteer g, String text, int token) {
    var tokens = Tokenizer.tokenize(text);
    return g.index().longestAt(tokens, token, tokens.size()).stream()
        .filter(p -> p.kind() == Phrase.Kind.CITY && p.value() instanceof City)
        .map(p -> ((City) p.value()).name())
        .findFirst().orElse(null);
  }
}
