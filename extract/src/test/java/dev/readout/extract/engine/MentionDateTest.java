package dev.readout.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import dev.readout.extract.testing.SharedEngine;
import org.junit.jupiter.api.Test;

/**
 * Which day a mention gets: when a statement's date carries over from the occasion it was made at, and when it stays null
 * (EVENTS.md rule 7: "a date carries over from an earlier sentence only for the same speaker and
 * occasion").
 */
class MentionDateTest {

  /** A Wednesday. */
  private static final Instant PUBLISHED = Instant.parse("2024-05-15T10:00:00Z");
  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);
  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static EventMention statementBy(String text, String speaker) {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", text, PUBLISHED, "Test Wire", null));
    return ms.stream()
        .filter(m -> m.getType() == EventType.STATEMENT && m.getSpeaker().getName().contains(speaker))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement by " + speaker + " in " + ms));
  }

  private static EventMention meeting(String text) {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", text, PUBLISHED, "Test Wire", null));
    return ms.stream().filter(m -> m.getType() == EventType.MEETING).findFirst()
        .orElseThrow(() -> new AssertionError("no meeting in " + ms));
  }

  @Test
  void wordsAtAJointNewsConferenceTakeTheDayOfTheMeetingTheSpeakerAttended() {
    EventMention st = statementBy("""
        Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.
        "Our peoples share a border and a history," Boric said at a joint news conference.""", "Boric");
    assertThat(st.getDate()).isEqualTo(MONDAY);
    assertThat(st.getDatePrecision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aBareSaidRightAfterTheSpeakersTalksIsTheirReadout() {
    EventMention st = statementBy("""
        Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.
        Boric said Chile would double its investment in the port of Chancay.""", "Boric");
    assertThat(st.getDate()).as("the next thing a party says is what he said at the talks").isEqualTo(MONDAY);
    assertThat(st.getDatePrecision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aBareSaidAfterAnotherSpeakersWordsStaysUndated() {
    EventMention st = statementBy("""
        Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.
        Bolivia's foreign minister said the meeting ignored La Paz.
        Boric said Chile would double its investment in the port of Chancay.""", "Boric");
    assertThat(st.getDate()).as("the report has moved on to other words").isNull();
    assertThat(st.getDatePrecision()).isEqualTo(DatePrecision.UNKNOWN);
  }

  @Test
  void openingRemarksAtTheLeadMeetingTakeTheLeadsDayWhenTheMeetingNamesNobody() {
    EventMention st = statementBy("""
        Caribbean foreign ministers opened their annual meeting in Georgetown on Tuesday.
        "Our region cannot wait for others to act," Jamaican Foreign Minister Kamina Johnson Smith said in her opening remarks.""",
        "Johnson Smith");
    assertThat(st.getDate()).isEqualTo(TUESDAY);
  }

  @Test
  void aSpokesmanAtANewsConferenceAboutAPlannedTripStaysUndated() {
    EventMention st = statementBy("""
        Peruvian Foreign Minister Javier González-Olaechea will travel to Quito on Friday to meet his Ecuadorian counterpart, both governments said on Tuesday.
        "We are neighbours and we talk," Peruvian government spokesman Fredy Hinojosa told a news conference in Lima.""",
        "Hinojosa");
    assertThat(st.getDate()).as("neither the planned Friday nor the day of the report").isNull();
  }

  @Test
  void aMinistryConfirmingTheCallSpeaksOfTheCallsDay() {
    EventMention st = statementBy("""
        Ghanaian President John Mahama spoke by phone with Senegalese President Bassirou Diomaye Faye on Monday.
        The Ghanaian foreign ministry confirmed the call, stating that both leaders backed the regional force.""",
        "Ghana");
    assertThat(st.getDate()).isEqualTo(MONDAY);
  }

  @Test
  void anOutsiderCriticizingTheSummitSpeaksOnNoDayOfItsOwn() {
    EventMention st = statementBy("""
        East African leaders held a summit in Arusha on Monday to discuss the fighting in eastern Congo.
        Rwandan government spokeswoman Yolande Makolo said on X that the summit "ignored the facts on the ground.\"""",
        "Makolo");
    assertThat(st.getDate()).as("'the summit' is what she talks about, not where she spoke").isNull();
  }

  @Test
  void theDatelinesFilingDayIsNotTheMeetingsDay() {
    EventMention m = meeting("""
        NAIROBI, May 15 (AFP) - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.""");
    assertThat(m.getDate()).isEqualTo(MONDAY);
  }

  @Test
  void theDayAnAgencyReportedIsNotTheDayTheMinistersMet() {
    EventMention m = meeting("""
        Omani Foreign Minister Badr Albusaidi met Yemeni Foreign Minister Shaya al-Zindani, the Oman News Agency reported on Monday.""");
    assertThat(m.getDate()).as("the text does not say when they met").isNull();
  }

  @Test
  void aSinceClauseDatesTheSpanNotTheVisit() {
    EventMention m = meeting("""
        Kenya is the first country Namibian President Netumbo Nandi-Ndaitwah is visiting since taking office on March 21.""");
    assertThat(m.getDate()).isNull();
  }

  @Test
  void aPartOfAMonthHasMonthPrecision() {
    EventMention m = meeting("""
        Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov could meet again in Abu Dhabi in mid-June, the Armenian foreign ministry said on Tuesday.""");
    assertThat(m.getDate()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(m.getDatePrecision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void theMeetingToldAgainKeepsItsDayOverADateElsewhereInTheSentence() {
    String text = """
        Brazilian Foreign Minister Mauro Vieira met Argentine Foreign Minister Gerardo Werthein in Brasília on Monday.
        Vieira said after the meeting that both sides backed a plan Argentina first floated last month.""";
    List<EventMention> meetings = engine.extract(new ArticleInput("t-1", text, PUBLISHED, "Test Wire", null)).stream()
        .filter(m -> m.getType() == EventType.MEETING).toList();
    assertThat(meetings).isNotEmpty();
    assertThat(meetings).allSatisfy(m -> assertThat(m.getDate()).as(m.getSentence()).isEqualTo(MONDAY));
    assertThat(statementBy(text, "Vieira").getDate()).as("said after the meeting he attended").isEqualTo(MONDAY);
  }

  @Test
  void anUndatedCallTakesTheDayOfWhatFollowedIt() {
    String text = """
        The announcement came days after Indian Prime Minister Narendra Modi spoke by phone with Japanese Prime Minister Shigeru Ishiba.
        Modi wrote in a post on X on Monday after the call that the two leaders had agreed to deepen defence ties.""";
    EventMention call = engine.extract(new ArticleInput("t-1", text, PUBLISHED, "Test Wire", null)).stream()
        .filter(m -> m.getType() == EventType.CALL).findFirst().orElseThrow();
    assertThat(call.getDate()).isEqualTo(MONDAY);
  }

  @Test
  void aDateOfAnotherClauseBeforeTheSpeakerIsNotTheStatementsDay() {
    EventMention st = statementBy("""
        Talks between the two armies will begin later this week after Sudanese leader Abdel Fattah al-Burhan said he would send a delegation.""",
        "Burhan");
    assertThat(st.getDate()).as("'later this week' dates the talks, not Burhan's words").isNull();
    EventMention early = statementBy("On Monday, Sudanese leader Abdel Fattah al-Burhan said he would send a delegation.", "Burhan");
    assertThat(early.getDate()).isEqualTo(MONDAY);
  }

  @Test
  void wordsAboutTodayWereSaidTodayAndCarryToTheSameSpeakersNextWords() {
    String text = """
        EU envoy Kaja Kallas said she expects Serbia and Kosovo to show flexibility at today's meeting in Brussels.
        Kallas also said the recent violence showed it was time to move forward.""";
    assertThat(statementBy(text, "Kallas").getDate()).isEqualTo(LocalDate.of(2024, 5, 15));
    List<EventMention> hers = engine.extract(new ArticleInput("t-1", text, PUBLISHED, "Test Wire", null)).stream()
        .filter(m -> m.getType() == EventType.STATEMENT).toList();
    assertThat(hers).hasSize(2).allSatisfy(m -> assertThat(m.getDate()).isEqualTo(LocalDate.of(2024, 5, 15)));
  }

  @Test
  void aDayInTheReportedContentIsNotTheDayOfTheWords() {
    EventMention st = statementBy("Kenyan President William Ruto said the talks would resume on Friday.", "Ruto");
    assertThat(st.getDate()).as("Friday is when the talks resume").isNull();
  }

  @Test
  void aMeetingAheadOnAVisitThisWeekTakesTheVisitsWeek() {
    String text = """
        Indonesian Foreign Minister Sugiono is visiting Fiji, Tonga and Samoa this week.
        In Fiji, Sugiono will hold talks with Fijian Prime Minister Sitiveni Rabuka.""";
    EventMention talks = engine.extract(new ArticleInput("t-1", text, PUBLISHED, "Test Wire", null)).stream()
        .filter(m -> m.getType() == EventType.MEETING && m.getSentence().startsWith("In Fiji")).findFirst()
        .orElseThrow(() -> new AssertionError("no talks in Fiji"));
    assertThat(talks.getDate()).isEqualTo(LocalDate.of(2024, 5, 13));
    assertThat(talks.getDatePrecision()).isEqualTo(DatePrecision.WEEK);
  }

  @Test
  void aVisitAlreadyOverDoesNotDateAMeetingAhead() {
    String text = """
        Indonesian Foreign Minister Sugiono visited Fiji in February.
        In Fiji, Sugiono will hold talks with Fijian Prime Minister Sitiveni Rabuka.""";
    EventMention talks = engine.extract(new ArticleInput("t-1", text, PUBLISHED, "Test Wire", null)).stream()
        .filter(m -> m.getType() == EventType.MEETING && m.getSentence().startsWith("In Fiji")).findFirst()
        .orElseThrow(() -> new AssertionError("no talks in Fiji"));
    assertThat(talks.getDate()).isNull();
  }

  @Test
  void wordsThatPassedBetweenTheLeadersAtTheMeetingTakeItsDay() {
    String text = """
        Brazilian President Luiz Inácio Lula da Silva met Chinese President Xi Jinping in Beijing on Monday.
        Lula told Xi that Brazil wanted Chinese investment in its railways, the Brazilian presidency said.""";
    assertThat(statementBy(text, "Brazil").getDate()).isEqualTo(MONDAY);
  }

  @Test
  void aBodyReportingOneLeadersViewStaysUndated() {
    String text = """
        Brazilian President Luiz Inácio Lula da Silva met Chinese President Xi Jinping in Beijing on Monday.
        Lula wants Chinese investment in Brazilian railways, the Brazilian presidency said.""";
    assertThat(statementBy(text, "Brazil").getDate()).isNull();
  }

  @Test
  void aSpeakerPlacedWhereTheSentenceBeforePutHimTakesThatDayAndKeepsItForHisNextWords() {
    String text = """
        Australian Foreign Minister Penny Wong attended the Shangri-La Dialogue in Singapore over the weekend. In Singapore, Wong said that the region needed guardrails. Wong also warned that miscalculation was the greatest risk.""";
    List<EventMention> hers = engine.extract(new ArticleInput("t-1", text, Instant.parse("2024-06-03T10:00:00Z"),
        "Test Wire", null)).stream().filter(m -> m.getType() == EventType.STATEMENT).toList();
    assertThat(hers).hasSize(2).allSatisfy(m -> {
      assertThat(m.getDate()).as(m.getSentence()).isEqualTo(LocalDate.of(2024, 6, 1));
      assertThat(m.getDatePrecision()).isEqualTo(DatePrecision.WEEK);
    });
  }

  @Test
  void aSpeakerNotPlacedByTheSentenceStaysUndated() {
    String text = """
        Australian Foreign Minister Penny Wong attended the Shangri-La Dialogue in Singapore over the weekend. Wong said that the region needed guardrails.""";
    assertThat(statementBy(text, "Wong").getDate()).isNull();
  }

  @Test
  void wordsSaidHoursAfterADatedStatementShareItsDay() {
    String text = """
        After the meeting on Monday, Russian Foreign Minister Sergey Lavrov said Moscow would not accept foreign troops in Ukraine.
        Lavrov's comments came hours after Ukrainian President Volodymyr Zelenskyy said his country needed security guarantees.""";
    assertThat(statementBy(text, "Zelenskyy").getDate()).isEqualTo(MONDAY);
  }

  @Test
  void aParticipantPraisingTheOtherSpeaksOnTheMeetingsDayButNotInALaterPost() {
    String text = """
        NATO Secretary General Mark Rutte met Polish Prime Minister Donald Tusk in Warsaw on Monday.
        Rutte commended Tusk for Poland's defence spending.""";
    assertThat(statementBy(text, "Rutte").getDate()).isEqualTo(MONDAY);
    String post = """
        NATO Secretary General Mark Rutte met Polish Prime Minister Donald Tusk in Warsaw on Monday.
        Rutte wrote on X that he had told Tusk that Poland set the standard for defence spending.""";
    assertThat(statementBy(post, "Rutte").getDate()).as("a post is an occasion of its own").isNull();
  }

  @Test
  void wordsAboutAMeetingDatedOnlyToTheWeekAreNotDatedByIt() {
    String text = """
        Canadian Prime Minister Mark Carney will meet German Chancellor Friedrich Merz in Berlin next week.
        Carney and Merz will discuss energy security, Carney's office said.""";
    assertThat(statementBy(text, "Carney").getDate()).isNull();
  }

  @Test
  void theSecondSpeakerAtAPressConferenceSpeaksOnItsDay() {
    String text = """
        Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.
        "Our peoples share a border and a history," Boric said at a joint news conference.
        Boluarte, speaking after him, said the two governments would reopen talks on a port.""";
    assertThat(statementBy(text, "Boluarte").getDate()).isEqualTo(MONDAY);
  }

  @Test
  void aMeetingPutInNextWeekIsPlannedWhateverTheVerbForm() {
    EventMention m = meeting("""
        Indonesian President Prabowo Subianto is off to Tokyo next week to open a trade fair and for talks with Japanese Prime Minister Shigeru Ishiba.""");
    assertThat(m.getStatus()).as("a week after the report cannot have happened").isEqualTo(EventStatus.PLANNED);
    assertThat(m.getDate()).isEqualTo(LocalDate.of(2024, 5, 20));
    assertThat(m.getDatePrecision()).isEqualTo(DatePrecision.WEEK);
  }

  @Test
  void aMeetingThisWeekKeepsItsPastForm() {
    EventMention m = meeting("""
        Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha this week.""");
    assertThat(m.getStatus()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void aQuotationThatSaysTodayWasSpokenOnThePublicationDay() {
    EventMention st = statementBy("""
        "Today we signed an agreement our grandparents only dreamed of," Ghanaian Foreign Minister Samuel Okudzeto Ablakwa said.""",
        "Ablakwa");
    assertThat(st.getDate()).isEqualTo(PUBLISHED.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    assertThat(st.getDatePrecision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aQuotationWithoutADayStaysUndated() {
    EventMention st = statementBy("""
        "We signed an agreement our grandparents only dreamed of," Ghanaian Foreign Minister Samuel Okudzeto Ablakwa said.""",
        "Ablakwa");
    assertThat(st.getDate()).isNull();
  }

  @Test
  void anAccountOfWhatBothSidesAgreedTakesTheDayOfTheTalksJustTold() {
    EventMention st = statementBy("""
        Vietnamese Foreign Minister Bui Thanh Son met Philippine Foreign Secretary Enrique Manalo in Hanoi on Tuesday.
        According to Vietnam's foreign ministry, both sides agreed to set up a hotline between their coast guards.""",
        "Vietnam");
    assertThat(st.getDate()).isEqualTo(TUESDAY);
  }

  @Test
  void wordsAboutTheTwoSidesThatNameAnotherOccasionKeepTheirOwnTime() {
    EventMention st = statementBy("""
        Vietnamese Foreign Minister Bui Thanh Son met Philippine Foreign Secretary Enrique Manalo in Hanoi on Tuesday.
        Philippine officials said the two ministers also spoke by phone last month.""",
        "officials");
    assertThat(st.getDate()).as("'last month' is the call's time, not the statement's").isNull();
  }

  @Test
  void whatBothSidesShouldDoIsNoAccountOfTheTalks() {
    EventMention st = statementBy("""
        Vietnamese Foreign Minister Bui Thanh Son met Philippine Foreign Secretary Enrique Manalo in Hanoi on Tuesday.
        The United Nations said both sides should show restraint in the South China Sea.""",
        "United Nations");
    assertThat(st.getDate()).isNull();
  }

  @Test
  void aNewsConferenceInADatelinedReportIsHeldInTheDatelineCity() {
    EventMention st = statementBy("""
        BAKU (Reuters) - Azerbaijan's President Ilham Aliyev opened an energy forum on Tuesday.
        "We have said everything we had to say," Aliyev told reporters.""", "Aliyev");
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Baku");
    assertThat(st.getLocation().getCountry()).isEqualTo("AZE");
  }

  @Test
  void aStatementNotMadeToThePressTakesNoPlaceFromTheDateline() {
    EventMention st = statementBy("""
        BAKU (Reuters) - Azerbaijan's President Ilham Aliyev opened an energy forum on Tuesday.
        "We have said everything we had to say," Aliyev said.""", "Aliyev");
    assertThat(st.getLocation()).isNull();
  }

  @Test
  void anOpeningParticiplePhrasePlacesTheWords() {
    EventMention st = statementBy("""
        Speaking at a news conference in Accra, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa said the talks would resume.""",
        "Ablakwa");
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Accra");
  }

  @Test
  void aPlaceInsideTheNextStatementsWordsDoesNotPlaceThisOne() {
    EventMention st = statementBy("""
        "Our approach is to offer choices," Singaporean Foreign Minister Vivian Balakrishnan said, adding that Singapore would open an embassy in Tashkent.""",
        "Balakrishnan");
    assertThat(st.getLocation()).as("Tashkent is in what he added").isNull();
  }

  @Test
  void aRegularBriefingIsNotTheDayOfTheMeetingInTheLead() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held talks in Seoul on Tuesday.
        Chinese Foreign Ministry spokesperson Mao Ning told a regular press conference that Beijing welcomed dialogue in the region.""",
        PUBLISHED, "Test Wire", null));
    EventMention st = ms.stream().filter(m -> m.getType() == EventType.STATEMENT).findFirst().orElseThrow();
    assertThat(st.getDate()).as("her routine briefing is not the summit").isNull();
  }

  @Test
  void aSpokespersonsBriefingTakesTheDayHisMinistrySpokeOn() {
    EventMention st = statementBy("""
        Kenya and Uganda will hold talks on the oil pipeline later this month, Kenya's Ministry of Foreign Affairs said on Tuesday.
        The talks will be led by senior officials, Kenyan foreign ministry spokesperson Jane Wambui told reporters at the weekly briefing.""",
        "Wambui");
    assertThat(st.getDate()).isEqualTo(TUESDAY);
  }

  @Test
  void theCityThatHostsAMeetingIsItsPlace() {
    EventMention m = meeting("""
        Nairobi will host talks between Sudanese army chief Abdel Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo next week, Kenyan President William Ruto said.""");
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Nairobi");
  }

  @Test
  void talksHostedByACountryTakePlaceThere() {
    EventMention m = meeting("""
        Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks hosted by Kazakhstan on Tuesday.""");
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getCountry()).isEqualTo("KAZ");
  }

  @Test
  void aPersonWhoHostsIsNoPlace() {
    EventMention m = meeting("""
        Kenyan President William Ruto hosted Ugandan President Yoweri Museveni on Tuesday.""");
    assertThat(m.getLocation()).isNull();
  }

  @Test
  void aMeetingOnTheSidelinesOfASummitTakesTheSummitsDayAndCity() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        Leaders of the Pacific Islands Forum opened their annual summit in Honiara on Monday.
        Fijian Prime Minister Sitiveni Rabuka met New Zealand Prime Minister Christopher Luxon on the sidelines of the summit.""",
        PUBLISHED, "Test Wire", null));
    EventMention m = ms.stream().filter(x -> x.getType() == EventType.MEETING
        && x.getParticipants().stream().anyMatch(a -> a.getName().contains("Rabuka"))).findFirst()
        .orElseThrow(() -> new AssertionError("no Rabuka meeting in " + ms));
    assertThat(m.getDate()).isEqualTo(MONDAY);
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Honiara");
  }

  @Test
  void anAnswerForHisPartIsGivenWhereTheSpeakerBeforeSpoke() {
    EventMention st = statementBy("""
        "We want a border agreement this year," Armenian Prime Minister Nikol Pashinyan told reporters in Yerevan on Monday.
        Azerbaijani President Ilham Aliyev, for his part, said Baku was ready to sign.""", "Aliyev");
    assertThat(st.getDate()).isEqualTo(MONDAY);
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Yerevan");
  }

  @Test
  void weeksAgoIsTheWeekCountedBackFromThePublicationDay() {
    EventMention m = meeting("""
        Brazilian President Luiz Inacio Lula da Silva, who met Colombian President Gustavo Petro in Bogota two weeks ago, welcomed the agreement.""");
    assertThat(m.getDate()).isEqualTo(LocalDate.of(2024, 4, 29));
    assertThat(m.getDatePrecision()).isEqualTo(DatePrecision.WEEK);
  }

  @Test
  void daysAgoIsADay() {
    EventMention m = meeting("""
        Brazilian President Luiz Inacio Lula da Silva met Colombian President Gustavo Petro in Bogota three days ago.""");
    assertThat(m.getDate()).isEqualTo(LocalDate.of(2024, 5, 12));
    assertThat(m.getDatePrecision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aCityTheGazetteerDoesNotKnowIsNamedByItsOfPhrase() {
    EventMention m = meeting("""
        Colombian President Gustavo Petro and Venezuelan President Nicolas Maduro met on Monday in the Colombian border town of Arauquita.""");
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Arauquita");
    assertThat(m.getLocation().getCountry()).isEqualTo("COL");
  }

  @Test
  void aVagueTimeKeepsAMeetingFromBorrowingAnotherDate() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        Colombian President Gustavo Petro met Brazilian President Luiz Inacio Lula da Silva in Bogota on Monday.
        Earlier this year, Petro hosted U.S. Secretary of State Antony Blinken in Bogota for talks on migration.""",
        PUBLISHED, "Test Wire", null));
    EventMention m = ms.stream().filter(x -> x.getType() == EventType.MEETING
        && x.getParticipants().stream().anyMatch(a -> a.getName().contains("Blinken"))).findFirst()
        .orElseThrow(() -> new AssertionError("no Blinken meeting in " + ms));
    assertThat(m.getDate()).as("'earlier this year' is no Monday").isNull();
  }

  @Test
  void receivingOnesCounterpartIsAMeeting() {
    EventMention m = meeting("""
        Kenyan President William Ruto received his Tanzanian counterpart Samia Suluhu Hassan in Nairobi on Tuesday.""");
    assertThat(m.getParticipants()).extracting(a -> a.getName()).contains("William Ruto", "Samia Suluhu Hassan");
    assertThat(m.getDate()).isEqualTo(TUESDAY);
  }

  @Test
  void receivingALetterIsNoMeeting() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        Kenyan President William Ruto received a letter from Tanzanian President Samia Suluhu Hassan on Tuesday.""",
        PUBLISHED, "Test Wire", null));
    assertThat(ms).noneMatch(m -> m.getType() == EventType.MEETING);
  }

  @Test
  void aMeetingTheReportCallsTodaysIsOnThePublicationDay() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        A meeting between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti opened in Brussels.
        EU envoy Miroslav Lajcak said he expected both leaders to be flexible at today's meeting.""",
        PUBLISHED, "Test Wire", null));
    EventMention m = ms.stream().filter(x -> x.getType() == EventType.MEETING).findFirst()
        .orElseThrow(() -> new AssertionError("no meeting in " + ms));
    assertThat(m.getDate()).isEqualTo(PUBLISHED.atZone(java.time.ZoneOffset.UTC).toLocalDate());
  }

  @Test
  void aMeetingNobodyCallsTodaysStaysUndated() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        A meeting between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti opened in Brussels.
        EU envoy Miroslav Lajcak said he expected both leaders to be flexible at the next meeting.""",
        PUBLISHED, "Test Wire", null));
    EventMention m = ms.stream().filter(x -> x.getType() == EventType.MEETING).findFirst()
        .orElseThrow(() -> new AssertionError("no meeting in " + ms));
    assertThat(m.getDate()).isNull();
  }

  @Test
  void anAsideBetweenSpeakerAndVerbDatesAndPlacesTheWords() {
    EventMention st = statementBy("""
        Azerbaijani President Ilham Aliyev, addressing a forum in Baku on Monday, said peace was closer than ever.""",
        "Aliyev");
    assertThat(st.getDate()).isEqualTo(MONDAY);
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Baku");
  }

  @Test
  void wordsAtTheSameNewsConferenceShareItsDayAndPlace() {
    EventMention st = statementBy("""
        "We are ready to provide every facility," Turkish Foreign Minister Hakan Fidan told reporters in Ankara on Monday.
        Armenian Foreign Minister Ararat Mirzoyan, speaking at the same news conference, said Yerevan welcomed the offer.""",
        "Mirzoyan");
    assertThat(st.getDate()).isEqualTo(MONDAY);
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Ankara");
  }

  @Test
  void anInterviewOnAnotherDayDoesNotTakeThePlaceOfTheSpeakersEarlierWords() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        "We are ready to provide every facility," Turkish Foreign Minister Hakan Fidan told reporters in Ankara on Tuesday.
        In an interview with state broadcaster TRT on Monday, Fidan had said the region needed a new page.""",
        PUBLISHED, "Test Wire", null));
    EventMention interview = ms.stream().filter(m -> m.getType() == EventType.STATEMENT
        && MONDAY.equals(m.getDate())).findFirst().orElseThrow(() -> new AssertionError("no Monday statement in " + ms));
    assertThat(interview.getLocation()).as("Ankara was Tuesday's place").isNull();
  }

  @Test
  void aMeetingThatClosesAnAttributionHappenedOnTheDayOfTheWords() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        "We are ready to provide every facility," Turkish Foreign Minister Hakan Fidan told reporters in Ankara on Monday after meeting Armenian Foreign Minister Ararat Mirzoyan.""",
        PUBLISHED, "Test Wire", null));
    EventMention m = ms.stream().filter(x -> x.getType() == EventType.MEETING).findFirst()
        .orElseThrow(() -> new AssertionError("no meeting in " + ms));
    assertThat(m.getDate()).isEqualTo(MONDAY);
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Ankara");
  }

  @Test
  void saidHereIsSaidInTheDatelineCity() {
    EventMention st = statementBy("""
        HANOI, May 14 (VNA) -- Vietnamese Foreign Ministry spokeswoman Pham Thu Hang said here on Tuesday that Vietnam welcomed the talks.""",
        "Pham Thu Hang");
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Hanoi");
    assertThat(st.getDate()).isEqualTo(TUESDAY);
  }

  @Test
  void aPrepositionalAsideBetweenSpeakerAndVerbPlacesTheWords() {
    EventMention st = statementBy("""
        Brazilian President Luiz Inacio Lula da Silva, in a speech at the UN General Assembly in New York, called for reform of the Security Council.""",
        "Lula");
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("New York");
  }

  @Test
  void aRelativeClauseDatesItsOwnEventNotTheMainClauses() {
    List<EventMention> ms = engine.extract(new ArticleInput("t-1", """
        Kenyan President William Ruto, who arrived in Addis Ababa on Monday for a state visit, held talks with Ethiopian Prime Minister Abiy Ahmed on Tuesday.""",
        PUBLISHED, "Test Wire", null));
    EventMention talks = ms.stream().filter(m -> m.getType() == EventType.MEETING
        && m.getParticipants().stream().anyMatch(a -> a.getName().contains("Abiy"))).findFirst()
        .orElseThrow(() -> new AssertionError("no talks with Abiy in " + ms));
    assertThat(talks.getDate()).isEqualTo(TUESDAY);
  }

  @Test
  void aMainClauseWithoutADayOfItsOwnIsTiedToTheRelativeClausesDay() {
    EventMention m = meeting("""
        Chinese Foreign Minister Wang Yi, who arrived in Putrajaya on Monday, met Malaysian Prime Minister Anwar Ibrahim the same evening.""");
    assertThat(m.getDate()).isEqualTo(MONDAY);
  }

  @Test
  void aCityWhoseNameHasTheArticleIsFound() {
    EventMention m = meeting("""
        Dutch Prime Minister Dick Schoof met Belgian Prime Minister Bart De Wever in The Hague on Monday.""");
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("The Hague");
  }

  @Test
  void theDemonymsCapitalIsThatCountrysCapital() {
    EventMention m = meeting("""
        Iranian Foreign Minister Abbas Araghchi met US envoy Steve Witkoff in the Omani capital on Saturday.""");
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Muscat");
    assertThat(m.getLocation().getCountry()).isEqualTo("OMN");
  }

  @Test
  void anOpeningPlaceFramesASpeakerNamedWithARole() {
    EventMention st = statementBy("""
        In Hanoi, foreign ministry spokeswoman Pham Thu Hang said Vietnam welcomed the talks.""", "Pham Thu Hang");
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Hanoi");
  }

  @Test
  void aCountrysNameBeforeCapitalIsItsCapital() {
    EventMention m = meeting("""
        New Zealand Prime Minister Christopher Luxon met Australian Prime Minister Anthony Albanese in the Solomon Islands capital on Thursday.""");
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Honiara");
  }
}
