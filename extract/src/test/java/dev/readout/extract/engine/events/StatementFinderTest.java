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

/** Statements end to end: one per attribution, the right speaker, the right words. */
class StatementFinderTest {

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static List<EventMention> statements(String text) {
    return engine.extract(new ArticleInput("s", text, Instant.parse("2024-10-02T12:00:00Z"), null, null)).stream()
        .filter(m -> m.getType() == EventType.STATEMENT).toList();
  }

  @Test
  void speakerBeforeAColonQuote() {
    List<EventMention> st = statements(
        "Ghanaian President Nana Akufo-Addo told the assembly: “Africa will no longer wait for permission.”");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Nana Akufo-Addo");
      assertThat(m.getQuote()).isEqualTo("Africa will no longer wait for permission.");
    });
  }

  @Test
  void invertedAttributionAfterTheQuote() {
    List<EventMention> st = statements("“The dam belongs to all of us,” said Ethiopian Prime Minister Abiy Ahmed.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Abiy Ahmed"));
  }

  @Test
  void splitQuoteIsOneStatement() {
    List<EventMention> st = statements(
        "“We are ready,” Pakistani Foreign Minister Ishaq Dar said, “to talk to anyone who wants peace.”");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getQuote()).contains("We are ready").contains("to talk to anyone who wants peace");
    });
  }

  @Test
  void splitQuoteContinuingTheSentenceIsJoinedWithAComma() {
    List<EventMention> st = statements(
        "“We are ready,” Pakistani Foreign Minister Ishaq Dar said, “to talk to anyone who wants peace.”");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).isEqualTo("We are ready, to talk to anyone who wants peace."));
  }

  @Test
  void splitQuoteStartingANewSentenceIsJoinedWithAFullStop() {
    List<EventMention> st = statements(
        "“We are not asking for charity,” Pakistani Foreign Minister Ishaq Dar told reporters. "
            + "“We are asking Europe to keep its promises.”");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote())
        .isEqualTo("We are not asking for charity. We are asking Europe to keep its promises."));
  }

  @Test
  void quotePartsAlreadyEndingASentenceKeepTheirPunctuation() {
    assertThat(StatementFinder.joinQuotes("Is this fair?", "No.")).isEqualTo("Is this fair? No.");
    assertThat(StatementFinder.joinQuotes("We agree", "with them.")).isEqualTo("We agree, with them.");
  }

  @Test
  void accordingToPutsTheContentBeforeOrAfter() {
    List<EventMention> before = statements(
        "The border will reopen on Friday, according to the Thai Foreign Ministry.");
    assertThat(before).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Thai Foreign Ministry");
      assertThat(m.getQuote()).isEqualTo("The border will reopen on Friday");
    });
    List<EventMention> after = statements(
        "According to Mexican Foreign Minister Alicia Barcena, the two countries agreed to share intelligence.");
    assertThat(after).singleElement().satisfies(m ->
        assertThat(m.getQuote()).isEqualTo("the two countries agreed to share intelligence"));
  }

  @Test
  void contentBeforeTheAttributionAtTheEnd() {
    List<EventMention> st = statements("Seoul will expand its humanitarian aid to Gaza, the South Korean Foreign Ministry said.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("South Korean Foreign Ministry");
      assertThat(m.getQuote()).isEqualTo("Seoul will expand its humanitarian aid to Gaza");
    });
  }

  @Test
  void postOnXIsWritten() {
    List<EventMention> st = statements(
        "Polish Foreign Minister Radoslaw Sikorski wrote on X that Warsaw would not recognize the result.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getMode()).isEqualTo("WRITTEN");
      assertThat(m.getQuote()).isEqualTo("Warsaw would not recognize the result");
    });
  }

  @Test
  void objectOfPraiseIsTheContent() {
    List<EventMention> st = statements("Kenyan President William Ruto praised Haiti's transitional council for its courage.");
    assertThat(st).singleElement().satisfies(m ->
        assertThat(m.getQuote()).isEqualTo("Haiti's transitional council for its courage"));
  }

  @Test
  void quotationInsideAStatementIsNoStatementOfItsOwn() {
    List<EventMention> st = statements(
        "“As President Mandela once said, ‘it always seems impossible until it is done,’” Ramaphosa said.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Cyril Ramaphosa"));
  }

  @Test
  void declinedToSayAndJournalistsAreNoStatements() {
    assertThat(statements("Argentine President Javier Milei declined to say whether he would attend. "
        + "The newspaper reported that the talks had stalled.")).isEmpty();
  }

  @Test
  void quoteOverSeveralParagraphsStaysWithItsSpeaker() {
    List<EventMention> st = statements("Japanese Prime Minister Shigeru Ishiba said the alliance was vital.\n"
        + "“Our security depends on trust,” he said.\n"
        + "“We will not let anyone break it.”\n"
        + "Chinese Foreign Ministry spokesperson Mao Ning said Tokyo should reflect on history.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Shigeru Ishiba", "Shigeru Ishiba", "Mao Ning");
    assertThat(st.get(1).getQuote()).contains("Our security depends on trust").contains("We will not let anyone break it");
  }

  @Test
  void quotedAsSayingAndNameInAppositiveAfterTheRole() {
    List<EventMention> st = statements("Hungarian Prime Minister Viktor Orban was quoted as saying that Europe had lost its way. "
        + "The ministry's spokesman, Mao Ning, said China was ready to mediate.");
    assertThat(st).extracting(m -> m.getQuote())
        .containsExactly("Europe had lost its way", "China was ready to mediate");
    assertThat(st.get(1).getSpeaker().getName()).isEqualTo("Mao Ning");
  }

  @Test
  void straightOpeningQuoteBelongsToTheNextSentence() {
    List<EventMention> st = statements("Kenya's foreign ministry said the envoy would return. \"We are not going anywhere,\" "
        + "said Kenyan Foreign Minister Musalia Mudavadi.");
    assertThat(st).extracting(m -> m.getQuote())
        .containsExactly("the envoy would return", "We are not going anywhere");
  }

  @Test
  void callOnSomeoneToActIsADemandNotAVisit() {
    List<EventMention> all = engine.extract(new ArticleInput("s",
        "Egyptian President Abdel Fattah al-Sisi called on Israel to halt the offensive.",
        Instant.parse("2024-10-02T12:00:00Z"), null, null));
    assertThat(all).singleElement().satisfies(m -> {
      assertThat(m.getType()).isEqualTo(EventType.STATEMENT);
      assertThat(m.getQuote()).isEqualTo("Israel to halt the offensive");
    });
  }

  @Test
  void bodyBeforeANamedSpokespersonIsPartOfTheMention() {
    List<EventMention> st = statements("The talks will resume in Cairo next week, Qatar's Foreign Ministry spokesperson "
        + "Majed al-Ansari told reporters on Tuesday.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Majed al-Ansari");
      assertThat(m.getSpeaker().getMention()).isEqualTo("Qatar's Foreign Ministry spokesperson Majed al-Ansari");
      assertThat(m.getQuote()).isEqualTo("The talks will resume in Cairo next week");
    });
  }

  @Test
  void contentBeforeSaidAndAQuoteAfterAddingAreTwoStatements() {
    List<EventMention> st = statements("Nepal wants closer ties with India, Nepalese Foreign Minister Arzu Rana Deuba said, "
        + "adding, “This visit opens a new chapter for both nations.”");
    assertThat(st).extracting(m -> m.getQuote())
        .containsExactly("Nepal wants closer ties with India", "This visit opens a new chapter for both nations.");
  }

  @Test
  void adjunctBeforeAPostIsNoContentAndTheParticipleCarriesTheQuote() {
    List<EventMention> st = statements("Following the call, Brazilian President Lula posted on X on Monday, stating, "
        + "“We agreed to work for peace in the region.”");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote()).isEqualTo("We agreed to work for peace in the region."));
  }

  @Test
  void visitedAndSaidShareTheSubject() {
    List<EventMention> st = statements(
        "New Zealand Foreign Minister Winston Peters visited Fiji in February, and said the Pacific was fundamental to New Zealand.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Winston Peters");
      assertThat(m.getQuote()).isEqualTo("the Pacific was fundamental to New Zealand");
    });
  }

  @Test
  void unknownPeopleWithoutAPoliticalRoleAreNoSpeakers() {
    assertThat(statements("“The union has run out of patience with Lisbon,” said Marta Quiroga, who heads the Iberia"
        + " Policy Lab in Madrid.")).isEmpty();
    assertThat(statements("Chile coach Ricardo Gareca said his squad had given everything against Peru.")).isEmpty();
    assertThat(statements("“Demand for copper will keep rising,” said Henrik Solberg, head of research at Nordbank"
        + " in Oslo.")).isEmpty();
  }

  @Test
  void unknownPeopleWithAPoliticalRoleStillSpeak() {
    assertThat(statements("Deputy Foreign Minister Halvard Strand said Norway would host the next round of talks."))
        .singleElement().satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Halvard Strand"));
  }

  @Test
  void relativeThatInsideTheReportedClauseIsNotItsStart() {
    List<EventMention> st = statements("Canadian Foreign Minister Melanie Joly said the two countries would reopen"
        + " negotiations on a fisheries deal that collapsed in 2019.");
    assertThat(st).singleElement().satisfies(m ->
        assertThat(m.getQuote()).startsWith("the two countries would reopen negotiations"));
  }

  @Test
  void secondThatClauseKeepsTheFirstOne() {
    List<EventMention> st = statements("A Greek government spokesman said Athens would not attend the Ankara meeting,"
        + " and that no talks with Turkey were planned before spring.");
    assertThat(st).singleElement().satisfies(m ->
        assertThat(m.getQuote()).startsWith("Athens would not attend the Ankara meeting"));
  }

  @Test
  void trailingAdjunctAfterAClosingAttributionIsNotTheContent() {
    List<EventMention> st = statements("The defence ministers of Poland and Lithuania met in Vilnius on Monday,"
        + " Poland's defence ministry said, as tensions on the border with Belarus rose.");
    assertThat(st).singleElement().satisfies(m ->
        assertThat(m.getQuote()).startsWith("The defence ministers of Poland and Lithuania met in Vilnius"));
    List<EventMention> st2 = statements("Its envoy held talks with Peruvian officials in Lima,"
        + " Ecuador's foreign ministry said, without giving details.");
    assertThat(st2).singleElement().satisfies(m -> assertThat(m.getQuote()).startsWith("Its envoy held talks"));
  }

  @Test
  void unnamedOfficialsOfAStateSpeakForIt() {
    List<EventMention> st = statements("Norwegian officials have said the ferry link to Svalbard would reopen in May.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Norwegian officials");
      assertThat(m.getQuote()).startsWith("the ferry link to Svalbard would reopen");
    });
  }

  @Test
  void leadersOfARegionAreNoSingleSpeaker() {
    assertThat(statements("European leaders said the tariffs would hurt both sides of the Atlantic.")).isEmpty();
  }

  @Test
  void accordingToAPossessedRoleTakesTheRoleHolder() {
    List<EventMention> st = statements("According to Erdogan's spokesman Omer Celik, the two presidents also agreed to"
        + " reopen the border crossing at Kapikule.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Omer Celik"));
  }

  @Test
  void actorAfterAPrepositionIsNotTheSpeaker() {
    assertThat(statements("Farmers travelling with Chilean President Gabriel Boric said they hoped to sell more"
        + " cherries in Asia.")).isEmpty();
  }

  @Test
  void headlineWithoutFinalPunctuationIsNoStatement() {
    List<EventMention> st = statements("Kenya says Somalia and Ethiopia could resume talks in Nairobi\n"
        + "Kenyan Foreign Minister Musalia Mudavadi said on Tuesday that Somalia and Ethiopia could resume talks"
        + " in Nairobi next month.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Musalia Mudavadi"));
  }

  @Test
  void participleAttributionDoesNotTakeTheNarrationBeforeIt() {
    assertThat(statements("Turkish President Recep Tayyip Erdogan met Syrian leader Ahmed al-Sharaa in Ankara on"
        + " Monday, urging closer cooperation on border security.")).isEmpty();
  }

  @Test
  void executiveSecretaryOfABlocSpeaksAndKeepsTheFollowingHeSaid() {
    List<EventMention> st = statements("“The summit will open on 3 May in Gaborone,” ECCAS Executive Secretary"
        + " Marta Lindqvist told reporters on Friday. Ministers would first review the budget, she said.");
    assertThat(st).hasSize(2).allSatisfy(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Marta Lindqvist"));
  }

  @Test
  void attributionInsideAnotherStatementsReportedWordsIsPartOfIt() {
    List<EventMention> st = statements("Chilean Foreign Minister Alberto van Klaveren wrote on X that he had told"
        + " the Bolivian envoy that Chile would \"never negotiate its sovereignty over the Pacific coast.\"");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Alberto van Klaveren");
      assertThat(m.getQuote()).contains("never negotiate its sovereignty");
    });
  }

  @Test
  void trailingAttributionTakesTheWordsOfEveryVerbBeforeIt() {
    List<EventMention> st = statements("Ghanaian President John Mahama received the Togolese envoy in Accra on"
        + " Friday and pledged support for the mediation effort, Mahama's office said.");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Mahama's Office"));
  }

  @Test
  void coordinatedSpeakersKeepAStatementEach() {
    List<EventMention> st = statements("Thai Foreign Minister Maris Sangiampongsa said the border would reopen"
        + " next week, and Cambodian Prime Minister Hun Manet said his troops would stay in their barracks.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("Maris Sangiampongsa", "Hun Manet");
  }

  @Test
  void datelineIsNeitherSpeakerNorWords() {
    List<EventMention> st = statements("MANAGUA, Nicaragua (AP) — Costa Rica called on Nicaragua to release the"
        + " detained fishermen, the Costa Rican Foreign Ministry said.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isNotEqualTo("Nicaragua");
      assertThat(m.getQuote()).startsWith("Costa Rica called on Nicaragua");
    });
  }

  @Test
  void clauseAfterAnOpeningAdjunctIsTheWordsOfATrailingAttribution() {
    List<EventMention> st = statements("In a separate development, Kenyan Foreign Minister Musalia Mudavadi met his"
        + " Somali counterpart in Nairobi on Friday, Kenya's foreign ministry said.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).endsWith("ministry");
      assertThat(m.getQuote()).startsWith("Kenyan Foreign Minister Musalia Mudavadi met");
    });
  }

  @Test
  void openingAdjunctBeforeTheSpeakerIsNoContent() {
    assertThat(statements("Following the vote, the Ugandan foreign ministry said.")).isEmpty();
  }

  @Test
  void theBlocSpeaksForTheOrganizationNamedBefore() {
    List<EventMention> st = statements("The Caribbean Community sent a mission to Port-au-Prince on Monday to meet"
        + " the transitional council, the regional bloc said, its third visit this year.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getKind()).isEqualTo(dev.readout.schemas.avro.ActorKind.ORGANIZATION);
      assertThat(m.getQuote()).startsWith("The Caribbean Community sent a mission").doesNotContain("third visit");
    });
  }

  @Test
  void ministersOfAnOrganizationSpeakJointly() {
    List<EventMention> st = statements("Foreign ministers of the Gulf Cooperation Council met in Muscat on Sunday."
        + " \"We reject any interference in the internal affairs of member states,\" the ministers said in a joint"
        + " statement.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Gulf Cooperation Council foreign ministers");
      assertThat(m.getMode()).isEqualTo("WRITTEN");
    });
  }

  @Test
  void regionalLeadersWithoutAnOrganizationAreNoSpeaker() {
    assertThat(statements("European leaders said the sanctions would stay in place until the talks resumed."))
        .isEmpty();
  }

  @Test
  void quotationAfterDescribedAsIsTheSpeakersWords() {
    List<EventMention> st = statements("Bogota expelled two attaches on Monday, a step Colombian President Gustavo"
        + " Petro described as \"a matter of national dignity.\"");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Gustavo Petro");
      assertThat(m.getQuote()).isEqualTo("a matter of national dignity.");
    });
  }

  @Test
  void welcomingGuestsIsNoStatement() {
    assertThat(statements("Ghanaian President John Mahama welcomed Senegal's Bassirou Diomaye Faye and Togo's"
        + " Faure Gnassingbe to the summit in Accra.")).isEmpty();
  }

  @Test
  void welcomingADecisionIsAStatement() {
    assertThat(statements("Ghanaian President John Mahama welcomed Senegal's decision to reopen the border"
        + " crossings.")).singleElement().satisfies(m -> assertThat(m.getQuote()).startsWith("Senegal's decision"));
  }

  @Test
  void theOfficeOfAnOfficeHolderNamedBeforeSpeaks() {
    List<EventMention> st = statements("Australian Prime Minister Anthony Albanese will travel to Jakarta next week."
        + " He will meet Indonesian leaders to discuss \"security and trade priorities\", says the Prime Minister's"
        + " Office.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Albanese's Office");
      assertThat(m.getSpeaker().getKind()).isEqualTo(dev.readout.schemas.avro.ActorKind.ORGANIZATION);
    });
  }

  @Test
  void theMinistryIsTheOneWhoseSpokespersonSpokeBefore() {
    List<EventMention> st = statements("\"We will not accept these terms,\" Egypt's foreign ministry spokesman Tamim"
        + " Khallaf told reporters. In a statement, the ministry said the dam talks had failed again.");
    assertThat(st).hasSize(2);
    assertThat(st.get(1).getSpeaker().getName()).isEqualToIgnoringCase("Egyptian foreign ministry");
  }

  @Test
  void spokesmanForAStatesBodySpeaksForThatBody() {
    List<EventMention> st = statements("A spokesman for Poland's foreign ministry said Warsaw was studying the note.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualToIgnoringCase("Polish foreign ministry");
      assertThat(m.getQuote()).isEqualTo("Warsaw was studying the note");
    });
  }

  @Test
  void accordingToACapitalsBodyIsThatBody() {
    List<EventMention> st = statements("Prime Minister Narendra Modi and Prime Minister Sheikh Hasina agreed to"
        + " reopen the rail link, according to Dhaka's foreign ministry.");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getCountry()).isEqualTo("BGD"));
  }

  @Test
  void theStatementSaidIsItsAuthorsNextStatement() {
    List<EventMention> st = statements("Malaysia's foreign ministry said in a statement that Anwar Ibrahim would"
        + " visit Hanoi. The statement said the two sides would also sign a maritime accord.");
    assertThat(st).hasSize(2);
    assertThat(st.get(1).getSpeaker().getName()).isEqualTo(st.get(0).getSpeaker().getName());
    assertThat(st.get(1).getQuote()).startsWith("the two sides would also sign");
  }

  @Test
  void appositiveInTheFrameIsNotTheWords() {
    List<EventMention> st = statements("Nepali Prime Minister K.P. Sharma Oli said on X, formerly Twitter, that"
        + " Kathmandu would not take sides.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote()).isEqualTo("Kathmandu would not take sides"));
  }

  @Test
  void quotedByAnAgencyAsSayingIsAStatement() {
    List<EventMention> st = statements("Cambodian Prime Minister Hun Manet was quoted by the state news agency AKP as"
        + " saying that the border dispute should go to the International Court of Justice.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Hun Manet");
      assertThat(m.getQuote()).startsWith("the border dispute should go");
    });
  }

  @Test
  void quotationWithItsOwnAnonymousAttributionDoesNotContinueTheStatementBefore() {
    List<EventMention> st = statements("Irish Foreign Minister Simon Harris warned that the region faced \"a long"
        + " winter\". \"We were never consulted on the plan,\" a senior Irish official said on condition of anonymity.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote()).doesNotContain("consulted"));
  }

  @Test
  void officialsInACapitalSpeakForItsState() {
    List<EventMention> st = statements("Officials in Nairobi said the border would reopen on Monday.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getCountry()).isEqualTo("KEN");
      assertThat(m.getSpeaker().getKind()).isEqualTo(dev.readout.schemas.avro.ActorKind.GROUP);
    });
  }

  @Test
  void diplomatsInACapitalAreNoSpeaker() {
    assertThat(statements("Diplomats in Nairobi said the border would reopen on Monday.")).isEmpty();
  }

  @Test
  void toldTheListenerWithoutThatStartsTheWordsAfterTheListener() {
    List<EventMention> st = statements("Tanzanian Foreign Minister Mahmoud Thabit Kombo told reporters the"
        + " ceasefire was holding.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote()).isEqualTo("the ceasefire was holding"));
  }

  @Test
  void acronymInParenthesesBetweenBodyAndVerbKeepsTheBodyAsSpeaker() {
    List<EventMention> st = statements("The Philippine Department of Foreign Affairs (DFA) said Manila had filed a"
        + " diplomatic protest.");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getCountry()).isEqualTo("PHL"));
  }

  @Test
  void bodyNamedOfItsStateSpeaksForIt() {
    List<EventMention> st = statements("The Ministry of Foreign Affairs of Uganda said it had recalled its envoy.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Ugandan Ministry of Foreign Affairs");
      assertThat(m.getSpeaker().getCountry()).isEqualTo("UGA");
    });
  }

  @Test
  void statesPresidentialSeatSpeaksForThePresidency() {
    List<EventMention> st = statements("Malawi's State House said the president would travel to Lusaka on Friday.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getKind()).isEqualTo(dev.readout.schemas.avro.ActorKind.ORGANIZATION);
      assertThat(m.getSpeaker().getCountry()).isEqualTo("MWI");
    });
  }

  @Test
  void pronounAfterANewSubjectIsThatSubjectNotTheLastSpeaker() {
    List<EventMention> st = statements("Bolivian President Luis Arce said the talks had been useful. Chilean Foreign"
        + " Minister Alberto van Klaveren met the Bolivian envoy in Santiago on Monday. He told reporters afterwards:"
        + " \"The channel remains open.\"");
    assertThat(st).hasSize(2);
    assertThat(st.get(1).getSpeaker().getName()).isEqualTo("Alberto van Klaveren");
  }

  @Test
  void pronounRightAfterAStatementIsItsSpeaker() {
    List<EventMention> st = statements("Bolivian President Luis Arce met Chilean President Gabriel Boric in La Paz."
        + " \"We have opened a new chapter,\" Arce said. He added that the border would stay open.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("Luis Arce", "Luis Arce");
  }

  @Test
  void coordinatedStatesSayingOneTextAreOneJointSpeaker() {
    List<EventMention> st = statements("Rwanda and Burundi said in a joint statement that they would reopen the"
        + " border on Monday.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Rwanda and Burundi");
      assertThat(m.getSpeaker().getKind()).isEqualTo(dev.readout.schemas.avro.ActorKind.GROUP);
      assertThat(m.getQuote()).startsWith("they would reopen the border");
    });
  }

  @Test
  void theTwoCountriesAreTheLastTwoStatesNamed() {
    List<EventMention> st = statements("Armenia and Azerbaijan initialled a peace text in Washington on Friday."
        + " The two countries said in a joint statement that a treaty would follow within months.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).contains("Armenia").contains("Azerbaijan");
      assertThat(m.getMode()).isEqualTo("WRITTEN");
    });
  }

  @Test
  void objectsOfAPrepositionBeforeTheSpeakerAreNoJointSpeakers() {
    List<EventMention> st = statements("After talks between Serbia and Kosovo, EU foreign policy chief Kaja Kallas"
        + " said progress had been made.");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Kaja Kallas"));
  }

  @Test
  void quoteToldByASpokesmanForTheMinistryIsTheMinistrys() {
    List<EventMention> st = statements("\"Our position has not changed,\" a spokesman for the Omani foreign ministry"
        + " told Reuters.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualToIgnoringCase("Omani foreign ministry");
      assertThat(m.getQuote()).isEqualTo("Our position has not changed");
    });
  }

  @Test
  void theOrganizationsOfficeHolderNamedBeforeSpeaks() {
    List<EventMention> st = statements("The African Union met in Addis Ababa. \"Aid must reach Darfur now,\" said"
        + " Moussa Faki Mahamat, the commission chairperson. \"We will not stay silent,\" the union's chairperson"
        + " added.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Moussa Faki Mahamat", "Moussa Faki Mahamat");
  }

  @Test
  void twoRolesOfOnePersonAreNoJointSpeaker() {
    List<EventMention> st = statements("Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin"
        + " Abdulrahman Al Thani said Doha would keep its embassy in Kabul open.");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getKind()).isEqualTo(dev.readout.schemas.avro.ActorKind.PERSON));
  }

  @Test
  void theOfficeOfAPersonSpeaksAsTheirOffice() {
    List<EventMention> st = statements("The office of Iraqi Prime Minister Mohammed Shia al-Sudani said the visit"
        + " had been postponed.");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("al-Sudani's Office"));
  }

  @Test
  void jointTextOfSeveralStatesMinistersIsOneJointSpeaker() {
    List<EventMention> st = statements("A joint statement issued by the foreign ministers of Spain, Ireland and"
        + " Norway said recognition would follow.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).contains("Spain").contains("Ireland").contains("Norway");
      assertThat(m.getQuote()).isEqualTo("recognition would follow");
    });
  }

  @Test
  void hisMinistryIsTheMinistryTheMinisterHeads() {
    List<EventMention> st = statements("Omani Foreign Minister Badr Albusaidi received the Yemeni envoy in Muscat on"
        + " Sunday, his ministry said.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Omani Foreign Ministry");
      assertThat(m.getQuote()).startsWith("Omani Foreign Minister Badr Albusaidi received");
    });
  }

  @Test
  void itSaidIsTheBodyThatSpokeJustBefore() {
    List<EventMention> st = statements("The Moroccan foreign ministry said in a statement that the visit had been"
        + " cancelled. It added that Rabat remained open to dialogue.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Moroccan foreign ministry", "Moroccan foreign ministry");
  }

  @Test
  void itAfterAPersonIsNoSpeaker() {
    List<EventMention> st = statements("Moroccan Foreign Minister Nasser Bourita said the visit had been"
        + " cancelled. It said nothing about the reasons, which remain unclear.");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Nasser Bourita"));
  }

  @Test
  void presidentialPressServiceSpeaksForThePresidency() {
    List<EventMention> st = statements("The two leaders agreed to open a new border post, Uzbekistan's presidential"
        + " press service said.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).endsWith("press service");
      assertThat(m.getSpeaker().getCountry()).isEqualTo("UZB");
    });
  }

  @Test
  void theCommissionIsTheCommissionNamedBefore() {
    List<EventMention> st = statements("The European Commission proposed new rules on Monday. The commission said"
        + " earlier it had no plans to lift the tariffs.");
    assertThat(st).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("European Commission"));
  }

  @Test
  void theThreeCountriesAreTheLastThreeStatesNamed() {
    List<EventMention> st = statements("Ghana, Togo and Benin signed a transport accord on Friday. The three countries"
        + " said in a joint statement that the corridor would open next year.");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getSpeaker().getName())
        .contains("Ghana").contains("Togo").contains("Benin"));
  }

  @Test
  void theTwoLeadersSpeakTogether() {
    List<EventMention> st = statements("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe"
        + " on Monday. The two leaders said they would build a new railway.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("William Ruto and Yoweri Museveni");
      assertThat(m.getQuote()).isEqualTo("they would build a new railway");
    });
  }

  @Test
  void bareTheyIsNoJointSpeaker() {
    List<EventMention> st = statements("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe"
        + " on Monday. Analysts doubted the deal; they said the railway would never be financed.");
    assertThat(st).isEmpty();
  }
}
