package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.names;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A semicolon joins two clauses that tell two events: the people of one take no part in the other. */
class SemicolonClauseTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-04T10:00:00Z");

  @Test
  void peopleAfterTheSemicolonDoNotJoinTheTalksBeforeIt() {
    var ms = extract("Chile is holding its own parallel talks with Washington; Chilean President Gabriel Boric and"
        + " Peruvian President Dina Boluarte spoke by video conference on Friday to coordinate their positions.",
        PUBLISHED);
    assertThat(ofType(ms, EventType.MEETING)).as("the states' talks name no one who meets").isEmpty();
    assertThat(ofType(ms, EventType.CALL)).singleElement().satisfies(c ->
        assertThat(names(c.getParticipants())).containsExactly("Gabriel Boric", "Dina Boluarte"));
  }

  @Test
  void talksBeforeTheSemicolonKeepTheirOwnPeople() {
    var ms = extract("Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima on"
        + " Friday; the two agreed to reopen the border crossing.", PUBLISHED);
    assertThat(ofType(ms, EventType.MEETING)).singleElement().satisfies(m ->
        assertThat(names(m.getParticipants())).containsExactly("Gabriel Boric", "Dina Boluarte"));
  }
}
