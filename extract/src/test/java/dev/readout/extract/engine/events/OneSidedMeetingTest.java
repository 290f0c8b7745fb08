package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A meeting needs two sides and a told or planned occasion: a visit to one's own troops or embassy, a question
 * put to a spokesperson and a body's series of sittings are none (EVENTS.md rules 1 and 6).
 */
class OneSidedMeetingTest {

  private static final Instant PUBLISHED = Instant.parse("2025-06-11T10:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {
      "Kenya's Defence Cabinet Secretary Soipan Tuya visited Kenyan troops in Port-au-Prince in July.",
      "Indian Defence Minister Rajnath Singh visited the Indian peacekeeping contingent in Juba on Friday.",
      "Australian Foreign Minister Penny Wong visited the Australian embassy in Kyiv on Monday.",
      "Asked whether Modi would meet Chinese President Xi Jinping in Kazan, Indian Foreign Secretary Vikram Misri"
          + " declined to comment.",
      "When asked if Ruto would host Museveni next week, the Kenyan government spokesman said he had no information.",
      "The two countries seek to coordinate their positions ahead of next month's African Union meetings.",
      "Since then, the African Union has preferred lower-level talks between the chief negotiators.",
      "Beijing has long favoured bilateral talks with each claimant state."
  })
  void oneSidedVisitQuestionOrSeriesIsNoMeeting(String text) {
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Australian Foreign Minister Penny Wong visited Kyiv on Monday.",
      "Indian Foreign Secretary Vikram Misri said Modi would meet Chinese President Xi Jinping in Kazan on Tuesday.",
      "Leaders will gather in Addis Ababa for next month's African Union summit.",
      "African Union Commission chairman Mahmoud Ali Youssouf held lower-level talks with Sudanese Prime Minister"
          + " Kamil Idris in Addis Ababa on Monday."
  })
  void visitAbroadAToldPlanOrOneSittingIsAMeeting(String text) {
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text).hasSize(1);
  }
}
