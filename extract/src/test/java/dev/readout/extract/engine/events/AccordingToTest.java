package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "according to X": the source ends at its comma; a parenthetical "..., according to X, CLAUSE" attributes the clause
 * after it; a person's words reported in a body's readout ("According to the ministry's readout, Mr Y told Z that")
 * are the person's statement as well as the body's.
 */
class AccordingToTest {

  private static final Instant PUBLISHED = Instant.parse("2026-02-17T10:00:00Z");
  private static final String DATELINE = "BRASILIA, Feb 17 (Reuters) - Brazilian Foreign Minister Mauro Vieira held "
      + "talks with Argentine Foreign Minister Gerardo Werthein in Brasilia on Monday. ";

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(DATELINE + text, PUBLISHED), EventType.STATEMENT);
  }

  @Test
  void personsWordsInABodysReadoutAreHisStatementToo() {
    List<EventMention> st = statements("According to the Brazilian foreign ministry's readout, Mr Vieira told Mr "
        + "Werthein that Brazil expected Argentina to \"honour every clause of the trade accord\" this year.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactlyInAnyOrder("Brazilian foreign ministry", "Mauro Vieira");
    assertThat(st).filteredOn(m -> m.getSpeaker().getName().equals("Mauro Vieira")).singleElement()
        .satisfies(m -> assertThat(m.getQuote()).startsWith("Brazil expected Argentina"));
  }

  @Test
  void thePersonAfterTheSourcesCommaIsNoSource() {
    List<EventMention> st = statements("According to a summary shared with reporters, Vieira told Werthein that "
        + "Brazil would \"keep the border open for trade\" through the winter.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Mauro Vieira");
      assertThat(m.getQuote()).as("his words, not the summary's").startsWith("Brazil would");
    });
  }

  @Test
  void parentheticalSourceAttributesTheClauseAfterIt() {
    List<EventMention> st = statements("The two ministers also spoke by phone in March, a call in which, according "
        + "to the Brazilian foreign ministry, Vieira invited Werthein to Manaus for the Amazon summit.");
    assertThat(st).singleElement().satisfies(m -> {
      assertThat(m.getSpeaker().getName()).isEqualTo("Brazilian foreign ministry");
      assertThat(m.getQuote()).isEqualTo("Vieira invited Werthein to Manaus for the Amazon summit");
    });
  }

  @Test
  void trailingSourceAfterACompleteClauseAttributesTheClauseBefore() {
    List<EventMention> st = statements("Vieira will travel to Buenos Aires next month to sign the accord, according "
        + "to the Brazilian foreign ministry.");
    assertThat(st).singleElement().satisfies(m ->
        assertThat(m.getQuote()).startsWith("Vieira will travel to Buenos Aires next month"));
  }
}
