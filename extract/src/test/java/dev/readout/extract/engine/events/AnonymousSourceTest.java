package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Anonymous sources are never speakers (EVENTS.md rule 4), not even through the body they belong to. */
class AnonymousSourceTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-10T12:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {
      "According to two NATO diplomats, the summit will be moved to July.",
      "Three African Union officials said the mission would be extended.",
      "A source at the Kremlin told reporters that the visit would go ahead.",
      "Sources close to the Nigerian foreign ministry said the envoy would be recalled."
  })
  void anAnonymousSourceMakesNoStatement(String sentence) {
    assertThat(ofType(extract(sentence, PUBLISHED), EventType.STATEMENT)).as("statements in: %s", sentence).isEmpty();
  }

  @Test
  void theBodyItselfStillSpeaks() {
    assertThat(ofType(extract("The Nigerian foreign ministry said the envoy would be recalled.", PUBLISHED),
        EventType.STATEMENT)).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getName()).containsIgnoringCase("Foreign"));
  }

  @Test
  void officialsOfAStateWithoutACountStillSpeakForIt() {
    assertThat(ofType(extract("Brazilian officials said the talks had been constructive.", PUBLISHED),
        EventType.STATEMENT)).hasSize(1);
  }
}
