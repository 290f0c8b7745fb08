package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.names;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A meeting named again ("after the meeting", "The visit follows ...", "welcomed X's visit") is the meeting told
 * before, not a second one of whoever stands near the noun; a visit with a time or place of its own is another.
 */
class SecondMentionTest {

  private static final Instant PUBLISHED = Instant.parse("2025-06-11T10:00:00Z");
  private static final String LEDE = "Kenyan President William Ruto received Ghanaian President John Mahama at State"
      + " House in Nairobi on Monday.\n\n";

  @ParameterizedTest
  @ValueSource(strings = {
      "In a post on X after the meeting, Kenyan Foreign Minister Musalia Mudavadi wrote that ties were strong.",
      "Following the talks, Nigerian Foreign Minister Yusuf Tuggar said the region would benefit.",
      "Kenyan Foreign Minister Musalia Mudavadi welcomed Mahama's visit.",
      "Mahama's two-day visit with Ruto, the first since 2023, comes as trade between the two grows."
  })
  void namingTheMeetingAgainMakesNoSecondMeeting(String second) {
    String text = LEDE + second;
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text)
        .singleElement().satisfies(m -> assertThat(names(m.getParticipants()))
            .containsExactlyInAnyOrder("William Ruto", "John Mahama"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The visit follows a phone call on Sunday between Kenyan Foreign Minister Musalia Mudavadi and his Ghanaian"
          + " counterpart Samuel Okudzeto Ablakwa.",
      "The talks came a week after a phone call between Kenyan Foreign Minister Musalia Mudavadi and Ghanaian"
          + " Foreign Minister Samuel Okudzeto Ablakwa."
  })
  void aPhoneCallTheVisitFollowsIsACallNotAMeeting(String second) {
    String text = LEDE + second;
    var ms = extract(text, PUBLISHED);
    assertThat(ofType(ms, EventType.MEETING)).as("meetings in: %s", text).hasSize(1);
    assertThat(ofType(ms, EventType.CALL)).as("calls in: %s", text).singleElement()
        .satisfies(c -> assertThat(names(c.getParticipants())).contains("Musalia Mudavadi"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mahama's visit to Togo next month will focus on trade.",
      "On Tuesday, Ruto held separate talks with Ugandan President Yoweri Museveni."
  })
  void aVisitOrTalksWithAPlaceTimeOrPartyOfTheirOwnAreAnotherMeeting(String second) {
    String text = LEDE + second;
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The two foreign ministers will prepare the ground for a possible visit by Ugandan President Yoweri Museveni"
          + " to Kenya, officials said.",
      "Officials discussed a planned visit by Ugandan President Yoweri Museveni to Nairobi."
  })
  void aVisitBySomeoneToAPlaceIsTheirsAndTheHostStates(String text) {
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text)
        .singleElement().satisfies(m -> assertThat(names(m.getParticipants()))
            .containsExactlyInAnyOrder("Yoweri Museveni", "Kenya"));
  }
}
