package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who speaks when a spokesperson does (EVENTS.md rule 4): an unnamed spokesperson of a person speaks for that
 * person's office, of a body for the body; a named one speaks as themself, wherever the attribution stands.
 */
class SpokespersonTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-11T10:00:00Z");

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, PUBLISHED), EventType.STATEMENT);
  }

  private static List<String> speakers(String text) {
    return statements(text).stream().map(m -> m.getSpeaker().getName()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Japanese Prime Minister Shigeru Ishiba met Australian Prime Minister Anthony Albanese in Canberra. A spokeswoman for Mr Ishiba said the two leaders would "talk again by phone before the summit". | Japanese Prime Minister's Office
      Zambian President Hakainde Hichilema flew to Luanda on Monday. A spokesman for the president said the visit would "open a new chapter" in relations with Angola. | Zambian Presidential Office
      Argentine Foreign Minister Gerardo Werthein arrived in Santiago on Monday. A spokesperson for Mr Werthein said the talks on the glacier treaty would resume in April. | Argentine Foreign Ministry
      """)
  void unnamedSpokespersonOfAPersonSpeaksForThatPersonsOffice(String text, String office) {
    assertThat(speakers(text)).as("the office, not the principal, speaks").containsExactly(office);
  }

  @Test
  void theUnnamedPresidentsSpokespersonOfADatelinedReportSpeaksForTheHomeState() {
    // The visitor is the president named last; the spokesman still speaks for the host's office.
    assertThat(speakers("MEXICO CITY (Reuters) - Mexican President Claudia Sheinbaum received Guatemalan "
        + "President Bernardo Arevalo at the National Palace on Tuesday. A spokesman for the president said on "
        + "Monday that the visit \"would go ahead as planned despite the storm\"."))
        .containsExactly("Mexican Presidential Office");
  }

  @Test
  void secondVerbOfTheSpokespersonIsTheOfficesToo() {
    assertThat(speakers("Zambian President Hakainde Hichilema flew to Luanda on Monday. A spokesman for the "
        + "president said the schedule \"did not allow a longer stay\", and added that the president expected "
        + "Angola to reopen the rail corridor."))
        .containsExactly("Zambian Presidential Office", "Zambian Presidential Office");
  }

  @Test
  void spokespersonOfAPrincipalNamedAfterThePrincipalIsTheSpeaker() {
    assertThat(speakers("A spokesperson for President Hakainde Hichilema, Anthony Bwalya, said on Facebook that "
        + "the trip to Luanda had been postponed by a week.")).containsExactly("Anthony Bwalya");
  }

  @Test
  void spokespersonOfABodySpeaksForTheBody() {
    assertThat(speakers("A spokesman for the Saudi foreign ministry said the kingdom would host the talks in "
        + "Jeddah next week.")).containsExactly("Saudi foreign ministry");
  }

  @Test
  void spokespersonOfAPersonsPartyIsNotThePersonsOffice() {
    assertThat(speakers("President William Ruto met President Yoweri Museveni in Entebbe. A spokesman for Ruto's "
        + "party said the talks on the oil pipeline had gone well for both sides."))
        .doesNotContain("Kenyan Presidential Office", "William Ruto");
  }

  @Test
  void unnamedBodySpokespersonAfterAQuotationSpeaksForTheBody() {
    List<EventMention> st = statements("\"Peru will not accept any change to the maritime border,\" a Peruvian "
        + "foreign ministry spokesperson told reporters.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Peruvian foreign ministry");
      assertThat(m.getQuote()).startsWith("Peru will not accept");
    });
  }

  @Test
  void journalistAfterAQuotationIsNoSpeaker() {
    assertThat(statements("\"The border will stay closed for the rest of the month,\" a local journalist told "
        + "reporters.")).isEmpty();
  }
}
