package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb coordinated after a reported clause: the reported subject's second verb ("said the two sides reviewed A and
 * reaffirmed B") is content; the speaker's second speech verb ("said A and warned that B") is a statement of its own.
 */
class CoordinatedVerbTest {

  private static final Instant PUBLISHED = Instant.parse("2026-02-17T10:00:00Z");
  private static final String LEAD = "Chile and Peru signed a maritime accord in Lima on Monday. ";

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(LEAD + text, PUBLISHED), EventType.STATEMENT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The Chilean foreign ministry said the two sides reviewed bilateral trade and reaffirmed support for each other's "
          + "sovereignty.",
      "The Chilean foreign ministry said the delegations \"examined the whole range of fisheries questions\" and "
          + "renewed their pledge to share port data.",
      "President Gabriel Boric said both navies patrolled the border jointly last year and exchanged radar data daily.",
  })
  void secondVerbOfTheReportedSubjectIsContent(String text) {
    assertThat(statements(text)).as("one attribution, one statement").hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "President Gabriel Boric said the accord was fair and warned that illegal fishing would not be tolerated.",
      "President Gabriel Boric said the talks had collapsed and announced new port fees for Peruvian trawlers.",
  })
  void secondSpeechVerbOfTheSpeakerIsAStatement(String text) {
    assertThat(statements(text)).as("two attributions of the speaker").hasSize(2);
  }
}
