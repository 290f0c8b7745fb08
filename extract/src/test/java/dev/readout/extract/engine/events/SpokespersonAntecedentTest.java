package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An unnamed spokesperson tied to an antecedent by a possessive or a body's name speaks for the antecedent's body
 * (EVENTS.md rule 4): "his spokesman", "a spokesperson for her department", "its spokesperson", "A Foreign Ministry
 * spokesperson"; where the spokesperson speaks ("in parliament") is never the speaker.
 */
class SpokespersonAntecedentTest {

  private static final Instant PUBLISHED = Instant.parse("2026-02-17T10:00:00Z");

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, PUBLISHED), EventType.STATEMENT);
  }

  private static List<String> speakers(String text) {
    return statements(text).stream().map(m -> m.getSpeaker().getName()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      NAIROBI, Feb 16 (Reuters) - Defence Minister Soipan Tuya had been due to fly to Dodoma this week, but the visit was postponed, a spokesperson for her department said. | Kenyan Defense Ministry
      LIMA, Feb 16 (Reuters) - Interior Minister Juan Santivanez was expected in La Paz on Friday. His spokesman said the minister would travel to the border next week instead. | Peruvian Interior Ministry
      Interior Minister Juan Santivanez had been due to travel to La Paz, but the trip was postponed, a spokesperson for his department said. | Interior Ministry
      """)
  void spokespersonOfAPronounsMinisterSpeaksForTheMinistry(String text, String ministry) {
    assertThat(speakers(text)).containsExactly(ministry);
  }

  @Test
  void itsSpokespersonSpeaksForTheBodyThatOpenedTheSentenceBefore() {
    assertThat(speakers("The African Union sent observers to the signing. Its spokesperson said the deal would serve as "
        + "a model for the whole region.")).containsExactly("African Union");
  }

  @Test
  void itsSpokespersonOfAnUnknownBodyIsNotThePlaceItSpeaksIn() {
    // The party is no known actor, so no one can be named; Congress is where the spokesperson sits, not who speaks.
    assertThat(statements("The Green Alliance, the junior partner in the coalition, opposed the deal. Its spokesperson "
        + "in Congress said the party would not support any agreement on the lake.")).isEmpty();
  }

  @Test
  void bodySpokespersonWithNoStateSpeaksForTheHomeStatesBody() {
    assertThat(speakers("BUENOS AIRES, Feb 16 (Reuters) - Argentina and Chile signed a glacier accord on Monday. A "
        + "Foreign Ministry spokesperson said on Tuesday that a planned visit to Santiago had been cancelled."))
        .containsExactly("Argentine Foreign Ministry");
  }

  @Test
  void spokespersonOfAThirdPartyIsNotThePronounsOffice() {
    assertThat(speakers("Interior Minister Juan Santivanez met Bolivian officials in La Paz. A spokesman for the "
        + "opposition party said the meeting had been a waste of time.")).doesNotContain("Interior Ministry");
  }
}
