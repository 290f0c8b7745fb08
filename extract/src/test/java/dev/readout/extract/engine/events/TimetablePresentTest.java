package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A present meeting verb in a "when" clause with a set time tells a timetable, whatever tense the attribution has. */
class TimetablePresentTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-10T12:00:00Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The two countries will sign a trade pact when Zambian President Hakainde Hichilema hosts Malawian President"
          + " Peter Mutharika in Lusaka later this month, officials said.|PLANNED",
      "The pact will be signed when Zambian President Hakainde Hichilema visits Lilongwe on Friday, the ministry"
          + " said.|PLANNED",
      "Zambian President Hakainde Hichilema hosted Malawian President Peter Mutharika in Lusaka on Friday, officials"
          + " said.|OCCURRED"
  })
  void statusFollowsTheMeetingsOwnClause(String sentence, EventStatus expected) {
    assertThat(ofType(extract(sentence, PUBLISHED), EventType.MEETING)).as("meetings in: %s", sentence)
        .singleElement().satisfies(m -> assertThat(m.getStatus()).isEqualTo(expected));
  }
}
