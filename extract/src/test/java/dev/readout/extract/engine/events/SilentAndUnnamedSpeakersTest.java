package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attributions that make no statement (EVENTS.md rules 2 and 4): words that say nothing ("said little", "had no
 * information to release"), unnamed diplomats and staff of a building, heads of institutes and platforms; and the
 * near misses that still do.
 */
class SilentAndUnnamedSpeakersTest {

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static List<EventMention> statements(String text) {
    return engine.extract(new ArticleInput("u", text, Instant.parse("2025-07-08T12:00:00Z"), null, null)).stream()
        .filter(m -> m.getType() == EventType.STATEMENT).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Asked about the ceasefire, Kenyan Foreign Minister Musalia Mudavadi said he had no information to share.",
      "Brazil's government has said little publicly about the negotiations in Geneva.",
      "The Peruvian foreign ministry has said nothing about the ambassador's recall.",
      "Colombian President Gustavo Petro said he had no comment on the extradition request.",
      "Peru's foreign ministry said the envoy was recalled. The ministry said it had no further details to provide.",
      "The visit is expected to take place in June, according to Ghanaian diplomats.",
      "KATHMANDU, July 7 - The minister could travel to Delhi next month, officials at Singha Durbar said.",
      "The talks will resume in Doha next week, said Jane Doe, executive director of the Horn Peace Institute.",
      "The sanctions must be lifted, said John Roe, president of the Sahel Dialogue Platform in Bamako.",
      })
  void noStatement(String text) {
    assertThat(statements(text)).extracting(m -> m.getSpeaker().getName() + ": " + m.getQuote())
        .filteredOn(s -> !s.startsWith("Peruvian foreign ministry: the envoy")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Colombian President Gustavo Petro said he had no plans to meet Maduro this year. | Gustavo Petro
      Colombian President Gustavo Petro said he had no information that the talks had failed. | Gustavo Petro
      Brazilian officials said the two presidents would meet in Belém in November. | Brazilian officials
      The talks will resume in Doha next week, said Jane Doe, Kenya's special envoy to the Horn of Africa. | Jane Doe
      """)
  void nearMissesStillSpeak(String text, String speaker) {
    assertThat(statements(text)).extracting(m -> m.getSpeaker().getName()).containsExactly(speaker);
  }

  @Test
  void thePrimeMinistersOfficeIsNotTheForeignMinistersNamedBefore() {
    List<EventMention> st = statements("Kenyan Foreign Minister Musalia Mudavadi arrived in Canberra on Monday. "
        + "According to the Prime Minister's Office, the two leaders discussed trade and security.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("Prime Minister's Office");
  }

  @Test
  void thePrimeMinistersSecretariatIsTheOfficeOfThePrimeMinisterNamedBefore() {
    List<EventMention> st = statements("KATHMANDU, July 7 - The Indian ambassador called on Prime Minister K. P. "
        + "Sharma Oli at his residence on Sunday. According to the Prime Minister's Secretariat, the two discussed "
        + "\"matters of mutual interest\", including trade.");
    assertThat(st).hasSize(1);
    assertThat(st.get(0).getSpeaker().getName()).endsWith("Secretariat");
    assertThat(st.get(0).getQuote()).contains("matters of mutual interest");
  }
}
