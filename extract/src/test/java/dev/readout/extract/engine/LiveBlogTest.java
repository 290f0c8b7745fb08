package dev.readout.extract.engine;

import static dev.readout.extract.testing.SharedEngine.statementBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live blog's entries report what was said on the day of the blog's date header. */
class LiveBlogTest {

  /** A Wednesday evening. */
  private static final Instant PUBLISHED = Instant.parse("2024-05-15T20:00:00Z");
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);
  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  private static final String HEADER = """
      LIVE: Thailand and Cambodia reopen border crossings

      Wednesday, 15 May. Updates from Bangkok; times are local.

      """;

  private static final String ENTRIES = """
      08:15 - Good morning. The crossings at Aranyaprathet reopened at dawn.

      10:40 - Thai Foreign Minister Maris Sangiampongsa says the reopening is "a first step, not the last".

      12:05 - Cambodian Foreign Minister Prak Sokhonn told reporters in Phnom Penh that trade would resume within days.

      14:30 - Malaysian Prime Minister Anwar Ibrahim said on Monday that ASEAN observers would stay on the border.
      """;

  @Test
  void entriesWithNoDayOfTheirOwnAreOfTheHeadersDay() {
    List<EventMention> ms = SharedEngine.extract(HEADER + ENTRIES, PUBLISHED);
    assertThat(statementBy(ms, "Maris").getDate()).as("'says' in the 10:40 entry").isEqualTo(WEDNESDAY);
    assertThat(statementBy(ms, "Prak Sokhonn").getDate()).as("'told reporters' in the 12:05 entry")
        .isEqualTo(WEDNESDAY);
  }

  @Test
  void anEntryThatNamesItsDayKeepsIt() {
    List<EventMention> ms = SharedEngine.extract(HEADER + ENTRIES, PUBLISHED);
    assertThat(statementBy(ms, "Anwar").getDate()).as("'said on Monday'").isEqualTo(MONDAY);
  }

  @Test
  void withoutADateHeaderTheEntriesStayUndated() {
    List<EventMention> ms = SharedEngine.extract("LIVE: Thailand and Cambodia reopen border crossings\n\n" + ENTRIES,
        PUBLISHED);
    assertThat(statementBy(ms, "Maris").getDate()).as("no header: nothing says which day").isNull();
  }
}
