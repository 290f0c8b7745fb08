package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "the head of state", "the head of government": whoever was named with such a title. */
class RoleDescriptorTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-10T12:00:00Z");

  private static List<EventMention> statements(String text) {
    return ofType(extract(text, PUBLISHED), EventType.STATEMENT);
  }

  @Test
  void theHeadOfStateIsThePresidentNamedBefore() {
    assertThat(statements("Ghanaian President John Mahama met British Foreign Secretary David Lammy in Accra on"
        + " Tuesday. The head of state said the talks had been \"frank and useful\"."))
        .singleElement().satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("John Mahama"));
  }

  @Test
  void theHeadOfGovernmentIsThePrimeMinisterNamedBefore() {
    assertThat(statements("Thai Prime Minister Anutin Charnvirakul hosted Malaysian Foreign Minister Mohamad Hasan"
        + " in Bangkok on Monday. The head of government said the border would stay open."))
        .singleElement().satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Anutin Charnvirakul"));
  }

  @Test
  void noHeadOfStateNamedMeansNoSpeaker() {
    assertThat(statements("British Foreign Secretary David Lammy visited Accra on Tuesday. The head of state said"
        + " the talks had been useful.")).isEmpty();
  }
}
