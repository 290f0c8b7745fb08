package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.names;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rounds of talks told as nouns are meetings of the parties named with them, or with the series they belong to. */
class RoundsOfTalksTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-04T10:00:00Z");

  private static List<EventMention> meetings(String text) {
    return ofType(extract(text, PUBLISHED), EventType.MEETING);
  }

  @Test
  void roundAgreedByTwoMinistersIsAPlannedMeetingOfThemAndTheThirdParty() {
    List<EventMention> ms = meetings("Uzbek Foreign Minister Bakhtiyor Saidov and Kazakh Foreign Minister Murat"
        + " Nurtleu on Monday agreed to hold the next round of their trilateral dialogue with Kyrgyzstan in Bishkek"
        + " in July.");
    assertThat(ms).as("the agreed round").singleElement().satisfies(m -> {
      assertThat(names(m.getParticipants())).containsExactly("Bakhtiyor Saidov", "Murat Nurtleu", "Kyrgyzstan");
      assertThat(m.getStatus()).isEqualTo(EventStatus.PLANNED);
      assertThat(m.getDate()).as("the round's month, not the day of the agreement").isEqualTo(LocalDate.of(2026, 7, 1));
      assertThat(m.getLocation().getName()).isEqualTo("Bishkek");
    });
  }

  @Test
  void bareRoundTakesTheStatesOfTheSeriesToldBefore() {
    List<EventMention> ms = meetings("Uzbek Foreign Minister Bakhtiyor Saidov and Kazakh Foreign Minister Murat"
        + " Nurtleu on Monday agreed to hold the next round of their trilateral dialogue with Kyrgyzstan in Bishkek"
        + " in July.\n\nThe last round was held in Almaty in October last year.");
    assertThat(ms).as("the agreed round and the last one").hasSize(2);
    assertThat(ms.get(1)).satisfies(m -> {
      assertThat(names(m.getParticipants())).containsExactlyInAnyOrder("Uzbekistan", "Kazakhstan", "Kyrgyzstan");
      assertThat(m.getStatus()).isEqualTo(EventStatus.OCCURRED);
      assertThat(m.getLocation().getName()).isEqualTo("Almaty");
    });
  }

  @Test
  void twoRoundsHeldInTwoCitiesAreTwoMeetingsOfTheSeriesPeople() {
    List<EventMention> ms = meetings("Peruvian Trade Minister Ursula Desilu Leon was due to fly to Quito for a third"
        + " round of talks with Ecuadorian Trade Minister Luis Alberto Jaramillo. The first two rounds, held in Lima in"
        + " July and in Guayaquil on Aug. 19, produced no agreement.");
    assertThat(ms).as("the planned third round and the two held").hasSize(3);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(ms.subList(1, 3)).allSatisfy(m -> {
      assertThat(names(m.getParticipants())).containsExactly("Ursula Desilu Leon", "Luis Alberto Jaramillo");
      assertThat(m.getStatus()).isEqualTo(EventStatus.OCCURRED);
    });
    assertThat(ms.subList(1, 3)).extracting(m -> m.getLocation().getName()).containsExactly("Lima", "Guayaquil");
    assertThat(ms.subList(1, 3)).extracting(EventMention::getDate)
        .containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 19));
  }

  @Test
  void roundWithNoOneNamedTakesTheStatesOfTheLastMeeting() {
    List<EventMention> ms = meetings("Chilean Foreign Minister Alberto van Klaveren met Bolivian Foreign Minister"
        + " Celinda Sosa in Santiago on Monday. The first round of technical talks is set to take place in La Paz in"
        + " June, officials on both sides said.");
    assertThat(ms).as("the meeting and the planned round").hasSize(2);
    assertThat(ms.get(1)).satisfies(m -> {
      assertThat(names(m.getParticipants())).containsExactly("Chile", "Bolivia");
      assertThat(m.getStatus()).isEqualTo(EventStatus.PLANNED);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a round of something that is not talks
      "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. A new round of sanctions was"
          + " announced in Brussels in May.",
      // the round frames the meeting told in the sentence
      "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala during the sixth round of the"
          + " East African Strategic Dialogue.",
      // a bare round with no series of talks told before
      "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. The first round was held in"
          + " Nairobi in May."
  })
  void roundsOfOtherThingsOrFramesMakeNoMeeting(String text) {
    assertThat(meetings(text)).as("meetings in: %s", text).hasSize(1);
  }
}
