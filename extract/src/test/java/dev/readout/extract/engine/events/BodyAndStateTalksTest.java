package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An international body that opens or holds talks with a state meets that state, when nobody is named. */
class BodyAndStateTalksTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-04T10:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {
      "The African Union will formally open peace talks with Sudan at a conference in Addis Ababa on June 23.",
      "The European Union will open the first cluster of accession talks with Moldova in Brussels next month."
  })
  void bodyOpeningTalksWithAStateIsAPlannedMeetingOfBoth(String sentence) {
    assertThat(ofType(extract(sentence, PUBLISHED), EventType.MEETING)).as("meetings in: %s", sentence)
        .singleElement().satisfies(m -> {
          assertThat(m.getParticipants()).hasSize(2);
          assertThat(m.getStatus()).isEqualTo(EventStatus.PLANNED);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Talks between Russia and Ukraine resumed in Istanbul on Monday.",
      "The African Union welcomed the peace talks with Sudan in Addis Ababa on Monday."
  })
  void sidesOfTalksOrABodyThatOnlyCommentsMakeNoMeeting(String sentence) {
    assertThat(ofType(extract(sentence, PUBLISHED), EventType.MEETING)).as("meetings in: %s", sentence).isEmpty();
  }
}
