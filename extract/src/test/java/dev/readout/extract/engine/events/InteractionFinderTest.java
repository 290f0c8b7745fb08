package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import dev.readout.extract.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Meetings and calls as the whole engine reads them from sentences written for these tests (actors
 * and phrasings of no development set): who takes part, and whether a sentence holds one at all.
 */
class InteractionFinderTest {

  /** Wednesday 2024-03-13: "next month" is April, "in June" lies ahead. */
  private static final Instant PUBLISHED = Instant.parse("2024-03-13T09:00:00Z");

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static List<EventMention> meetings(String text) {
    return engine.extract(new ArticleInput("t", text, PUBLISHED, "Test", null)).stream()
        .filter(m -> m.getType() != EventType.STATEMENT).toList();
  }

  private static List<String> names(EventMention m) {
    return m.getParticipants().stream().map(Actor::getName).toList();
  }

  @Test
  void summitOfABodyNamedOnlyAsANounPhraseIsAPlannedMeetingOfThatBody() {
    List<EventMention> ms = meetings("The minister said the water dispute would be raised at next month's "
        + "SADC summit in Harare.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("SADC");
    assertThat(ms.get(0).getMode()).isEqualTo("MULTILATERAL");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(ms.get(0).getLocation().getName()).isEqualTo("Harare");
  }

  @Test
  void summitThatIsOnlyTheOccasionOfAnotherMeetingIsNoEventOfItsOwn() {
    List<EventMention> ms = meetings("Petro and Arce could meet on the sidelines of the Mercosur summit next month.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).doesNotContain("Mercosur");
  }

  @Test
  void pastSummitOfABodyIsBackgroundNotNews() {
    assertThat(meetings("The plan was first floated at an Arab League summit in Algiers two years ago.")).isEmpty();
  }

  @Test
  void summitThatIsThePlaceOfAModalMeetingStillLiesAhead() {
    List<EventMention> ms = meetings("Officials said Ramaphosa might meet Hichilema at the SADC summit in Luanda "
        + "in June.");
    EventMention summit = ms.stream().filter(m -> names(m).equals(List.of("SADC"))).findFirst().orElseThrow();
    assertThat(summit.getStatus()).isEqualTo(EventStatus.PLANNED);
    EventMention bilateral = ms.stream().filter(m -> names(m).contains("Cyril Ramaphosa")).findFirst().orElseThrow();
    assertThat(bilateral.getStatus()).isEqualTo(EventStatus.PROPOSED);
  }

  @Test
  void internationalBodyHoldingASessionIsAMeetingOfThatBody() {
    List<EventMention> ms = meetings("The UN Security Council will hold an emergency session on the crisis on Friday.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("UN Security Council");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void nationalBodyHoldingASessionIsNoDiplomaticMeeting() {
    assertThat(meetings("Kenya's parliament will hold a special session on the budget on Friday.")).isEmpty();
  }

  @Test
  void twoStatesAsTheSubjectOfTalksAreItsParticipants() {
    List<EventMention> ms = meetings("Kenya and Tanzania will hold border talks in Arusha next week, the foreign "
        + "ministry said.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Kenya", "Tanzania");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void statesNamedAsTheSidesOfTalksOrAsQualifiersMeetNobody() {
    assertThat(meetings("Talks between Armenia and Azerbaijan have stalled since the spring.")).isEmpty();
    assertThat(meetings("Chile and Peru met in the semi-final, and Chile won on penalties.")).isEmpty();
    assertThat(meetings("The foreign ministers of Chile, Peru and Bolivia will hold talks in La Paz."))
        .noneMatch(m -> names(m).containsAll(List.of("Peru", "Bolivia")));
  }

  @Test
  void conditionalNegotiationWithAVagueGroupIsNoMeeting() {
    assertThat(meetings("Ruto warned that the EAC should start negotiating with Gulf partners if the talks with "
        + "Brussels fail.")).isEmpty();
  }

  @Test
  void conditionalMeetingOfNamedPeopleIsOnlyProposed() {
    List<EventMention> ms = meetings("Orban should meet Fico in Bratislava if the pipeline dispute is settled.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PROPOSED);
  }

  @Test
  void leadersOfABlocMeetingInAWhereClauseAreTheBlocsLeadersNotTheMainClausesPeople() {
    List<EventMention> ms = meetings("Ruto wants the treaty signed in Arusha, where the SADC's leaders meet on "
        + "April 20.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("SADC leaders");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void theTwoCountriesAreNeverThePeopleOfAnEarlierMeeting() {
    List<EventMention> ms = meetings("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
        + "Nairobi on Monday. The two countries said their trade "
        + "envoys would meet in Mombasa next month.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("William Ruto", "Samia Suluhu Hassan");
  }

  @Test
  void hoursOfTalksJoinedByTwoMinistersWereHeld() {
    List<EventMention> ms = meetings("Kenyan Foreign Minister Musalia Mudavadi joined Ethiopian Foreign Minister "
        + "Gedion Timothewos for four hours of talks in Addis Ababa on Monday.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.OCCURRED);
    assertThat(names(ms.get(0))).hasSize(2);
  }

  @Test
  void hoursOfTalksAsATopicMeetNobody() {
    assertThat(meetings("Analysts doubt that hours of talks will change the outcome.")).isEmpty();
  }

  @Test
  void passiveTalksLedByTwoMinistersAreAMeetingOfThoseMinisters() {
    List<EventMention> ms = meetings("The talks on Monday were led by Ugandan Foreign Minister Jeje Odongo and "
        + "Rwandan Foreign Minister Olivier Nduhungirehe, and were mediated by Angola.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Jeje Odongo", "Olivier Nduhungirehe");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void talksLedByOneOfficialAtHomeNameNoSecondParty() {
    assertThat(meetings("The talks were led by Ugandan Foreign Minister Jeje Odongo.")).isEmpty();
  }

  @Test
  void bothSidesAgreeingToMeetAgainAreTheStatesOfTheTalks() {
    List<EventMention> ms = meetings("Ugandan Foreign Minister Jeje Odongo met Rwandan Foreign Minister Olivier "
        + "Nduhungirehe in Luanda on Monday. Both sides agreed to meet again in Kigali next month.");
    assertThat(ms).hasSize(2);
    assertThat(names(ms.get(1))).containsExactlyInAnyOrder("Uganda", "Rwanda");
    assertThat(ms.get(1).getStatus()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void hostReceivingHisCounterpartIsAMeeting() {
    List<EventMention> ms = meetings("President Hakainde Hichilema on Monday received his Malawian counterpart, "
        + "Lazarus Chakwera, at State House in Lusaka.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Hakainde Hichilema", "Lazarus Chakwera");
  }

  @Test
  void receivingALetterIsNoMeeting() {
    assertThat(meetings("President Hakainde Hichilema on Monday received the Nobel committee's letter.")).isEmpty();
  }

  @Test
  void aCallAndAPlannedTripJoinedByAndKeepTheirOwnPeople() {
    List<EventMention> ms = meetings("Kenyan President William Ruto said he had spoken by phone with South "
        + "African President Cyril Ramaphosa on Monday and intended to travel to Kinshasa to meet Congolese "
        + "President Felix Tshisekedi.");
    EventMention call = ms.stream().filter(m -> m.getType() == EventType.CALL).findFirst().orElseThrow();
    assertThat(names(call)).containsExactlyInAnyOrder("William Ruto", "Cyril Ramaphosa");
    EventMention trip = ms.stream().filter(m -> m.getType() == EventType.MEETING).findFirst().orElseThrow();
    assertThat(names(trip)).doesNotContain("Cyril Ramaphosa").contains("Félix Tshisekedi");
  }

  @Test
  void speakerAfterAFrontedMeetingOnlyReportsIt() {
    List<EventMention> ms = meetings("President Hakainde Hichilema on Monday met Malawian President Lazarus "
        + "Chakwera in Lusaka. In a statement after the closed-door meeting, presidential spokesman Clayson "
        + "Hamasaka said the leaders agreed to reopen the border.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Hakainde Hichilema", "Lazarus Chakwera");
  }

  @Test
  void ownedVisitsToTwoCapitalsAreOneVisitEachOfTheOwnerNotOfTheListener() {
    List<EventMention> ms = meetings("Mr Ruto briefed Mr Museveni on his recent visits to Kinshasa and Juba.");
    assertThat(ms).hasSize(2);
    assertThat(ms).allSatisfy(m -> assertThat(names(m)).contains("William Ruto").doesNotContain("Yoweri Museveni"));
    assertThat(ms.stream().map(m -> m.getLocation().getName())).containsExactly("Kinshasa", "Juba");
  }

  @Test
  void visitsWithNoOwnerAreNoTrips() {
    assertThat(meetings("Visits to Kinshasa and Juba have become rarer, analysts said.")).isEmpty();
  }

  @Test
  void meetingAnnouncedWithWouldAfterSaidIsPlannedUnlessConditional() {
    assertThat(meetings("The ministry said President William Ruto would host Ugandan President Yoweri Museveni "
        + "in Nairobi.").get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(meetings("Diplomats said President William Ruto would host Ugandan President Yoweri Museveni if "
        + "the row eased.").get(0).getStatus()).isEqualTo(EventStatus.PROPOSED);
  }

  @Test
  void meetingAfterWhichTheSpeakerTalksOnlyDatesTheMeetingHeAnnounces() {
    List<EventMention> ms = meetings("Speaking after the talks, Zambian Foreign Minister Mulambo Haimbe said "
        + "Lusaka would host a meeting with Malawian Foreign Minister Nancy Tembo next month.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(names(ms.get(0))).contains("Nancy Tembo");
  }

  @Test
  void personLeadingAStatesDelegationInTheNextSentenceSitsForThatState() {
    List<EventMention> ms = meetings("Kenya and Ethiopia will hold border talks in Moyale next week. Foreign "
        + "Minister Musalia Mudavadi will lead the Kenyan delegation, the ministry said.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Musalia Mudavadi", "Ethiopia");
  }

  @Test
  void sittingOfAJointCommissionIsAMeetingOfTheCommissionAndItsStates() {
    List<EventMention> ms = meetings("Ghana has proposed a meeting of the Joint Permanent Commission for "
        + "Cooperation with Togo.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Joint Permanent Commission", "Ghana", "Togo");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PROPOSED);
  }

  @Test
  void sittingOfANationalCommitteeIsNoDiplomaticMeeting() {
    assertThat(meetings("Ghana's parliament has called a meeting of the Finance Committee on the budget.")).isEmpty();
  }

  /** Meeting and call phrasings none of the development sets has, each with the event and two of its people. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Egyptian President Abdel Fattah el-Sisi held a phone conversation with Turkish President Recep Tayyip Erdogan "
          + "on Tuesday.|CALL|PHONE|OCCURRED|Abdel Fattah el-Sisi|Recep Tayyip Erdoğan",
      "Vietnamese Prime Minister Pham Minh Chinh received Japanese Foreign Minister Takeshi Iwaya at the presidential "
          + "palace in Hanoi on Monday.|MEETING|BILATERAL|OCCURRED|Phạm Minh Chính|Takeshi Iwaya",
      "Indonesian Foreign Minister Sugiono, Malaysian Foreign Minister Mohamad Hasan and Singaporean Foreign Minister "
          + "Vivian Balakrishnan held a trilateral meeting in Jakarta on Friday.|MEETING|MULTILATERAL|OCCURRED|Sugiono|"
          + "Vivian Balakrishnan",
      "On the margins of the UN General Assembly, Colombian President Gustavo Petro met Venezuelan President Nicolas "
          + "Maduro.|MEETING|BILATERAL|OCCURRED|Gustavo Petro|Nicolás Maduro",
      "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan co-chaired the Kenya-Tanzania "
          + "business forum in Arusha on Monday.|MEETING|BILATERAL|OCCURRED|William Ruto|Samia Suluhu Hassan",
      "Chilean President Gabriel Boric signed a lithium agreement during a visit to Buenos Aires on Thursday.|"
          + "MEETING|VISIT|OCCURRED|Gabriel Boric|Argentina",
      "Polish Foreign Minister Radoslaw Sikorski hosted his Lithuanian counterpart Kestutis Budrys in Warsaw on "
          + "Wednesday.|MEETING|BILATERAL|OCCURRED|Radosław Sikorski|Kęstutis Budrys",
      "Indian External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi held a video conference "
          + "on Monday.|CALL|VIDEO|OCCURRED|Subrahmanyam Jaishankar|Wang Yi",
      "Saudi Crown Prince Mohammed bin Salman telephoned Iranian President Masoud Pezeshkian on Sunday.|CALL|PHONE|"
          + "OCCURRED|Mohammed bin Salman|Masoud Pezeshkian",
      "Ghanaian President John Mahama will pay a state visit to Senegal next week, his office said.|MEETING|VISIT|"
          + "PLANNED|John Mahama|Senegal",
      "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung exchanged views by phone on "
          + "Friday.|CALL|PHONE|OCCURRED|Shigeru Ishiba|Lee Jae-myung",
      "Thai Prime Minister Anutin Charnvirakul welcomed Lao President Thongloun Sisoulith to Government House in "
          + "Bangkok on Tuesday for talks.|MEETING|BILATERAL|OCCURRED|Anutin Charnvirakul|Thongloun Sisoulith",
      "Mexican President Claudia Sheinbaum had a 40-minute call with U.S. President Donald Trump on Thursday.|CALL|"
          + "PHONE|OCCURRED|Claudia Sheinbaum|Donald Trump",
      "Australian Foreign Minister Penny Wong is in Wellington for talks with New Zealand Foreign Minister Winston "
          + "Peters.|MEETING|NEGOTIATION|OCCURRED|Penny Wong|Winston Peters",
      "Argentine President Javier Milei paid a courtesy call on Uruguayan President Yamandu Orsi in Montevideo on "
          + "Friday.|MEETING|VISIT|OCCURRED|Javier Milei|Yamandú Orsi",
      "Egyptian Foreign Minister Badr Abdelatty received a phone call from his Iranian counterpart Abbas Araghchi "
          + "on Sunday.|CALL|PHONE|OCCURRED|Badr Abdelatty|Abbas Araghchi",
      "Russian President Vladimir Putin will host Indian Prime Minister Narendra Modi in Moscow on July 8.|MEETING|"
          + "BILATERAL|PLANNED|Vladimir Putin|Narendra Modi",
      "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti are set to meet in Brussels under EU "
          + "mediation.|MEETING|BILATERAL|PLANNED|Aleksandar Vučić|Albin Kurti",
      "German Chancellor Friedrich Merz traveled to Warsaw on Tuesday for talks with Polish Prime Minister Donald "
          + "Tusk.|MEETING|NEGOTIATION|OCCURRED|Friedrich Merz|Donald Tusk",
      "French President Emmanuel Macron hosted a working lunch for German Chancellor Friedrich Merz at the Elysee "
          + "Palace on Wednesday.|MEETING|BILATERAL|OCCURRED|Emmanuel Macron|Friedrich Merz",
      "Australian Prime Minister Anthony Albanese held a bilateral with Indian Prime Minister Narendra Modi on the "
          + "sidelines of the G20 summit.|MEETING|BILATERAL|OCCURRED|Anthony Albanese|Narendra Modi",
      "Turkish Foreign Minister Hakan Fidan and his Greek counterpart Giorgos Gerapetritis discussed migration over "
          + "the phone on Monday.|CALL|PHONE|OCCURRED|Hakan Fidan|Giorgos Gerapetritis",
      "Nigerian President Bola Tinubu departed Abuja on Sunday for a two-day official visit to France.|MEETING|VISIT|"
          + "OCCURRED|Bola Tinubu|France"})
  void phrasingsOfMeetingsAndCallsFromOtherRegionsAreRead(String sentence, EventType type, String mode,
      EventStatus status, String first, String second) {
    List<EventMention> ms = meetings(sentence);
    assertThat(ms).as("events of: %s", sentence).hasSize(1);
    assertThat(ms.get(0).getType()).isEqualTo(type);
    assertThat(ms.get(0).getMode()).isEqualTo(mode);
    assertThat(ms.get(0).getStatus()).isEqualTo(status);
    assertThat(names(ms.get(0))).contains(first, second);
  }

  @Test
  void welcomingADecisionOrRoleWordsAreNoMeetings() {
    assertThat(meetings("Lula welcomed Xi's decision to open the market to Brazilian beef.")).isEmpty();
    assertThat(meetings("President Gustavo Petro welcomed the agreement in a post on X.")).isEmpty();
    assertThat(meetings("Defence Minister Nattaphon Narkphanit, who co-chairs the border committee, said he was "
        + "ready.")).isEmpty();
  }

  @Test
  void talksWithAGroupNamedByItsRoleHaveTheGroupAsParticipant() {
    List<EventMention> ms = meetings("Thursday's talks between Zambian President Hakainde Hichilema and the "
        + "regional army chiefs focused on funding.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("Hakainde Hichilema", "regional army chiefs");
  }

  @Test
  void theyOfAWhenClauseAreTheSpeakerAndTheCounterpartsJustNamed() {
    List<EventMention> ms = meetings("Latvian Foreign Minister Baiba Braze said she would raise the issue with "
        + "her Nordic and Baltic counterparts when they meet in Riga on Friday.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Baiba Braže", "Nordic and Baltic counterparts");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void bareCounterpartsAreNoGroupThatMeets() {
    assertThat(meetings("Zambian President Hakainde Hichilema thanked his counterparts for their support.")).isEmpty();
  }

  @Test
  void officeHolderToldByTwoTitlesAndANameIsThatPersonAlsoAsHe() {
    // (his arrival in Doha is a visit of its own; the call is the event under test)
    List<EventMention> ms = meetings("Egypt's Prime Minister and Minister of Planning Mostafa Madbouly arrived in "
        + "Doha on Monday. He also held a phone call with Turkish Foreign Minister Hakan Fidan on Friday.").stream()
        .filter(m -> m.getType() == EventType.CALL).toList();
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("Mostafa Madbouly", "Hakan Fidan");
  }

  @Test
  void officeHolderAndAnotherPersonJoinedByAndStayTwoPeople() {
    List<EventMention> ms = meetings("Egypt's Prime Minister and the Turkish Foreign Minister Hakan Fidan met in "
        + "Ankara on Monday.");
    assertThat(ms).allSatisfy(m -> assertThat(names(m)).doesNotContain("Mostafa Madbouly"));
  }

  @Test
  void ministersOfABlocConveningAreAMeetingOfThoseMinisters() {
    List<EventMention> ms = meetings("Foreign ministers of the Gulf Cooperation Council will convene in Riyadh on "
        + "Sunday.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactly("Gulf Cooperation Council foreign ministers");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void aNationalBodyConveningIsNoDiplomaticMeeting() {
    assertThat(meetings("The national assembly will convene on Monday to debate the budget.")).isEmpty();
  }

  @Test
  void talksThatWereHeldPastAnAppositiveHaveThePeopleOfTheirWithPhrase() {
    List<EventMention> ms = meetings("The talks on Monday, the second round this month, were held at a hotel in "
        + "the Qatari capital, with Congolese Foreign Minister Therese Kayikwamba Wagner and Rwandan Foreign "
        + "Minister Olivier Nduhungirehe sitting in separate rooms.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe");
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void aVisitToldBeforeAndNowTheSubjectOfHopesIsNoNewVisit() {
    assertThat(meetings("Business leaders travelling with President Gustavo Petro said they hoped the visit would "
        + "unlock investment.")).isEmpty();
  }

  @Test
  void aCustomOfMeetingIsNoEvent() {
    assertThat(meetings("The EU's leaders meet every June in Brussels.")).isEmpty();
    assertThat(meetings("Mercosur's presidents usually meet twice a year.")).isEmpty();
  }

  @Test
  void aMeetingThatWillHappenOnlyIfSomethingElseDoesIsProposedAndTheConditionsActorTakesNoPart() {
    List<EventMention> ms = meetings("China and Russia will hold talks if the United States agrees.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PROPOSED);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("China", "Russia");
  }

  @Test
  void aSummitThatWouldBeDominatedBySomethingWillStillBeHeld() {
    List<EventMention> ms = meetings("Critics said the NATO summit in Vilnius next month would be dominated by "
        + "spending.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(meetings("Officials said the NATO summit next month could be postponed.").get(0).getStatus())
        .isEqualTo(EventStatus.PROPOSED);
  }

  @Test
  void bilateralAsAnAdjectiveAndACallFromNoOfficialAreNoEvents() {
    assertThat(meetings("Australian Prime Minister Anthony Albanese signed a bilateral trade deal with India.")).isEmpty();
    assertThat(meetings("Egyptian Foreign Minister Badr Abdelatty received a phone call from a reporter.")).isEmpty();
  }

  @Test
  void aPastMeetingToldRelativeToAnotherKeepsItsOwnPeople() {
    List<EventMention> ms = meetings("Zambian President Hakainde Hichilema met Malawian President Lazarus Chakwera in "
        + "Lusaka on Monday. Before that meeting, Hichilema met Mozambican President Daniel Chapo.");
    assertThat(ms).hasSize(2);
    assertThat(names(ms.get(1))).containsExactlyInAnyOrder("Hakainde Hichilema", "Daniel Chapo");
  }

  @Test
  void aVisitToldInARelativeClauseIsTheAntecedentsOwnApartFromTheMainClausesTalks() {
    List<EventMention> ms = meetings("Kenyan President William Ruto, who arrived in Addis Ababa on Monday for a "
        + "two-day state visit, held talks with Ethiopian Prime Minister Abiy Ahmed on Tuesday.");
    assertThat(ms).hasSize(2);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("William Ruto", "Ethiopia");
    assertThat(names(ms.get(1))).containsExactlyInAnyOrder("William Ruto", "Abiy Ahmed");
  }

  @Test
  void heOfAWhenClauseIsTheMainClausesSubjectNotItsReporter() {
    List<EventMention> ms = meetings("Kenyan Foreign Minister Musalia Mudavadi said President William Ruto would "
        + "raise the issue when he meets Ugandan President Yoweri Museveni in Kampala next week.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("William Ruto", "Yoweri Museveni");
  }

  @Test
  void sidesThatOnlyAgreeOnSomeoneElsesVisitAreNotMadeStates() {
    List<EventMention> ms = meetings("Ugandan Foreign Minister Jeje Odongo met Rwandan Foreign Minister Olivier "
        + "Nduhungirehe in Luanda on Monday. The two sides agreed that Odongo will visit Kigali next month to hold "
        + "talks with Nduhungirehe.");
    assertThat(ms).hasSize(2);
    assertThat(names(ms.get(1))).containsExactlyInAnyOrder("Jeje Odongo", "Olivier Nduhungirehe");
  }

  @Test
  void statesMeetingThroughUnnamedLeadersTakeThePeopleTheNextSentenceNamesForEach() {
    List<EventMention> ms = meetings("The presidents of Kenya, Uganda and Tanzania held a virtual summit on Monday "
        + "to discuss the pipeline. Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian "
        + "President Samia Suluhu Hassan agreed to set up a joint committee.");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).getType()).isEqualTo(EventType.CALL);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan");
  }

  @Test
  void statesMeetingWhoseNextSentenceNamesOnlySomeOfThemMeetNobody() {
    assertThat(meetings("The presidents of Kenya, Uganda and Tanzania held a virtual summit on Monday. Kenyan "
        + "President William Ruto said the pipeline would be finished next year.")).noneMatch(
            m -> m.getType() == EventType.CALL);
  }

  @Test
  void anOfficeHolderWithTwoTitlesInTheNextSentenceIsOnePersonForHisState() {
    List<EventMention> ms = meetings("The foreign ministers of Kenya and Qatar met in Doha on Sunday. Kenyan Foreign "
        + "Minister Musalia Mudavadi joined Qatar's Prime Minister and Minister of Foreign Affairs Sheikh Mohammed "
        + "bin Abdulrahman Al Thani for three hours of talks.");
    assertThat(ms).hasSize(1);
    assertThat(names(ms.get(0))).containsExactlyInAnyOrder("Musalia Mudavadi", "Mohammed bin Abdulrahman Al Thani");
    assertThat(ms.get(0).getLocation().getName()).isEqualTo("Doha");
  }
}
