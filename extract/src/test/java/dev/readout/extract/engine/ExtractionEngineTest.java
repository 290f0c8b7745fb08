package dev.readout.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import dev.readout.extract.testing.SharedEngine;
import org.junit.jupiter.api.Test;

class ExtractionEngineTest {

  /** A Wednesday. */
  private static final Instant PUBLISHED = Instant.parse("2024-05-15T10:00:00Z");

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static List<EventMention> extract(String text) {
    return SharedEngine.extract(text, PUBLISHED);
  }

  private static List<EventMention> ofType(List<EventMention> ms, EventType type) {
    return SharedEngine.ofType(ms, type);
  }

  private static List<String> names(List<Actor> actors) {
    return SharedEngine.names(actors);
  }

  @Test
  void meetingBetweenTitledLeadersOfTwoStatesHasBothAndTheirCountries() {
    List<EventMention> ms = extract("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.");
    EventMention m = ofType(ms, EventType.MEETING).get(0);
    assertThat(names(m.getParticipants())).contains("William Ruto", "Abiy Ahmed");
    assertThat(m.getParticipants()).extracting(Actor::getCountry).contains("KEN", "ETH");
    assertThat(m.getStatus()).isEqualTo(EventStatus.OCCURRED);
    assertThat(m.getDate()).isEqualTo(LocalDate.of(2024, 5, 13));
    assertThat(m.getLocation().getName()).isEqualTo("Addis Ababa");
  }

  @Test
  void phoneCallWithCoordinatedParticipantsIsOneCall() {
    List<EventMention> ms = extract(
        "Indian Foreign Minister Subrahmanyam Jaishankar spoke by phone with Japanese Foreign Minister Yoko Kamikawa and Australian Foreign Minister Penny Wong on Tuesday.");
    List<EventMention> calls = ofType(ms, EventType.CALL);
    assertThat(calls).hasSize(1);
    assertThat(names(calls.get(0).getParticipants())).contains("Subrahmanyam Jaishankar", "Yoko Kamikawa", "Penny Wong");
    assertThat(calls.get(0).getMode()).isEqualTo("PHONE");
  }

  @Test
  void scheduledMeetingIsPlannedAndCouldMeetIsProposed() {
    EventMention planned = ofType(extract(
        "Brazilian President Luiz Inácio Lula da Silva is scheduled to meet Argentine President Javier Milei next week."),
        EventType.MEETING).get(0);
    assertThat(planned.getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(planned.getDate()).isEqualTo(LocalDate.of(2024, 5, 20));
    assertThat(planned.getDatePrecision()).isEqualTo(DatePrecision.WEEK);
    EventMention proposed = ofType(extract(
        "Egyptian President Abdel Fattah el-Sisi could meet Turkish President Recep Tayyip Erdogan soon, officials said."),
        EventType.MEETING).get(0);
    assertThat(proposed.getStatus()).isEqualTo(EventStatus.PROPOSED);
  }

  @Test
  void negatedMeetingIsNoEvent() {
    assertThat(ofType(extract("Philippine President Ferdinand Marcos will not meet Chinese President Xi Jinping at the summit."),
        EventType.MEETING)).isEmpty();
  }

  @Test
  void meetingInsideOneGovernmentIsNotDiplomatic() {
    assertThat(ofType(extract("Japanese Prime Minister Fumio Kishida met Japanese Defense Minister Minoru Kihara in Tokyo."),
        EventType.MEETING)).isEmpty();
  }

  @Test
  void directQuoteWithSpeakerAfterIsOneStatementWithTheVerbatimWords() {
    List<EventMention> ms = extract(
        "“The region needs a lasting ceasefire now,” said Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.");
    List<EventMention> st = ofType(ms, EventType.STATEMENT);
    assertThat(st).hasSize(1);
    assertThat(st.get(0).getSpeaker().getName()).isEqualTo("Mohammed bin Abdulrahman Al Thani");
    assertThat(st.get(0).getQuote()).isEqualTo("The region needs a lasting ceasefire now");
    assertThat(st.get(0).getMode()).isEqualTo("DIRECT_QUOTE");
  }

  @Test
  void pronounAndFollowOnQuoteBelongToThePreviousSpeaker() {
    String text = "Indonesian Foreign Minister Retno Marsudi arrived in Jakarta.\n"
        + "“ASEAN must stay united,” she said. “We will not take sides.”\n"
        + "“Dialogue is the only way forward for the whole region.”";
    List<EventMention> st = ofType(extract(text), EventType.STATEMENT);
    assertThat(st).hasSize(1);
    assertThat(st.get(0).getSpeaker().getName()).isEqualTo("Retno Marsudi");
    assertThat(st.get(0).getQuote()).contains("ASEAN must stay united").contains("We will not take sides")
        .contains("Dialogue is the only way forward");
  }

  @Test
  void reportedSpeechQuoteIsTheClauseAfterSaidThat() {
    List<EventMention> st = ofType(extract(
        "South African President Cyril Ramaphosa said on Tuesday that the African Union would send observers to the vote."),
        EventType.STATEMENT);
    assertThat(st).hasSize(1);
    assertThat(st.get(0).getQuote()).isEqualTo("the African Union would send observers to the vote");
    assertThat(st.get(0).getMode()).isEqualTo("REPORTED_SPEECH");
    assertThat(st.get(0).getDate()).isEqualTo(LocalDate.of(2024, 5, 14));
  }

  @Test
  void unnamedSpokespersonSpeaksForTheBody() {
    List<EventMention> st = ofType(extract(
        "A Chinese Foreign Ministry spokesperson said Beijing firmly opposes the new sanctions."), EventType.STATEMENT);
    assertThat(st).hasSize(1);
    assertThat(st.get(0).getSpeaker().getName()).isEqualTo("Chinese Foreign Ministry");
    assertThat(st.get(0).getSpeaker().getCountry()).isEqualTo("CHN");
  }

  @Test
  void analystsAndAnonymousSourcesAreNeverSpeakers() {
    List<EventMention> st = ofType(extract(
        "Two sources familiar with the matter told Reuters the talks had stalled. "
            + "Maria Lopez, an analyst at a think tank in Madrid, said the deal was unlikely to hold."),
        EventType.STATEMENT);
    assertThat(st).isEmpty();
  }

  @Test
  void addingThatStartsASecondStatementOfTheSameSpeaker() {
    List<EventMention> st = ofType(extract(
        "Saudi Foreign Minister Faisal bin Farhan said the kingdom supports a two-state solution, adding that talks with Iran would continue."),
        EventType.STATEMENT);
    assertThat(st).hasSize(2);
    assertThat(st.get(0).getQuote()).isEqualTo("the kingdom supports a two-state solution");
    assertThat(st.get(1).getQuote()).isEqualTo("talks with Iran would continue");
    assertThat(st).allSatisfy(s -> assertThat(s.getSpeaker().getName()).isEqualTo("Faisal bin Farhan"));
  }

  @Test
  void evidenceOffsetsPointAtTheSentenceAndIdsAreDeterministic() {
    String text = "Intro line.\nMexican President Claudia Sheinbaum met Canadian Prime Minister Justin Trudeau in Ottawa. "
        + "Sheinbaum said the two countries would deepen trade ties.";
    List<EventMention> first = engine.extract(new ArticleInput("a-9", text, PUBLISHED, null, null));
    List<EventMention> second = engine.extract(new ArticleInput("a-9", text, PUBLISHED, null, null));
    assertThat(first).isNotEmpty();
    for (EventMention m : first) {
      assertThat(text.substring(m.getCharStart(), m.getCharEnd())).isEqualTo(m.getSentence());
      assertThat(m.getConfidence()).isBetween(0.0, 1.0);
      assertThat(m.getEventId()).isNull();
      assertThat(m.getExtractorVersion()).isEqualTo(ExtractionEngine.VERSION);
    }
    assertThat(first).extracting(EventMention::getId).doesNotHaveDuplicates()
        .containsExactlyElementsOf(second.stream().map(EventMention::getId).toList());
  }

  @Test
  void laterSurnameResolvesToTheFullName() {
    List<EventMention> st = ofType(extract(
        "Colombian President Gustavo Petro visited Caracas. Petro said the border would reopen fully next month."),
        EventType.STATEMENT);
    assertThat(st).singleElement().satisfies(s -> {
      assertThat(s.getSpeaker().getName()).isEqualTo("Gustavo Petro");
      assertThat(s.getSpeaker().getId()).isEqualTo("person:gustavo-petro");
      assertThat(s.getSpeaker().getCountry()).isEqualTo("COL");
    });
  }

  @Test
  void otherLanguagesEmptyAndHostileInputNeverThrow() {
    assertThat(extract("Der Bundeskanzler sprach am Montag mit dem Präsidenten.")).isEmpty();
    assertThat(extract("")).isEmpty();
    assertThat(engine.extract(new ArticleInput("x", null, null, null, null))).isEmpty();
    String hostile = "“".repeat(5000) + "said ".repeat(20000) + "U.S. ".repeat(20000) + "\"".repeat(3000);
    assertThat(extract(hostile)).isNotNull();
  }

  @Test
  void callNamedAsTheOccasionOfTheSentenceHasItsClausesPeople() {
    List<EventMention> calls = ofType(extract(
        "In a phone call on Sunday, Indian Prime Minister Narendra Modi and Russian President Vladimir Putin discussed energy."),
        EventType.CALL);
    assertThat(calls).singleElement().satisfies(c -> {
      assertThat(names(c.getParticipants())).contains("Narendra Modi", "Vladimir Putin");
      assertThat(c.getDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    });
  }

  @Test
  void hisOfficeSpeaksForThePersonNamedBefore() {
    List<EventMention> st = ofType(extract(
        "Australian Prime Minister Anthony Albanese will travel to Beijing next month for talks with Chinese Premier Li Qiang, his office announced on Friday."),
        EventType.STATEMENT);
    assertThat(st).singleElement().satisfies(s -> {
      assertThat(s.getSpeaker().getName()).isEqualTo("Albanese's Office");
      assertThat(s.getSpeaker().getCountry()).isEqualTo("AUS");
      assertThat(s.getQuote()).startsWith("Australian Prime Minister Anthony Albanese will travel");
    });
    EventMention talks = ofType(extract(
        "Australian Prime Minister Anthony Albanese will travel to Beijing next month for talks with Chinese Premier Li Qiang."),
        EventType.MEETING).get(0);
    assertThat(talks.getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(talks.getDate()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(talks.getDatePrecision()).isEqualTo(DatePrecision.MONTH);
    assertThat(talks.getLocation().getName()).isEqualTo("Beijing");
  }

  @Test
  void talksAsATopicOfSpeechAreNoMeeting() {
    assertThat(ofType(extract(
        "Kenyan President William Ruto said the talks could focus on Sudan's humanitarian crisis and Ethiopia's dam."),
        EventType.MEETING)).isEmpty();
  }

  @Test
  void visitsToSeveralCountriesAreOneVisitEach() {
    List<EventMention> visits = ofType(extract(
        "New Zealand Foreign Minister Winston Peters visited Tonga, Fiji and Samoa in February."), EventType.MEETING);
    assertThat(visits).hasSize(3);
    assertThat(visits).extracting(m -> m.getLocation().getName()).containsExactlyInAnyOrder("Tonga", "Fiji", "Samoa");
    assertThat(visits).extracting(EventMention::getId).doesNotHaveDuplicates();
  }

  @Test
  void titleCaseHeadlineGivesNothingButRunningTextDoes() {
    assertThat(extract("AU Initiates Talks Between Ethiopia and Tigray Rebels")).isEmpty();
    assertThat(ofType(extract("Turkish President Recep Tayyip Erdogan hosted Azerbaijani President Ilham Aliyev in Ankara."),
        EventType.MEETING)).hasSize(1);
  }

  @Test
  void invitationToVisitIsAProposedMeetingOfTheThanker() {
    List<EventMention> ms = extract("South African President Cyril Ramaphosa received Zimbabwean President Emmerson Mnangagwa in Pretoria. "
        + "Mnangagwa thanked Ramaphosa for his hospitality and invited him to visit Harare later this year.");
    List<EventMention> meetings = ofType(ms, EventType.MEETING);
    assertThat(meetings).extracting(EventMention::getStatus).containsExactly(EventStatus.OCCURRED, EventStatus.PROPOSED);
    assertThat(names(meetings.get(1).getParticipants())).contains("Emmerson Mnangagwa", "Cyril Ramaphosa");
    assertThat(meetings.get(1).getLocation().getName()).isEqualTo("Harare");
    assertThat(ofType(ms, EventType.STATEMENT)).singleElement()
        .satisfies(s -> assertThat(s.getSpeaker().getName()).isEqualTo("Emmerson Mnangagwa"));
  }

  @Test
  void oneEngineServesManyThreadsWithTheSameResults() throws Exception {
    String text = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday. "
        + "“We agreed on the corridor,” Ruto said. Abiy said talks would continue next month.";
    List<EventMention> expected = extract(text);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<EventMention>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(() -> extract(text)));
      }
      for (var r : runs) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void stateVisitOfOnePersonHasTheHostCountry() {
    EventMention v = ofType(extract("Vietnamese President Luong Cuong arrived in Beijing on Sunday for a three-day state visit."),
        EventType.MEETING).get(0);
    assertThat(v.getMode()).isEqualTo("VISIT");
    assertThat(v.getParticipants()).extracting(Actor::getCountry).containsExactly("VNM", "CHN");
    assertThat(v.getLocation().getName()).isEqualTo("Beijing");
  }

  @Test
  void counterpartAndUnnamedOfficeHolderStillMakeAMeeting() {
    EventMention m = ofType(extract("Japan's foreign minister held talks with his South Korean counterpart Cho Tae-yul in Seoul."),
        EventType.MEETING).get(0);
    assertThat(m.getParticipants()).extracting(Actor::getCountry).containsExactly("JPN", "KOR");
    assertThat(names(m.getParticipants())).contains("Cho Tae-yul");
  }

  @Test
  void hostWithAFutureDateIsPlanned() {
    EventMention m = ofType(extract("U.S. President Joe Biden will host Kenyan President William Ruto at the White House next Tuesday."),
        EventType.MEETING).get(0);
    assertThat(m.getStatus()).isEqualTo(EventStatus.PLANNED);
    assertThat(m.getDate()).isEqualTo(LocalDate.of(2024, 5, 21));
  }

  @Test
  void attributionAtTheVeryEndOfTheTextAndRepeatedPatternsStayBounded() {
    assertThat(extract("Russian President Vladimir Putin met Chinese President Xi Jinping and said")).isNotNull();
    for (String unit : List.of("said he met ", "Xi met Putin, adding that they met. ", "“a b c d” ", "U.S. ")) {
      String text = unit.repeat(100_000 / unit.length() + 1);
      long start = System.nanoTime();
      assertThat(extract(text)).isNotNull();
      assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 100k chars of '%s'", unit).isLessThan(10_000);
    }
  }

  @Test
  void statementAboutTheCallTakesTheCallsDay() {
    List<EventMention> ms = extract("Indian Prime Minister Narendra Modi spoke by phone with Russian President Vladimir Putin on Monday. "
        + "The Indian Foreign Ministry described the conversation as warm and productive.");
    EventMention st = ofType(ms, EventType.STATEMENT).get(0);
    assertThat(st.getSpeaker().getName()).isEqualTo("Indian Foreign Ministry");
    assertThat(st.getDate()).isEqualTo(LocalDate.of(2024, 5, 13));
  }

  @Test
  void sportsAndBusinessMeetingsOfUntitledPeopleAreNoEvents() {
    assertThat(ofType(extract("Argentina and Brazil met twice in the group stage, and Lionel Scaloni's side"
        + " beat Dorival Junior's team both times."), EventType.MEETING)).isEmpty();
    assertThat(ofType(extract("Shares in Frankfurt rose after a report that Klaus Wendt and Pieter Janssen had met"
        + " to discuss a merger of their banks."), EventType.MEETING)).isEmpty();
  }

  @Test
  void separateCallsWithTwoLeadersAreTwoCalls() {
    List<EventMention> calls = ofType(extract("French President Emmanuel Macron spoke separately by phone on Monday"
        + " with Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, urging both to"
        + " sign the peace treaty, the Elysee said."), EventType.CALL);
    assertThat(calls).hasSize(2);
    assertThat(calls).allSatisfy(c -> assertThat(c.getParticipants()).hasSize(2)
        .anySatisfy(p -> assertThat(p.getName()).isEqualTo("Emmanuel Macron")));
  }

  @Test
  void talksDiscussedInACallAreATopicNotAMeeting() {
    List<EventMention> ms = extract("Egyptian President Abdel Fattah al-Sisi discussed the talks in a phone call with"
        + " Jordan's King Abdullah II on Monday, the Egyptian presidency said.");
    assertThat(ofType(ms, EventType.MEETING)).isEmpty();
    assertThat(ofType(ms, EventType.CALL)).hasSize(1);
  }

  @Test
  void meetingOfGroupsTakesThePeopleAnAttendanceListNamesNext() {
    List<EventMention> ms = extract("Defence ministers of the Pacific Islands Forum met in Suva on Monday. Attending were"
        + " Fiji's Pio Tikoduadua, Tonga's Lord Fakafanua and Samoa's Toelupe Poumulinuku Onesemo.");
    List<EventMention> meetings = ofType(ms, EventType.MEETING);
    assertThat(meetings).singleElement().satisfies(m -> {
      assertThat(names(m.getParticipants())).contains("Pio Tikoduadua", "Toelupe Poumulinuku Onesemo");
      assertThat(m.getParticipants()).extracting(Actor::getKind).containsOnly(ActorKind.PERSON);
    });
  }

  @Test
  void virtualSummitIsAVideoCallOfThePeopleItsListNames() {
    List<EventMention> ms = extract("Caribbean leaders held an emergency summit by video link on Tuesday to discuss"
        + " the crisis in Haiti. The virtual meeting, chaired by Barbados Prime Minister Mia Mottley, was attended by"
        + " Jamaica's Andrew Holness and Guyana's Irfaan Ali.");
    assertThat(ofType(ms, EventType.MEETING)).isEmpty();
    assertThat(ofType(ms, EventType.CALL)).singleElement().satisfies(c -> {
      assertThat(c.getMode()).isEqualTo("VIDEO");
      assertThat(names(c.getParticipants())).contains("Mia Mottley", "Andrew Holness", "Irfaan Ali");
    });
  }

  @Test
  void attendanceListWithNoEventBeforeItMakesNone() {
    List<EventMention> ms = extract("Markets rallied on Monday. The gala was attended by Fiji's Sitiveni Rabuka and"
        + " Tonga's Siaosi Sovaleni.");
    assertThat(ofType(ms, EventType.MEETING)).isEmpty();
  }

  @Test
  void possibleEncounterOfTwoLeadersIsAProposedMeeting() {
    List<EventMention> ms = extract("Ecuador's foreign ministry said the talks would prepare a possible encounter"
        + " between Presidents Daniel Noboa and Gustavo Petro at the Amazon summit next month.");
    assertThat(ofType(ms, EventType.MEETING)).anySatisfy(m -> {
      assertThat(names(m.getParticipants())).contains("Daniel Noboa", "Gustavo Petro");
      assertThat(m.getStatus()).isEqualTo(EventStatus.PROPOSED);
    });
  }

  @Test
  void noMeetingPlannedIsNoEvent() {
    List<EventMention> ms = extract("There are no plans for Colombian President Gustavo Petro to meet Venezuelan"
        + " President Nicolas Maduro this year, the Colombian foreign ministry said.");
    assertThat(ofType(ms, EventType.MEETING)).isEmpty();
  }

  @Test
  void phoneCallClosingTheClauseIsTheCallOfItsSubjects() {
    List<EventMention> ms = extract("Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Abbas"
        + " Araghchi discussed regional security in a phone call on Monday.");
    assertThat(ofType(ms, EventType.CALL)).singleElement()
        .satisfies(c -> assertThat(names(c.getParticipants())).contains("Faisal bin Farhan", "Abbas Araghchi"));
  }

  @Test
  void meetingVirtuallyIsAVideoCall() {
    List<EventMention> ms = extract("Chilean President Gabriel Boric and Peruvian President Dina Boluarte met"
        + " virtually on Thursday.");
    assertThat(ofType(ms, EventType.MEETING)).isEmpty();
    assertThat(ofType(ms, EventType.CALL)).singleElement().satisfies(c -> assertThat(c.getMode()).isEqualTo("VIDEO"));
  }

  @Test
  void meetingPostponedAfterItsMentionIsNoEvent() {
    List<EventMention> ms = extract("A planned meeting between Ghanaian President John Mahama and Ivorian President"
        + " Alassane Ouattara was postponed.");
    assertThat(ofType(ms, EventType.MEETING)).isEmpty();
  }

  @Test
  void meetingThatWillNotGoAheadIsNoEvent() {
    List<EventMention> ms = extract("A meeting between Malaysian Prime Minister Anwar Ibrahim and Indonesian President"
        + " Prabowo Subianto that had been planned for next week in Jakarta will not go ahead, officials said.");
    assertThat(ofType(ms, EventType.MEETING)).isEmpty();
  }

  @Test
  void jointSpeakersReportTheMeetingTheyAnnounceWithoutTakingPart() {
    List<EventMention> ms = extract("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe,"
        + " where Kenya and Uganda signed a trade deal. The two countries said in a joint statement that their"
        + " technical teams would meet in Nairobi next month.");
    assertThat(ofType(ms, EventType.MEETING)).singleElement()
        .satisfies(m -> assertThat(names(m.getParticipants())).contains("William Ruto", "Yoweri Museveni"));
  }

  @Test
  void unknownNameWithoutRoleTakesNoPartInAMeeting() {
    List<EventMention> ms = extract("Uzbek President Shavkat Mirziyoyev met Turkmen President Serdar Berdimuhamedov"
        + " on Monday to discuss sharing the Amu Darya river.");
    assertThat(ofType(ms, EventType.MEETING)).singleElement().satisfies(m -> assertThat(names(m.getParticipants()))
        .hasSize(2).doesNotContain("Amu Darya"));
  }

  @Test
  void calledSomeoneOnADayIsAPhoneCall() {
    List<EventMention> ms = extract("Norwegian Foreign Minister Espen Barth Eide called Palestinian Prime Minister"
        + " Mohammad Mustafa on Thursday to discuss the donor conference.");
    assertThat(ofType(ms, EventType.CALL)).singleElement().satisfies(c -> {
      assertThat(names(c.getParticipants())).contains("Espen Barth Eide", "Mohammad Mustafa");
      assertThat(c.getMode()).isEqualTo("PHONE");
    });
  }

  @Test
  void calledSomeoneANameIsNoCall() {
    List<EventMention> ms = extract("Colombian President Gustavo Petro called Venezuelan President Nicolas Maduro a"
        + " dictator during a speech in Bogota.");
    assertThat(ofType(ms, EventType.CALL)).isEmpty();
  }

  @Test
  void summitNamedAsTheOccasionOfACallIsNoMeetingOfItsCallers() {
    List<EventMention> ms = extract("Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama"
        + " on Tuesday ahead of the African Union summit in Addis Ababa.");
    assertThat(ofType(ms, EventType.MEETING)).isEmpty();
    assertThat(ofType(ms, EventType.CALL)).singleElement()
        .satisfies(c -> assertThat(names(c.getParticipants())).contains("William Ruto", "John Mahama"));
  }

  @Test
  void summitAloneInItsSentenceIsStillAnEvent() {
    List<EventMention> ms = extract("Kenyan President William Ruto and Ghanaian President John Mahama attended the"
        + " African Union summit in Addis Ababa on Sunday.");
    assertThat(ofType(ms, EventType.MEETING)).isNotEmpty();
  }

  @Test
  void peopleOfAClauseOfTheirOwnAfterTheTriggerTakeNoPartInTheMeeting() {
    List<EventMention> meetings = ofType(extract("""
        Kenyan Foreign Minister Musalia Mudavadi held talks with Ethiopian Prime Minister Abiy Ahmed on Tuesday as Somali President Hassan Sheikh Mohamud arrived in Nairobi."""),
        EventType.MEETING);
    assertThat(meetings).hasSize(1);
    assertThat(names(meetings.get(0).getParticipants()))
        .contains("Musalia Mudavadi", "Abiy Ahmed")
        .doesNotContain("Hassan Sheikh Mohamud");
  }

  @Test
  void aPhraseWithoutAVerbAfterTheTriggerStillNamesParticipants() {
    List<EventMention> meetings = ofType(extract("""
        Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on Monday, as well as Chilean President Gabriel Boric."""),
        EventType.MEETING);
    assertThat(meetings).isNotEmpty();
    assertThat(names(meetings.get(0).getParticipants())).contains("Gabriel Boric");
  }

  @Test
  void anHonorificBeforeASurnameStillNamesTheSpeaker() {
    List<EventMention> ms = ofType(extract("""
        Tuvalu Prime Minister Feleti Teo opened the session.
        "If the ocean takes our land, it does not take our nation," Mr Teo said.
        "We have done the heavy lifting," said Dr Teo.
        The fund is ready, Datuk Teo said."""), EventType.STATEMENT);
    assertThat(ms).hasSize(3);
    assertThat(ms).allSatisfy(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Feleti Teo"));
    assertThat(ms.get(2).getQuote()).as("the honorific is not part of the words").isEqualTo("The fund is ready");
  }

  @Test
  void aCounterpartNamedBetweenCommasTakesPartInTheCall() {
    List<EventMention> calls = ofType(extract("""
        Kenyan Foreign Minister Musalia Mudavadi spoke by phone with his Ugandan counterpart, Jeje Odongo, on Wednesday morning."""),
        EventType.CALL);
    assertThat(calls).hasSize(1);
    assertThat(names(calls.get(0).getParticipants())).contains("Musalia Mudavadi", "Jeje Odongo");
  }

  @Test
  void aGuestReceivedByAHostHasMetTheHost() {
    List<EventMention> meetings = ofType(extract("""
        Kenyan Foreign Minister Musalia Mudavadi was received by Ugandan President Yoweri Museveni at State House in Entebbe on Tuesday."""),
        EventType.MEETING);
    assertThat(meetings).hasSize(1);
    assertThat(names(meetings.get(0).getParticipants())).contains("Musalia Mudavadi", "Yoweri Museveni");
    assertThat(meetings.get(0).getStatus()).isEqualTo(dev.readout.schemas.avro.EventStatus.OCCURRED);
  }

  @Test
  void aLetterReceivedByAMinisterIsNoMeeting() {
    assertThat(ofType(extract("""
        A letter from Ugandan President Yoweri Museveni was received by Kenyan Foreign Minister Musalia Mudavadi on Tuesday."""),
        EventType.MEETING)).isEmpty();
  }
}
