package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Meetings and calls told in phrasings the first rules missed: cancellations told as "never took place",
 * invitations to talks at a place, groups and countries as participants, passive and nominal predicates.
 * Sentences written for these tests, with actors and regions of no development set.
 */
class MeetingRecallTest {

  /** Wednesday 2025-06-11. */
  private static final Instant PUBLISHED = Instant.parse("2025-06-11T09:00:00Z");

  private static List<EventMention> interactions(String text) {
    return SharedEngine.extract(text, PUBLISHED).stream().filter(m -> m.getType() != EventType.STATEMENT).toList();
  }

  private static List<String> names(EventMention m) {
    return SharedEngine.names(m.getParticipants());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A visit by Ruto to Addis Ababa, first floated in April, never took place.",
      "A meeting between Boric and Arce that had been planned for May never happened.",
      "The talks between Orbán and Fico, announced in January, did not materialise.",
      "A state visit by Lula to Lima was discussed for months but never materialized."})
  void aMeetingThatNeverCameAboutIsNoEvent(String sentence) {
    assertThat(interactions(sentence)).as("a meeting that never took place: %s", sentence).isEmpty();
  }

  @Test
  void aMeetingThatFinallyHappenedIsStillAnEvent() {
    List<EventMention> ms = interactions("The summit between Ramaphosa and Hichilema in Lusaka finally happened "
        + "after two delays.");
    assertThat(ms).as("a summit that did happen").hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("Cyril Ramaphosa", "Hakainde Hichilema");
  }

  @Test
  void aVisitToldAsAVerbIsNotCancelledByANeverLaterInTheSentence() {
    List<EventMention> ms = interactions("Ruto will visit Addis Ababa next week, a trip that officials said had "
        + "never been planned so quickly.");
    assertThat(ms).as("the planned visit").hasSize(1);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void invitingTwoLeadersToACityForDirectTalksProposesAMeetingOfAllThreeThere() {
    List<EventMention> ms = interactions("President Lula said he would invite Venezuela's President Nicolás Maduro "
        + "and Guyana's President Irfaan Ali to Brasília for direct talks.");
    assertThat(ms).as("one proposed meeting").hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Luiz Inácio Lula da Silva", "Nicolás Maduro",
        "Irfaan Ali");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PROPOSED);
    assertThat(ms.get(0).getLocation().getName()).isEqualTo("Brasília");
  }

  @Test
  void invitingACounterpartForTalksIsAProposedMeetingOfTheTwo() {
    List<EventMention> ms = interactions("Ramaphosa invited Hichilema to Pretoria for talks on the border.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("Cyril Ramaphosa", "Hakainde Hichilema");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PROPOSED);
  }

  @Test
  void invitingInvestorsToATradeFairIsNoMeeting() {
    assertThat(interactions("Ruto invited investors to Nairobi for a trade fair.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Rutte and De Croo held intergovernmental consultations in The Hague on Monday.",
      "Albanese and Luxon held a working lunch in Canberra on Monday.",
      "Foreign ministers Wang Yi and Bui Thanh Son held their fourth round of talks in Hanoi on Monday."})
  void meetingNounsOfOtherKindsAreMeetingsOfTheirSubjects(String sentence) {
    List<EventMention> ms = interactions(sentence);
    assertThat(ms).as("one meeting in: %s", sentence).hasSize(1);
    assertThat(ms.get(0).getParticipants()).as("its two people").hasSize(2);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.OCCURRED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Ruto criticised Museveni in a speech during the rebels' retreat from the border town on Monday.",
      "Ruto and Museveni broke for lunch before the vote in Kampala.",
      "Observers say the retreat, which alternates between the two countries, has helped the relationship."})
  void retreatsAndMealsThatAreNoSittingOfLeadersAreNoMeetings(String sentence) {
    assertThat(interactions(sentence)).as("no meeting in: %s", sentence).isEmpty();
  }

  @Test
  void theTwoGovernmentsHoldingConsultationsAreTheTwoLeadersNamedEarlierInTheSentence() {
    List<EventMention> ms = interactions("Dutch Prime Minister Dick Schoof and Belgian Prime Minister Bart De Wever "
        + "agreed on Monday to build a new rail link and to share fire-fighting aircraft over the summer, as the two "
        + "governments held their first intergovernmental consultations in Brussels in four years.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Dick Schoof", "Bart De Wever");
    assertThat(ms.get(0).getLocation().getName()).isEqualTo("Brussels");
  }

  @Test
  void aPlannedLeadersRetreatBetweenTheTwoCountriesIsOfTheLeadersOnTheCall() {
    List<EventMention> ms = interactions("Japan's Foreign Ministry said Prime Minister Shigeru Ishiba had spoken by "
        + "phone with South Korean President Lee Jae-myung on Monday to discuss tariffs and a planned leaders' "
        + "retreat between the two countries in the spring.");
    EventMention retreat = ms.stream().filter(m -> m.getType() == EventType.MEETING).findFirst().orElseThrow();
    assertThat(names(retreat)).containsExactlyInAnyOrder("Shigeru Ishiba", "Lee Jae-myung");
    assertThat(retreat.getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(ms).filteredOn(m -> m.getType() == EventType.CALL).hasSize(1);
  }

  @Test
  void theTwoCountriesOfAnotherSentenceStayStatesThatMeetNobody() {
    List<EventMention> ms = interactions("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
        + "in Nairobi on Monday. The two countries will hold consultations on the levy next month.");
    assertThat(ms).as("only Monday's meeting").hasSize(1);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void aGuestExpectedToBeReceivedByAHostIsAPlannedMeeting() {
    List<EventMention> ms = interactions("Ghana's Foreign Minister Samuel Okudzeto Ablakwa is expected to be received "
        + "by President Bola Tinubu in Abuja on Friday.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("Samuel Okudzeto Ablakwa", "Bola Tinubu");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(ms.get(0).getDate()).as("the Friday ahead").hasToString("2025-06-13");
  }

  @Test
  void aGuestWhoWasReceivedOrHasBeenReceivedWasMet() {
    assertThat(interactions("Ghana's Foreign Minister Samuel Okudzeto Ablakwa was received by President Bola Tinubu "
        + "in Abuja on Friday.")).singleElement().extracting(EventMention::getStatus).isEqualTo(EventStatus.OCCURRED);
    assertThat(interactions("Ghana's Foreign Minister Samuel Okudzeto Ablakwa has been received by President Bola "
        + "Tinubu in Abuja.")).singleElement().extracting(EventMention::getStatus).isEqualTo(EventStatus.OCCURRED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A spokesperson for Mr Ruto said the two leaders would \"catch up by phone in the coming days\".",
      "A spokesperson for Mr Ruto said Ruto and Abiy would \"catch up by phone in the coming days\"."})
  void aCallThatAQuotedFragmentFinishesIsThePlannedCallOfTheUnquotedSubject(String second) {
    List<EventMention> ms = interactions("Mr Ruto's planned meeting with Ethiopia's Prime Minister Abiy Ahmed, "
        + "scheduled for Tuesday, did not go ahead after Mr Abiy returned home early. " + second);
    assertThat(ms).as("only the call: the meeting did not go ahead").singleElement().satisfies(call -> {
      assertThat(call.getType()).isEqualTo(EventType.CALL);
      assertThat(names(call)).containsExactlyInAnyOrder("William Ruto", "Abiy Ahmed");
      assertThat(call.getStatus()).isEqualTo(EventStatus.PLANNED);
    });
  }

  @Test
  void aCallInsideAWholeQuotedSpeechIsNoEventOfTheWriter() {
    List<EventMention> ms = interactions("Ruto said: \"We will meet Abiy soon and we will phone Museveni tomorrow, "
        + "and the leaders of the whole region will gather in Addis to sign the pact.\"");
    assertThat(ms).isEmpty();
  }

  @Test
  void theNextSessionOfTalksBetweenStatesIsAPlannedMeetingOfThoseWhoAgreedToHoldIt() {
    List<EventMention> ms = interactions("Foreign ministers Wang Yi and Bui Thanh Son agreed to hold the next "
        + "bilateral session in Beijing in September.");
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(names(m)).containsExactly("Wang Yi", "Bùi Thanh Sơn");
      assertThat(m.getStatus()).isEqualTo(EventStatus.PLANNED);
      assertThat(m.getLocation().getName()).isEqualTo("Beijing");
    });
  }

  @Test
  void aPlenarySessionOfAnAssemblyIsNoTalksOfItsGuests() {
    assertThat(interactions("Ruto and Museveni attended a plenary session of the East African Legislative Assembly "
        + "in Arusha on Monday.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Senegal's Faye hosts Ghana's top diplomat in Dakar\n\nSenegalese President Bassirou Diomaye Faye on Monday "
          + "received Ghana's Foreign Minister Samuel Okudzeto Ablakwa in Dakar for talks on the Sahel.\n",
      "Ruto, Tinubu discuss trade in phone talks\n\nKenyan President William Ruto held phone talks with Nigerian "
          + "President Bola Tinubu on Tuesday.\n"})
  void aHeadlineThatRestatesTheLedeInShortFormsMakesNoSecondEvent(String article) {
    assertThat(interactions(article)).as("one event, told by the body").singleElement()
        .satisfies(m -> assertThat(m.getParticipants()).allMatch(a -> a.getKind().name().equals("PERSON")));
  }

  @Test
  void aHeadlineNamingAnotherKnownLeaderTellsAnotherEvent() {
    List<EventMention> ms = interactions("Ruto and Abiy meet in Addis Ababa\n\nKenyan President William Ruto met "
        + "Ugandan President Yoweri Museveni in Kampala on Tuesday.\n");
    assertThat(ms).extracting(m -> names(m)).containsExactlyInAnyOrder(List.of("William Ruto", "Abiy Ahmed"),
        List.of("William Ruto", "Yoweri Museveni"));
  }

  @Test
  void aSummitGivenItsOwnDateByAnAppositiveIsAPlannedMeetingOfTheBodyThenAndThere() {
    List<EventMention> ms = interactions("The agreement comes ahead of the Extraordinary Summit of SADC Heads of State, "
        + "set for July 14 in Harare, where the crisis in Mozambique tops the agenda.");
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(names(m)).containsExactly("SADC");
      assertThat(m.getStatus()).isEqualTo(EventStatus.PLANNED);
      assertThat(m.getDate()).hasToString("2025-07-14");
      assertThat(m.getLocation().getName()).isEqualTo("Harare");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The agreement comes ahead of the SADC summit in Harare.",
      "Ruto and Museveni agreed on a border deal ahead of the SADC summit."})
  void aSummitThatOnlyDatesOtherNewsIsNoMeetingOfTheNewsPeople(String sentence) {
    assertThat(interactions(sentence)).as("no meeting in: %s", sentence).isEmpty();
  }
}
