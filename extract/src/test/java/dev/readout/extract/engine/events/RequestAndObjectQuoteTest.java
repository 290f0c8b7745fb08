package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attributions whose words are a short quotation in the verb's object: a request with a quotation ("asked for
 * Lome's “continued cooperation”") and an object that opens with one ("expressed “grave concern” about ...");
 * one statement per attribution verb (EVENTS.md rule 2).
 */
class RequestAndObjectQuoteTest {

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, Instant.parse("2026-03-11T10:00:00Z")),
        EventType.STATEMENT);
  }

  @Test
  void requestsWithAQuotationAreStatementsOfTheirQuotation() {
    List<EventMention> st = statements("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa spoke by phone with "
        + "Togolese Foreign Minister Robert Dussey on Monday. During the call, Ablakwa asked for Lome's \"continued "
        + "cooperation\" on border security, and appealed for \"patience from traders\" on both sides.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Samuel Okudzeto Ablakwa", "Samuel Okudzeto Ablakwa");
    assertThat(st).extracting(EventMention::getQuote).containsExactly("continued cooperation", "patience from traders");
  }

  @Test
  void requestWithoutAQuotationIsAnActNotWords() {
    assertThat(statements("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese officials in Lome. "
        + "Ablakwa asked for a two-week delay before the new tariffs take effect.")).isEmpty();
  }

  @Test
  void requestOfSomeoneWhoIsNoPoliticalActorIsNoStatement() {
    assertThat(statements("A farmer in Aflao asked for \"a fair price for maize\" at the market on Monday."))
        .isEmpty();
  }

  @Test
  void objectOpeningWithAShortQuotationIsTheStatementOfItsVerb() {
    List<EventMention> st = statements("Egyptian Foreign Minister Badr Abdelatty expressed \"grave concern\" about "
        + "the fighting in Sudan and welcomed Kenya's offer to host talks between the two armies.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("Badr Abdelatty", "Badr Abdelatty");
    assertThat(st.get(0).getQuote()).contains("grave concern").doesNotContain("Kenya");
    assertThat(st.get(1).getQuote()).startsWith("Kenya's offer");
  }

  @Test
  void quotationTakenByAParticipleIsNotAlsoTheObjectOfTheVerbBefore() {
    List<EventMention> st = statements("Egyptian Foreign Minister Badr Abdelatty posted on X, stating, \"Egypt will "
        + "never accept a divided Sudan.\"");
    assertThat(st).singleElement().satisfies(m -> assertThat(m.getQuote()).startsWith("Egypt will never accept"));
  }
}
