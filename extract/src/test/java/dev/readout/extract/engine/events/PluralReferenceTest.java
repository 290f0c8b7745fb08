package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The two presidents", "both ministers", "the two leaders" are the people just named who hold that role, not
 * whoever the last sentence with two people named.
 */
class PluralReferenceTest {

  private static String speaker(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, Instant.parse("2026-03-11T10:00:00Z")), EventType.STATEMENT)
        .stream().map(EventMention::getSpeaker).map(a -> a.getName()).findFirst().orElse("none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Brazilian President Luiz Inacio Lula da Silva received Argentine President Javier Milei in Brasilia on Monday. Brazilian Foreign Minister Mauro Vieira and Argentine Foreign Minister Gerardo Werthein signed a customs accord. The two presidents said the Mercosur summit would take place in July. | Luiz Inácio Lula da Silva and Javier Milei
      Brazilian Foreign Minister Mauro Vieira met Argentine Foreign Minister Gerardo Werthein in Brasilia on Monday. President Luiz Inacio Lula da Silva and his spokesman Paulo Pimenta joined them for lunch. Both ministers said the customs accord would be signed in July. | Mauro Vieira and Gerardo Werthein
      """)
  void pluralRoleIsThePeopleJustNamedWhoHoldIt(String text, String speakers) {
    assertThat(speaker(text)).isEqualTo(speakers);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on Monday. The two leaders said the Mercosur summit would take place in July. | Luiz Inácio Lula da Silva and Javier Milei
      Brazilian Foreign Minister Mauro Vieira met Argentine President Javier Milei in Brasilia on Monday. The two sides said the customs accord would be signed in July. | Mauro Vieira and Javier Milei
      """)
  void pluralWithoutAnotherRoleHolderIsTheLastPairNamed(String text, String speakers) {
    assertThat(speaker(text)).isEqualTo(speakers);
  }
}
