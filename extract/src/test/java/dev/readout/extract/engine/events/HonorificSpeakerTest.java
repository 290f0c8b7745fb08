package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speakers named with an honorific of two words ("Datuk Seri", "Tan Sri") or by their first names only, as
 * Malaysian and Indonesian papers write them, are the people named before; a surname that looks like an
 * honorific ("Tan", "Sri") stays part of the name.
 */
class HonorificSpeakerTest {

  private static List<String> speakers(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, Instant.parse("2026-01-12T08:00:00Z")),
        EventType.STATEMENT).stream().map(EventMention::getSpeaker).map(a -> a.getName()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Perlis Menteri Besar Mohd Shukri Ramli had been due in Bangkok on Monday for talks on the rice trade. "The floods come first. We will go when the water recedes," Datuk Seri Mohd Shukri wrote on Facebook on Sunday. | Mohd Shukri Ramli
      Perlis Menteri Besar Mohd Shukri Ramli met Thai officials in Bangkok on Monday. Datuk Seri Mohd Shukri, better known as Pak Shukri, told Bernama that the rice quota "will be settled before the harvest". | Mohd Shukri Ramli
      Tan Sri Muhyiddin Yassin, the former prime minister, said the government had mishandled the talks with Jakarta. | Muhyiddin Yassin
      Indonesian Finance Minister Sri Mulyani Indrawati met Singapore's Minister for Trade Tan See Leng in Jakarta. Tan See Leng said the two countries would sign a new investment pact next month. | Tan See Leng
      """)
  void honorificOrShortNameResolvesToThePersonNamedBefore(String text, String speaker) {
    assertThat(speakers(text)).containsExactly(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "The floods come first. We will go when the water recedes," Datuk Seri Ahmad Razif wrote on Facebook on Sunday.
      Datuk Seri Ahmad Razif, a businessman from Kuantan, said the rice quota would be settled before the harvest.
      """)
  void honorificAloneMakesNoOneAPoliticalSpeaker(String text) {
    assertThat(speakers(text)).isEmpty();
  }
}
