package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plans told in the past ("was due to fly ... for talks") are still plans; a future asked about ("whether A will
 * receive B") or called possible is only proposed.
 */
class OpenPlanStatusTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-10T12:00:00Z");

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      // talks that are the purpose of a journey take the journey's status, however far its destination stands
      "Kenyan Foreign Minister Musalia Mudavadi was due to fly to Addis Ababa for a second round of talks with"
          + " Ethiopian Foreign Minister Gedion Timothewos.|PLANNED",
      "Dutch Prime Minister Dick Schoof was set to travel to Oslo for fresh talks with Norwegian Prime Minister"
          + " Jonas Gahr Store.|PLANNED",
      "Kenyan Foreign Minister Musalia Mudavadi flew to Addis Ababa on Monday for a second round of talks with"
          + " Ethiopian Foreign Minister Gedion Timothewos.|OCCURRED",
      // a future inside an open question
      "It remains unclear whether Qatari Emir Tamim bin Hamad Al Thani will receive Indian Prime Minister Narendra"
          + " Modi during the trip.|PROPOSED",
      "Reporters asked if Brazilian President Luiz Inacio Lula da Silva would meet Colombian President Gustavo"
          + " Petro in Bogota.|PROPOSED",
      "Qatari Emir Tamim bin Hamad Al Thani will receive Indian Prime Minister Narendra Modi in Doha on"
          + " Sunday.|PLANNED",
      // "was possible" after parties with long names
      "Diplomats said a meeting between Japanese Prime Minister Shigeru Ishiba and South Korean President Lee"
          + " Jae-myung was possible.|PROPOSED",
      "A meeting between Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung was held"
          + " in Osaka on Monday.|OCCURRED",
      // "to call on" a person after a timetable word is a courtesy visit ahead
      "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa is also scheduled to call on President Bola Tinubu before"
          + " leaving Abuja on Friday.|PLANNED",
      "Mongolian Prime Minister Gombojav Zandanshatar is expected to call on Emperor Naruhito during his stay in Tokyo"
          + " next week.|PLANNED"
  })
  void statusReadsPlansToldInThePastAndOpenQuestions(String sentence, EventStatus expected) {
    assertThat(ofType(extract(sentence, PUBLISHED), EventType.MEETING)).as("meetings in: %s", sentence)
        .singleElement().satisfies(m -> assertThat(m.getStatus()).as("status of: %s", sentence).isEqualTo(expected));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Chilean Foreign Minister Alberto van Klaveren called on Argentina to release the detained fishermen.",
      "The opposition urged the government to call on Russia to withdraw its troops.",
      "Ministers are expected to call on President Bola Tinubu to sign the bill."
  })
  void callingOnSomeoneToActIsNoVisit(String sentence) {
    assertThat(ofType(extract(sentence, PUBLISHED), EventType.MEETING)).as("meetings in: %s", sentence).isEmpty();
  }
}
