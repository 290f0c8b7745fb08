package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.names;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A past occasion named in a "during ..." phrase with its own owner and time is an event of its own people, and
 * gives the sentence's other people, date and place nothing.
 */
class DatedOccasionTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-04T10:00:00Z");
  private static final String TALKS = "Angolan Foreign Minister Tete Antonio and Brazilian Foreign Minister Mauro Vieira"
      + " held talks in Luanda on Tuesday. ";

  private static List<EventMention> meetings(String text) {
    return ofType(extract(text, PUBLISHED), EventType.MEETING);
  }

  @Test
  void datedStateVisitInADuringPhraseIsTheVisitorsOwnEvent() {
    List<EventMention> ms = meetings(TALKS + "The two sides reviewed the agreements reached during Brazilian President"
        + " Luiz Inacio Lula da Silva's state visit to Angola in May 2024.");
    assertThat(ms).as("the talks and the earlier visit").hasSize(2);
    assertThat(ms.get(0)).satisfies(m -> {
      assertThat(names(m.getParticipants())).containsExactly("Tete Antonio", "Mauro Vieira");
      assertThat(m.getDate()).isEqualTo(LocalDate.of(2026, 3, 3));
    });
    assertThat(ms.get(1)).satisfies(m -> {
      assertThat(names(m.getParticipants())).as("the visit's people, not the reviewers")
          .containsExactly("Luiz Inácio Lula da Silva", "Angola");
      assertThat(m.getDate()).isEqualTo(LocalDate.of(2024, 5, 1));
    });
  }

  @Test
  void undatedOccasionStaysTheFrameOfTheSentencesOwnMeeting() {
    assertThat(meetings(TALKS + "The two sides reviewed the agreements reached during Brazilian President Luiz Inacio"
        + " Lula da Silva's state visit to Angola.")).as("no visit of its own").hasSize(1);
  }
}
