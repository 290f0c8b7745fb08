package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.names;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who takes part: people who attend talks already told join them; a lede's bare role is the person the next
 * sentence names; a readiness to discuss something with someone offers a meeting with them.
 */
class MeetingPeopleTest {

  private static final Instant PUBLISHED = Instant.parse("2025-06-11T10:00:00Z");
  private static final String TALKS = "Chinese President Xi Jinping held talks with Vietnamese President Luong Cuong"
      + " in Beijing on Tuesday.\n\n";

  @ParameterizedTest
  @ValueSource(strings = {
      "Chinese Premier Li Qiang and Foreign Minister Wang Yi attended the talks.",
      "Chinese Premier Li Qiang attended the talks, as did Chinese Foreign Minister Wang Yi.",
      "Chinese Premier Li Qiang and Foreign Minister Wang Yi attended the events."
  })
  void peopleWhoAttendTheTalksTakePartInThem(String second) {
    String text = TALKS + second;
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text)
        .singleElement().satisfies(m -> assertThat(names(m.getParticipants()))
            .contains("Xi Jinping", "Li Qiang", "Wang Yi"));
  }

  @Test
  void peopleWhoAttendAnotherEventDoNotJoinTheTalks() {
    String text = TALKS + "Chinese Premier Li Qiang and Foreign Minister Wang Yi attended a concert in Shanghai.";
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).singleElement()
        .satisfies(m -> assertThat(names(m.getParticipants())).doesNotContain("Li Qiang"));
  }

  @Test
  void aLedesBareRoleIsThePersonNamedNext() {
    String text = "Kenya's top diplomat travelled to Addis Ababa on Monday for talks with Ethiopian Prime Minister"
        + " Abiy Ahmed.\n\nMusalia Mudavadi, the foreign minister, was received by Abiy at the National Palace on"
        + " Monday afternoon, the Ethiopian government said.";
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).singleElement()
        .satisfies(m -> assertThat(names(m.getParticipants())).containsExactlyInAnyOrder("Musalia Mudavadi",
            "Abiy Ahmed"));
  }

  @Test
  void aRoleOfAnotherStateStaysItsOwnMeeting() {
    String text = "Uganda's top diplomat travelled to Addis Ababa on Monday for talks with Ethiopian Prime Minister"
        + " Abiy Ahmed.\n\nMusalia Mudavadi, Kenya's foreign minister, was received by Abiy at the National Palace"
        + " on Monday afternoon, the Ethiopian government said.";
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Lithuanian President Gitanas Nausėda said he was ready to discuss border measures with Polish President Karol"
          + " Nawrocki at the earliest opportunity.",
      "Ecuadorian President Daniel Noboa said he was willing to discuss the electricity dispute with Colombian"
          + " President Gustavo Petro."
  })
  void readinessToDiscussWithSomeoneIsAProposedMeeting(String text) {
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).as("meetings in: %s", text).singleElement()
        .satisfies(m -> {
          assertThat(m.getStatus()).isEqualTo(EventStatus.PROPOSED);
          assertThat(m.getParticipants()).hasSize(2);
        });
  }

  @Test
  void readinessToDiscussAMatterWithNoOneIsNoMeeting() {
    String text = "Lithuanian President Gitanas Nausėda said he was ready to discuss border measures at the next"
        + " cabinet session.";
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).isEmpty();
  }

  @Test
  void preparationsForTheVisitNameTheVisitAgain() {
    String text = "Jordan's King Abdullah II will visit Abu Dhabi on Monday for talks with UAE President Mohamed bin"
        + " Zayed.\n\nJordanian Foreign Minister Ayman Safadi and Emirati Foreign Minister Abdullah bin Zayed reviewed"
        + " preparations for the royal visit on Sunday.";
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING)).singleElement()
        .satisfies(m -> assertThat(names(m.getParticipants())).contains("Abdullah II"));
  }
}
