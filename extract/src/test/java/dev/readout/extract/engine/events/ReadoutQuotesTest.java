package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person's own quoted words inside a body's readout ("X said Lima would “...”, the ministry said") are the person's
 * statement as well as the body's; a readout of what a person did or said with no quotation stays one statement.
 */
class ReadoutQuotesTest {

  private static final String CALL = "LIMA (Reuters) - Peruvian Foreign Minister Elmer Schialer spoke by phone with "
      + "Chilean Foreign Minister Alberto van Klaveren on Monday. ";

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, Instant.parse("2026-03-11T10:00:00Z")),
        EventType.STATEMENT);
  }

  @Test
  void quotedWordsOfAMinisterInTheMinistrysReadoutAreHisStatementToo() {
    List<EventMention> st = statements(CALL + "Schialer said Lima would \"stand firmly with Santiago\" on fishing "
        + "rights, the foreign ministry said.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactlyInAnyOrder("Elmer Schialer", "Peruvian foreign ministry");
    assertThat(st).filteredOn(m -> m.getSpeaker().getName().equals("Peruvian foreign ministry")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).startsWith("Schialer said Lima would"));
  }

  @Test
  void aQuotedRequestInAReadoutIsTheRequestersStatement() {
    assertThat(statements(CALL + "During the call, Schialer asked for Santiago's \"continued cooperation\" on "
        + "migration, according to the foreign ministry's press release."))
        .filteredOn(m -> m.getSpeaker().getName().equals("Elmer Schialer")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).isEqualTo("continued cooperation"));
  }

  @Test
  void aReadoutWithoutQuotedWordsStaysOneStatementOfTheBody() {
    assertThat(statements(CALL + "Schialer pledged support on migration and said Lima would send more border police, "
        + "the foreign ministry said.")).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Peruvian foreign ministry");
  }
}
