package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import dev.readout.extract.testing.SharedEngine;
import org.junit.jupiter.api.Test;

/**
 * Who speaks when the text names the speaker only in passing: a body referred back to ("the ministry", "it", "the
 * Foreign Ministry"), a person whose title names a bare body ("ministry spokeswoman X"), a name with an appositive.
 */
class SpeakerResolutionTest {

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static List<EventMention> statements(String text) {
    return engine.extract(new ArticleInput("s", text, Instant.parse("2025-03-05T12:00:00Z"), null, null)).stream()
        .filter(m -> m.getType() == EventType.STATEMENT).toList();
  }

  private static List<String> speakers(String text) {
    return statements(text).stream().map(m -> m.getSpeaker().getName()).toList();
  }

  @Test
  void appositiveOfTheSpeakerEndsAtTheSpeechVerb() {
    // "host" in the reported clause is no appositive calling the minister a (radio) host.
    List<EventMention> st = statements("Kenya's Trade Minister, Jane Wanjiru Odhiambo, said Nairobi would host a "
        + "summit of East African leaders in June. She said invitations had gone out to all member states.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Jane Wanjiru Odhiambo", "Jane Wanjiru Odhiambo");
    assertThat(st.get(0).getQuote()).startsWith("Nairobi would host a summit");
  }

  @Test
  void appositiveThatCallsTheSpeakerAHostStillMakesNoStatement() {
    assertThat(speakers("Peter Brand, a radio host, said the talks in Nairobi had failed.")).isEmpty();
  }

  @Test
  void itSaidTakesTheBodyThatSpokeBeforeAndTheQuotationBeforeIt() {
    List<EventMention> st = statements("Chile's Ministry of Foreign Affairs said in a statement that it regretted "
        + "the decision. Chile remained \"open to dialogue with all parties\", it said.");
    assertThat(st).hasSize(2);
    assertThat(st.get(1).getSpeaker().getName()).isEqualTo("Chilean Ministry of Foreign Affairs");
    assertThat(st.get(1).getSpeaker().getMention()).isEqualTo("it");
    assertThat(st.get(1).getQuote()).isEqualTo("open to dialogue with all parties");
  }

  @Test
  void itSaidAfterAnOutletIsNoStatement() {
    assertThat(speakers("A local newspaper reported the visit on Monday. "
        + "\"The visit was cancelled at short notice by the hosts,\" it said.")).isEmpty();
  }

  @Test
  void theMinistryIsTheMinistryOfForeignAffairsNamedBefore() {
    List<String> who = speakers("Peru's Ministry of Foreign Affairs said the ambassador had been recalled. "
        + "The decision followed weeks of tension over the border, the ministry said in a statement on Monday.");
    assertThat(who).containsExactly("Peruvian Ministry of Foreign Affairs", "Peruvian Ministry of Foreign Affairs");
  }

  @Test
  void theForeignMinistryIsNotTheDefenceMinistryNamedBefore() {
    List<String> who = speakers("Chile's Defence Ministry said two patrol boats had been sent to the strait. "
        + "The Foreign Ministry said talks with Argentina would resume in April.");
    assertThat(who).containsExactly("Chilean Defence Ministry");
  }

  @Test
  void theForeignMinistryOfADatelinedArticleIsTheDatelineState() {
    List<EventMention> st = statements("LIMA, March 4 (Reuters) - The Foreign Ministry said on Tuesday that "
        + "border talks with Ecuador would resume next month.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Peruvian Foreign Ministry");
      assertThat(m.getSpeaker().getCountry()).isEqualTo("PER");
    });
  }

  @Test
  void theForeignMinistryOfAHomePaperIsThatOfTheLeaderItNamesWithoutAState() {
    List<String> who = speakers("Prime Minister Luc Frieden will travel to Brussels next week. "
        + "The Foreign Ministry said the visit would focus on steel tariffs and energy prices.");
    assertThat(who).containsExactly("Luxembourgish Foreign Ministry");
  }

  @Test
  void theForeignMinistryOfNoPlainStateIsNoSpeaker() {
    assertThat(speakers("The Foreign Ministry said talks on the border would resume in April.")).isEmpty();
  }

  @Test
  void aNamedSpokespersonOfABareMinistrySpeaks() {
    List<EventMention> st = statements("\"We will not negotiate under fire,\" ministry spokeswoman Amara Okafor "
        + "told a press briefing in Abuja.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Amara Okafor");
      assertThat(m.getQuote()).isEqualTo("We will not negotiate under fire");
    });
    assertThat(speakers("Nigeria's Foreign Ministry said the envoy had been summoned. The ministry's spokesperson, "
        + "Amara Okafor, said the envoy would be asked to explain the remarks.")).last().isEqualTo("Amara Okafor");
  }

  @Test
  void aNamedMinistryDriverDoesNotSpeak() {
    assertThat(speakers("A ministry driver, Amara Okafor, told reporters that the road to the border was closed."))
        .isEmpty();
  }

  @Test
  void aBodyAfterACommaIsNoMemberOfTheListBeforeIt() {
    List<String> who = speakers("Egypt's Foreign Ministry said the talks had ended. The talks were hosted by Oman "
        + "and Jordan, the ministry said in a statement.");
    assertThat(who).containsExactly("Egyptian Foreign Ministry", "Egyptian Foreign Ministry");
  }

  @Test
  void statesCoordinatedWithAndStillSpeakJointly() {
    assertThat(speakers("Oman and Jordan said in a joint statement that the crossing would reopen on Sunday."))
        .singleElement().asString().contains("Oman").contains("Jordan");
  }

  @Test
  void theCommissionIsTheOneWhosePresidentWasJustNamed() {
    assertThat(speakers("European Commission President Ursula von der Leyen will visit Hanoi next week for talks on "
        + "trade, the Commission said.")).containsExactly("European Commission");
    assertThat(speakers("The Commission said the tariffs on steel would be reviewed in April.")).isEmpty();
  }

  @Test
  void aForeignMinistryKnownByItsBuildingHasTheMinistrysName() {
    assertThat(speakers("The Quai d'Orsay said the ambassador would return to Algiers on Monday."))
        .containsExactly("French Foreign Ministry");
  }

  @Test
  void aTimePhraseAfterSaidDatesTheStatementAndIsNoContent() {
    List<EventMention> st = statements("Kenyan President William Ruto said last week the deal with Uganda was final.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getQuote()).isEqualTo("the deal with Uganda was final");
      assertThat(m.getDatePrecision().toString()).isEqualTo("WEEK");
    });
  }

  @Test
  void lastYearsThingAfterSaidIsContent() {
    assertThat(statements("Kenyan President William Ruto said last year's deal with Uganda had worked."))
        .singleElement().satisfies(m -> assertThat(m.getQuote()).startsWith("last year's deal"));
  }

  @Test
  void anAuxiliaryAndATimePhraseMaySitBetweenSpeakerAndVerb() {
    assertThat(speakers("Indonesia's Foreign Minister, Retno Dewi Lestari, had earlier this week told lawmakers in "
        + "Jakarta that the fleet would sail in May.")).containsExactly("Retno Dewi Lestari");
    assertThat(speakers("UN envoy Hans Grundberg on Tuesday called on the warring parties to \"return to the table "
        + "without conditions\".")).containsExactly("Hans Grundberg");
  }

  @Test
  void aNamelessDriverBeforeTheTimePhraseIsStillNoSpeaker() {
    assertThat(speakers("A ministry driver had earlier this week told reporters that the road was closed.")).isEmpty();
  }

  @Test
  void callingOnSomeoneAtHisResidenceIsAVisitNotAStatement() {
    assertThat(speakers("UN envoy Hans Grundberg on Tuesday called on the president at his residence in Aden."))
        .isEmpty();
  }

  @Test
  void anOrganizationsChiefIsThePersonWithItsTitle() {
    List<EventMention> st = statements("IAEA Director General Rafael Grossi arrived in Tehran on Monday. "
        + "The IAEA chief said inspectors would return to the Fordow site within a week.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Rafael Grossi");
      assertThat(m.getSpeaker().getMention()).isEqualTo("The IAEA chief");
    });
  }

  @Test
  void anOrganizationsChiefNobodyHoldsInTheArticleIsNoPerson() {
    assertThat(speakers("The IAEA chief said inspectors would return to the Fordow site within a week."))
        .doesNotContain("Rafael Grossi");
  }

  @Test
  void aHeadlineEndingInAQuotationIsNoSecondStatement() {
    List<EventMention> st = statements("Kenya's Ruto says deal with Uganda 'is final'\n\n"
        + "NAIROBI, Kenya (AP) — Kenyan President William Ruto said Monday the deal with Uganda was final.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote()).startsWith("the deal with Uganda"));
  }

  @Test
  void aFirstSentenceEndingInAQuotedFullStopIsNoHeadline() {
    assertThat(speakers("Kenyan President William Ruto said the deal was \"final and binding.\"\n\n"
        + "Uganda did not respond.")).containsExactly("William Ruto");
  }

  @Test
  void welcomingSomethingInAPostSaysNothingOfItsOwn() {
    assertThat(speakers("Chile's President Gabriel Boric welcomed the accord in a post on X.")).isEmpty();
    assertThat(statements("Chile's President Gabriel Boric welcomed the accord on fishing rights with Peru in a post "
        + "on X.")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).isEqualTo("the accord on fishing rights with Peru"));
  }

  @Test
  void aPlaceEndingAThreeWordNameIsTheSurname() {
    List<EventMention> st = statements("Interior Minister Joseph Mensah Togo told reporters that the border would "
        + "reopen on Friday. \"We are ready,\" he said.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Joseph Mensah Togo", "Joseph Mensah Togo");
  }

  @Test
  void aPlaceAfterAOneWordNameStaysThePlace() {
    assertThat(speakers("Officials met Mensah. Togo said the border would reopen on Friday.")).containsExactly("Togo");
  }

  @Test
  void aStateAndAPersonAreNoJointSpeaker() {
    assertThat(speakers("Talks resumed in Nairobi on Monday as Kenya and UN envoy Hans Grundberg said the ceasefire "
        + "was holding.")).containsExactly("Hans Grundberg");
  }

  @Test
  void twoPeopleStillSpeakJointly() {
    assertThat(speakers("Kenyan President William Ruto and Chilean President Gabriel Boric said in a joint statement "
        + "that trade would double.")).singleElement().asString().contains("Ruto").contains("Boric");
  }

  @Test
  void quotedAsSayingByAnOutletIsTheSpeakersStatement() {
    assertThat(statements("Mongolian President Ukhnaagiin Khurelsukh was quoted as saying by the state news agency "
        + "Montsame that the railway deal would be signed in June.")).singleElement().satisfies(m -> {
          assertThat(m.getSpeaker().getName()).startsWith("Ukhnaagiin Kh");
          assertThat(m.getQuote()).isEqualTo("the railway deal would be signed in June");
        });
  }

  @Test
  void welcomedByIsStillPassive() {
    assertThat(speakers("The accord was welcomed by Mongolian President Ukhnaagiin Khurelsukh on Monday.")).isEmpty();
  }

  @Test
  void aFirstLineEndingInAColonIntroducesTheQuotationBelowIt() {
    assertThat(statements("Fijian Prime Minister Sitiveni Rabuka told reporters in Suva:\n"
        + "\"We are a family of islands, not a chessboard.\"")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).isEqualTo("We are a family of islands, not a chessboard."));
  }

  @Test
  void aFirstLineWithNoPunctuationIsStillAHeadline() {
    assertThat(statements("Rabuka says Pacific is no chessboard\n"
        + "Fijian Prime Minister Sitiveni Rabuka said on Monday the Pacific was a family of islands.")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).startsWith("the Pacific was"));
  }

  @Test
  void theDemonymLeaderIsThatStatesLeaderNamedBefore() {
    List<EventMention> st = statements("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in "
        + "Addis Ababa on Monday. The Kenyan leader said the two countries would build a new highway.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("William Ruto");
      assertThat(m.getSpeaker().getMention()).isEqualTo("The Kenyan leader");
    });
  }

  @Test
  void aVicePresidentIsNoStatesLeader() {
    assertThat(speakers("Kenyan Vice President Kithure Kindiki met Ethiopian Prime Minister Abiy Ahmed in Addis "
        + "Ababa on Monday. The Kenyan leader said the two countries would build a new highway.")).isEmpty();
  }

  @Test
  void aRunOfQuotedParagraphsContinuesOneStatement() {
    List<EventMention> st = statements("Ghanaian President John Mahama said the region faced a choice.\n"
        + "\"We can build bridges or we can build walls. Ghana chooses bridges.\n"
        + "\"The Sahel states are our neighbours, and neighbours talk.\"\n"
        + "He added that a summit would be held in Accra.");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).getQuote()).contains("Ghana chooses bridges").contains("neighbours talk");
    assertThat(st.get(1).getQuote()).isEqualTo("a summit would be held in Accra");
  }

  @Test
  void aQuotationFarFromAnyStatementContinuesNone() {
    List<EventMention> st = statements("Ghanaian President John Mahama said the region faced a choice.\n"
        + "Trade fell by a third last year. Fuel prices doubled. Several border posts closed.\n"
        + "\"The Sahel states are our neighbours, and neighbours talk.\"");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote()).doesNotContain("neighbours talk"));
  }

  @Test
  void theQuotationBeforeQuotedAsSayingIsTheQuotedPersons() {
    List<EventMention> st = statements("Its spokesperson, Teresita Daza, told reporters the two ministers would meet "
        + "in Manila next month.\n\"We do not want the sea to become a battlefield,\" Foreign Minister Bui Thanh Son "
        + "was quoted as saying by the state-run Vietnam News Agency. \"We want it to remain a sea of peace.\"");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).getSpeaker().getName()).isEqualTo("Teresita Daza");
    assertThat(st.get(1).getSpeaker().getMention()).isEqualTo("Foreign Minister Bui Thanh Son");
    assertThat(st.get(0).getQuote()).doesNotContain("battlefield");
    assertThat(st.get(1).getQuote()).startsWith("We do not want the sea").contains("a sea of peace");
  }

  @Test
  void anAgencyQuotingSomeoneIsNotTheSpeaker() {
    assertThat(speakers("The official Xinhua news agency quoted Chinese Foreign Minister Wang Yi as saying that China "
        + "would never accept the ruling.")).containsExactly("Wang Yi");
  }

  @Test
  void callingSomethingAQuotedNameIsAStatement() {
    assertThat(statements("Israel's Foreign Ministry spokesman Oren Marmorstein called the move \"a prize for "
        + "terrorism.\"")).singleElement().satisfies(m -> {
          assertThat(m.getSpeaker().getName()).isEqualTo("Oren Marmorstein");
          assertThat(m.getQuote()).startsWith("a prize for terrorism");
        });
  }

  @Test
  void callingOffAQuotedEventIsNoStatement() {
    assertThat(speakers("Israeli Prime Minister Benjamin Netanyahu called off the \"strategic dialogue\" with "
        + "Bogota.")).isEmpty();
  }

  @Test
  void announcingSomethingOnXSaysNoMoreThanTheThing() {
    List<EventMention> st = statements("Colombian President Gustavo Petro announced the decision on X, writing that "
        + "Colombia \"will not be complicit\" in the war.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote()).startsWith("Colombia"));
  }

  @Test
  void aThatClauseKeepsAPlatformNamedInIt() {
    assertThat(statements("Colombian President Gustavo Petro said that the decree would be published on X and in "
        + "the official gazette.")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).endsWith("in the official gazette"));
  }

  @Test
  void aLowerCaseForeignMinistryOrPresidencyOfADatelinedArticleIsTheDatelineStates() {
    assertThat(speakers("NAIROBI, July 3 (Reuters) - The presidency said the summit would open on Friday. The foreign "
        + "ministry said ten heads of state had confirmed their attendance."))
        .containsExactly("Kenyan presidency", "Kenyan foreign ministry");
  }

  @Test
  void aBareLowerCaseGovernmentOfADatelinedArticleStaysUnresolved() {
    assertThat(speakers("NAIROBI, July 3 (Reuters) - The government said the summit would open on Friday.")).isEmpty();
  }

  @Test
  void aClosingAttributionNobodyResolvesIsNotPartOfTheWords() {
    assertThat(statements("Egypt and Sudan on Thursday urged Ethiopia to stop filling the dam until a deal is "
        + "reached, their foreign ministers said in a joint statement.")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).endsWith("until a deal is reached"));
  }

  @Test
  void aRelativeClauseWithSaidInsideTheWordsStays() {
    assertThat(statements("Egyptian Foreign Minister Badr Abdelatty said the talks, which Sudan said were useful, "
        + "would resume in May.")).filteredOn(m -> m.getSpeaker().getName().equals("Badr Abdelatty")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).endsWith("would resume in May"));
  }

  @Test
  void aFullStopInsideAnOutletsNameDoesNotEndTheFrame() {
    assertThat(statements("Celso Amorim, the president's chief foreign policy adviser, told the newspaper Folha de "
        + "S.Paulo that any talks would need guarantees from both sides.")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).isEqualTo("any talks would need guarantees from both sides"));
  }

  @Test
  void aFullStopEndingTheSentenceStillEndsTheFrame() {
    assertThat(speakers("Celso Amorim, the president's chief foreign policy adviser, told the newspaper Folha. "
        + "That talks would need guarantees was plain.")).isEmpty();
  }

  @Test
  void itsMinistryIsTheMinistryOfTheStateThatOpenedTheSentenceBefore() {
    assertThat(speakers("Belarus denied the incursion. Its defense ministry said in a Telegram post that the "
        + "helicopters had stayed on their side of the border.")).containsExactly("Belarusian defense ministry");
  }

  @Test
  void itsMinistryAfterASentenceOpenedByAPersonIsNoStatesBody() {
    assertThat(speakers("Polish Prime Minister Donald Tusk visited Belarus in May. Its defense ministry said in a "
        + "Telegram post that the helicopters had stayed on their side of the border.")).isEmpty();
  }

  @Test
  void itsAfterAnOrganizationIsTheOrganizationsNotTheStatesBefore() {
    assertThat(speakers("Tallinn asked NATO to extend its mission in the Baltic. Its mission said on Monday that "
        + "two more ships would be sent to the area.")).doesNotContain("Estonian mission");
  }

  @Test
  void theForeignOfficeOfAnArticleFiledFromAnotherStateIsThatStates() {
    assertThat(speakers("ISLAMABAD (Reuters) - The Foreign Office said on Monday it would send an envoy to Kabul."))
        .containsExactly("Pakistani Foreign Office");
    assertThat(speakers("LONDON (Reuters) - The Foreign Office said on Monday it would send an envoy to Kabul."))
        .containsExactly("Foreign Office");
  }

  @Test
  void bodiesOnlyOneStateHasKeepTheirStateWhateverTheDateline() {
    assertThat(speakers("KYIV (Reuters) - The Kremlin said on Monday it would send an envoy to Minsk."))
        .containsExactly("Kremlin");
    assertThat(speakers("SEOUL (Reuters) - The State Department said on Monday it would send an envoy to Pyongyang."))
        .containsExactly("U.S. State Department");
  }

  @Test
  void aQuotationInsideTheNextAttributionsWordsIsNotTheSecondPartOfASplitQuote() {
    List<EventMention> st = statements("\"This is a win for both our peoples,\" Senegalese President Bassirou Diomaye "
        + "Faye told journalists after the ceremony, adding that Dakar wanted \"a partnership of equals\".");
    assertThat(st).hasSize(2);
    assertThat(st.get(0).getQuote()).isEqualTo("This is a win for both our peoples");
    assertThat(st.get(1).getQuote()).contains("a partnership of equals");
  }

  @Test
  void theSecondPartOfASplitQuoteStillJoinsTheFirst() {
    assertThat(statements("\"This is a win,\" Senegalese President Bassirou Diomaye Faye said, \"for both our "
        + "peoples.\"")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).isEqualTo("This is a win, for both our peoples."));
  }

  @Test
  void aMediumRightAfterSaidIsFrameAndTheWordsFollowWithoutThat() {
    assertThat(statements("The U.S. Embassy in Mexico City said in a statement it welcomed the agreement."))
        .singleElement().satisfies(m -> assertThat(m.getQuote()).isEqualTo("it welcomed the agreement"));
    assertThat(speakers("Kenya's foreign ministry said in a statement issued after the talks.")).isEmpty();
  }

  @Test
  void anUnknownCounterpartOfAMinisterIsAMinisterAndSpeaks() {
    List<EventMention> st = statements("Mexican Foreign Relations Secretary Juan Ramon de la Fuente met his "
        + "Guatemalan counterpart Carlos Ramiro Martinez on Wednesday. Martinez told reporters that Guatemala would "
        + "need international support.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("Carlos Ramiro Martinez");
    assertThat(st.get(0).getSpeaker().getTitle()).isEqualTo("Foreign Minister");
  }

  @Test
  void aKnownCounterpartKeepsHisOwnTitle() {
    assertThat(statements("Secretary of State Marco Rubio met his Russian counterpart Sergey Lavrov in Riyadh. "
        + "Lavrov told reporters that the talks had been useful.")).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getTitle()).isEqualTo("Foreign Minister"));
  }

  @Test
  void theDemonymDiplomatIsThatStatesOnlyDiplomatNamedBefore() {
    assertThat(statements("Mexican Foreign Relations Secretary Juan Ramon de la Fuente met his Guatemalan counterpart "
        + "Carlos Ramiro Martinez. The Guatemalan diplomat said his country received more than 300,000 deportees.")
    ).singleElement().satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Carlos Ramiro Martinez"));
  }

  @Test
  void theDemonymDiplomatOfAStateWithTwoDiplomatsNamedIsNobody() {
    assertThat(speakers("Guatemalan Foreign Minister Carlos Ramiro Martinez and Guatemalan envoy Ana Lucia Perez met "
        + "Mexican officials. The Guatemalan diplomat said the border would reopen on Monday.")).isEmpty();
  }

  @Test
  void mfaOfADatelinedArticleIsTheHomeStatesForeignMinistry() {
    assertThat(speakers("HANOI (VNA) - Vietnamese Foreign Minister Bui Thanh Son held a video call with Philippine "
        + "Foreign Secretary Enrique Manalo on Monday. The two ministers discussed fishing rights and a code of "
        + "conduct, MFA said.")).containsExactly("Vietnamese Ministry of Foreign Affairs");
  }

  @Test
  void mofaIsTheHomeForeignMinistryNamedBefore() {
    assertThat(speakers("TAIPEI (CNA) - Taiwan's Ministry of Foreign Affairs said on Monday that a delegation from "
        + "Paraguay would arrive next week. The delegation will discuss new scholarships, MOFA said."))
        .containsExactly("Taiwanese Ministry of Foreign Affairs", "Taiwanese Ministry of Foreign Affairs");
  }

  @Test
  void mfaWithNoStateToReportFromIsNobody() {
    assertThat(speakers("The talks between the two delegations ended without a deal on fishing quotas, MFA said."))
        .isEmpty();
  }

  @Test
  void theOwnerOfAStatementSpeaksThroughIt() {
    assertThat(speakers("Kenya's Foreign Ministry issued a statement on Sunday. The ministry's statement said "
        + "Nairobi would send a mediator to Juba next week.")).containsExactly("Kenyan Foreign Ministry");
  }

  @Test
  void theLeadersCommuniqueSpeaksForTheLeadersPastAParticipleClause() {
    List<EventMention> st = statements("Leaders of the Southern African Development Community met in Harare on "
        + "Saturday. The leaders' communique, released late on Sunday, expressed \"deep concern\" about the fighting "
        + "in eastern Congo and welcomed Angola's offer to mediate.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("SADC leaders", "SADC leaders");
    assertThat(st.get(0).getQuote()).contains("deep concern");
  }

  @Test
  void aJournalistsPostIsNoStatement() {
    assertThat(speakers("Kenya's Foreign Ministry issued a statement on Sunday. A journalist's post said the "
        + "mediator would arrive in Juba next week.")).containsExactly();
  }

  @Test
  void anIndefiniteDiplomatIsSomeoneUnnamedNotTheMinisterNamedBefore() {
    assertThat(speakers("Guatemalan Foreign Minister Carlos Ramiro Martinez arrived in Mexico City on Thursday. "
        + "A Guatemalan diplomat said the talks on migration would last two days.")).isEmpty();
  }

  @Test
  void accordingToAnUnnamedDiplomatIsNoStatementOfTheMinister() {
    assertThat(speakers("Iranian Foreign Minister Abbas Araghchi arrived in Muscat on Thursday for talks with Omani "
        + "officials. The Iranian minister is expected to meet Sultan Haitham bin Tarik on Friday, according to an "
        + "Iranian diplomat traveling with the delegation.")).isEmpty();
  }

  @Test
  void aHeadlinesShortFormDoesNotPoisonTheBareNameInTheBody() {
    List<EventMention> st = statements("FM Kang, Lammy discuss trade in phone talks\n\nSEOUL, March 10 (Yonhap) -- "
        + "Foreign Minister Kang Min-jae held phone talks with British Foreign Secretary David Lammy on Monday night, "
        + "the foreign ministry said Tuesday.\n\nSeparately, Kang told reporters that Seoul would host the next round "
        + "of trade talks in April.");
    assertThat(st).filteredOn(m -> m.getTrigger().equals("told")).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Kang Min-jae"));
  }

  @Test
  void aFullNameOfSomeoneWithNoRoleStaysNoSpeaker() {
    assertThat(speakers("Kang discusses trade with Lammy\n\nKang Min-jae, a trade analyst in Seoul, said the talks "
        + "had gone well. Kang told reporters that Seoul would host the next round of trade talks in April.")).isEmpty();
  }

  @Test
  void abbreviatedKoreasAreTheirStates() {
    assertThat(speakers("SEOUL, March 10 (Yonhap) -- N. Korea's foreign ministry said Tuesday that the joint drills "
        + "were a rehearsal for invasion.")).containsExactly("North Korean foreign ministry");
  }
}
