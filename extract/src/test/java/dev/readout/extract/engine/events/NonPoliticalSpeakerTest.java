package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who gives no statement (EVENTS.md rule 4): unnamed officials speaking off the record, and what they add; heads of
 * business bodies. A politician who also chairs a business body still speaks.
 */
class NonPoliticalSpeakerTest {

  private static final Instant PUBLISHED = Instant.parse("2026-02-17T10:00:00Z");
  private static final String LEAD = "Kenya and Tanzania signed a border accord in Nairobi on Monday. ";

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(LEAD + text, PUBLISHED), EventType.STATEMENT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tanzanian officials said privately that a second round of talks was possible in June.",
      "Kenyan officials, speaking on condition of anonymity, said the accord would be ratified next month.",
      "President William Ruto could visit Arusha in May, two officials familiar with the plans said, adding that no "
          + "date had been set.",
      "\"Uncertainty is bad for trade,\" said Peter Mwangi, chairman of the Kenya Private Sector Alliance of Business.",
      "Jane Doe, president of the Nairobi Chamber of Commerce, said the accord would lift exports across the lake.",
  })
  void offTheRecordOfficialsAndBusinessHeadsGiveNoStatement(String text) {
    assertThat(statements(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kenyan officials said the accord would be ratified by parliament next month. | Kenyan officials
      Trade Minister Lee Kinyanjui, chairman of the East African Business Council, said the deal was good for farmers. | Lee Kinyanjui
      President William Ruto could visit Arusha in May, Kenyan officials said, adding that the date depended on the rains. | Kenyan officials
      """)
  void officialsOnTheRecordAndTitledPoliticiansStillSpeak(String text, String speaker) {
    assertThat(statements(text)).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getSpeaker().getName()).isEqualTo(speaker));
  }
}
