package dev.readout.extract.engine;

import static dev.readout.extract.testing.SharedEngine.statementBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A planned meeting on the margins of a gathering told with one day ahead takes that day; a post
 * "after the talks" takes the talks' day but no place, and a bare "later" post stays undated.
 */
class MarginsAndPostsTest {

  /** A Friday. */
  private static final Instant PUBLISHED = Instant.parse("2026-03-06T10:00:00Z");

  private static EventMention meetingWith(List<EventMention> ms, String participant) {
    return SharedEngine.ofType(ms, EventType.MEETING).stream()
        .filter(m -> SharedEngine.names(m.getParticipants()).stream().anyMatch(n -> n.contains(participant)))
        .findFirst().orElseThrow(() -> new AssertionError("no meeting with " + participant + " in " + ms));
  }

  @Test
  void aPlannedMeetingOnTheMarginsTakesTheOneDayAheadOfTheGathering() {
    List<EventMention> ms = SharedEngine.extract("""
        African Union ministers will open a peace and security conference in Addis Ababa on March 18.
        Ghanaian Foreign Minister Samuel Okudzeto Ablakwa is expected to meet Nigerian Foreign Minister Yusuf Tuggar on the margins of the conference.""",
        PUBLISHED);
    EventMention m = meetingWith(ms, "Tuggar");
    assertThat(m.getDate()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Addis Ababa");
  }

  @Test
  void aPlannedMeetingOnTheMarginsOfAGatheringWithTwoDaysAheadStaysUndated() {
    List<EventMention> ms = SharedEngine.extract("""
        African Union ministers will open a peace and security conference in Addis Ababa on March 18 and close it on March 20.
        Ghanaian Foreign Minister Samuel Okudzeto Ablakwa is expected to meet Nigerian Foreign Minister Yusuf Tuggar on the margins of the conference.""",
        PUBLISHED);
    assertThat(meetingWith(ms, "Tuggar").getDate()).as("which of the two days is not said").isNull();
  }

  private static final String TALKS = """
      Colombian President Gustavo Petro held talks with Ecuadorian President Daniel Noboa in Quito on Monday.
      The two countries share a long border.
      """;

  @Test
  void aPostAfterTheTalksTakesTheirDayButNoPlace() {
    EventMention post = statementBy(SharedEngine.extract(TALKS
        + "Petro wrote on X after the talks that the border would reopen.", PUBLISHED), "Petro");
    assertThat(post.getDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(post.getLocation()).as("a post is placed nowhere").isNull();
  }

  @Test
  void aPostLaterStaysUndated() {
    EventMention post = statementBy(SharedEngine.extract(TALKS
        + "Petro later wrote on X that the border would reopen.", PUBLISHED), "Petro");
    assertThat(post.getDate()).as("'later' may be days later").isNull();
  }
}
