package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hedge later in the sentence that leaves the plan itself unsettled ("although no meeting had been confirmed")
 * makes a planned meeting only proposed; one that leaves only its date open does not. "Any visit" is no event.
 */
class PlanHedgeTest {

  private static final Instant PUBLISHED = Instant.parse("2025-06-11T10:00:00Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Vietnamese Prime Minister Pham Minh Chinh is expected to meet Indonesian President Prabowo Subianto in Jakarta"
          + " on Friday, although officials said no meeting had been confirmed.|PROPOSED",
      "Kenyan President William Ruto will host Ghanaian President John Mahama in Nairobi next week, but the visit has"
          + " yet to be confirmed.|PROPOSED",
      "Egypt's Foreign Minister Badr Abdelatty is set to meet Turkish Foreign Minister Hakan Fidan in Ankara, but no"
          + " formal decision has been made.|PROPOSED",
      "Mexican Foreign Minister Juan Ramón de la Fuente is expected to meet Canadian Foreign Minister Mélanie Joly in"
          + " Ottawa later this month, although no date has been set.|PLANNED",
      "Chilean President Gabriel Boric will meet Argentine President Javier Milei in Buenos Aires, although the meeting"
          + " had not been announced.|PLANNED"
  })
  void unsettledPlanIsProposedButAnUndatedOneStaysPlanned(String text, EventStatus status) {
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text)
        .singleElement().satisfies(m -> assertThat(m.getStatus()).isEqualTo(status));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Any visit by Hungarian Prime Minister Viktor Orbán to Kyiv should be prepared carefully, the Ukrainian Foreign"
          + " Ministry said.",
      "Any future talks with Moscow must include Kyiv, Polish Foreign Minister Radosław Sikorski said."
  })
  void anyVisitOrTalksIsAKindOfEventNotOne(String text) {
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text).isEmpty();
  }
}
