package dev.readout.extract.engine.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.extract.engine.text.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  @TempDir Path dir;

  @Test
  void builtInKnowsCountriesDemonymsAndCapitals() {
    Gazetteer g = Gazetteer.builtIn();
    assertThat(g.country("KEN").name()).isEqualTo("Kenya");
    List<Phrase> found = g.index().longestAt(Tokenizer.tokenize("South Korean officials"), 0, 3);
    assertThat(found).extracting(Phrase::kind).contains(Phrase.Kind.DEMONYM);
    assertThat(((Country) found.get(0).value()).iso3()).isEqualTo("KOR");
  }

  @Test
  void userFileExtendsTheBuiltInOnes() throws Exception {
    Path people = dir.resolve("my-people.tsv");
    Files.writeString(people, "# mine\nname\tiso3\ttitle\taliases\nAmina Okonkwo\tNGA\tForeign Minister\tOkonkwo\n");
    Gazetteer g = Gazetteer.load(List.of(people));
    List<Phrase> found = g.index().longestAt(Tokenizer.tokenize("Amina Okonkwo said"), 0, 3);
    assertThat(found).singleElement().extracting(Phrase::kind).isEqualTo(Phrase.Kind.PERSON);
    assertThat(g.country("NGA")).isNotNull();
  }

  @Test
  void badRowNamesFileAndLine() throws Exception {
    Path orgs = dir.resolve("orgs.tsv");
    Files.writeString(orgs, "name\taliases\tiso3\tkind\nSADC\t\t\tCLUB\n");
    assertThatThrownBy(() -> Gazetteer.load(List.of(orgs)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orgs.tsv:2")
        .hasMessageContaining("CLUB");
  }

  @Test
  void unknownHeaderIsAClearError() throws Exception {
    Path f = dir.resolve("x.tsv");
    Files.writeString(f, "foo\tbar\n1\t2\n");
    assertThatThrownBy(() -> Gazetteer.load(List.of(f))).hasMessageContaining("unrecognized gazetteer header");
  }

  @Test
  void slugsAreStableAndAscii() {
    assertThat(Slugs.slug("Aleksandar Vučić")).isEqualTo("aleksandar-vucic");
    assertThat(Slugs.slug("U.S. State Department")).isEqualTo("us-state-department");
  }
}
