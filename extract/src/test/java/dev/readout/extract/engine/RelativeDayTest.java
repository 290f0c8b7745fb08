package dev.readout.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days named by their distance from another told event ("the previous afternoon", "the same day",
 * "a day after ...", "on Thursday last") count from the last dated event of the narrative, not from
 * the report's day; with no dated event before them they stay undated.
 */
class RelativeDayTest {

  /** A Friday. */
  private static final Instant PUBLISHED = Instant.parse("2026-03-06T10:00:00Z");

  private static EventMention ofType(List<EventMention> ms, EventType type, String participant) {
    return SharedEngine.ofType(ms, type).stream()
        .filter(m -> SharedEngine.names(m.getParticipants()).stream().anyMatch(n -> n.contains(participant)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " with " + participant + " in " + ms));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the previous evening|2026-03-04",
      "the previous afternoon|2026-03-04",
      "the preceding night|2026-03-04",
      "the same morning|2026-03-05"})
  void aCallThePreviousEveningIsTheDayBeforeTheStatementThatTellsIt(String phrase, LocalDate day) {
    List<EventMention> ms = SharedEngine.extract("Brazilian President Luiz Inácio Lula da Silva said on Thursday "
        + "that he had spoken by phone with Argentine President Javier Milei " + phrase + ".", PUBLISHED);
    EventMention call = ofType(ms, EventType.CALL, "Milei");
    assertThat(call.getDate()).as("'%s' counted from Thursday's statement", phrase).isEqualTo(day);
    assertThat(call.getDatePrecision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aMeetingTheAnnouncementCameADayAfterIsTheDayBeforeTheAnnouncement() {
    List<EventMention> ms = SharedEngine.extract("""
        The Nigerian foreign ministry announced on Tuesday that a regional summit would be held in Abuja next month.
        The announcement came a day after Nigerian Foreign Minister Yusuf Tuggar received his Ghanaian counterpart Samuel Okudzeto Ablakwa in Abuja.""",
        PUBLISHED);
    assertThat(ofType(ms, EventType.MEETING, "Tuggar").getDate()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void whatTheCallCameADayBeforeCountsFromTheCallNotFromTheLaterStatement() {
    List<EventMention> ms = SharedEngine.extract("""
        Colombian President Gustavo Petro spoke by phone with Venezuelan President Nicolás Maduro on Tuesday.
        Petro told reporters on Thursday that the border would reopen.
        The call came a day before Colombian Foreign Minister Laura Sarabia met Venezuelan Foreign Minister Yván Gil in Caracas.""",
        PUBLISHED);
    assertThat(ofType(ms, EventType.MEETING, "Sarabia").getDate()).as("the day after Tuesday's call")
        .isEqualTo(LocalDate.of(2026, 3, 4));
  }

  @Test
  void aCourtesyCallOnTheSameDayTakesTheDayOfTheLastDatedMeetingNotOfTheSentenceBefore() {
    List<EventMention> ms = SharedEngine.extract("""
        Japanese Foreign Minister Takeshi Iwaya met Philippine Foreign Secretary Enrique Manalo in Manila on Monday.
        The two ministers signed a defence pact.
        On the same day, Iwaya also paid a courtesy call on President Ferdinand Marcos Jr.""", PUBLISHED);
    assertThat(ofType(ms, EventType.MEETING, "Marcos").getDate()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void theSameDayWithNothingDatedBeforeStaysUndated() {
    List<EventMention> ms = SharedEngine.extract("""
        Relations between Tokyo and Manila have warmed steadily.
        On the same day, Japanese Foreign Minister Takeshi Iwaya also paid a courtesy call on Philippine President Ferdinand Marcos Jr.""",
        PUBLISHED);
    assertThat(ofType(ms, EventType.MEETING, "Marcos").getDate()).as("no dated event to count from").isNull();
  }

  @Test
  void theDayBeforeANamedEventIsNotCountedFromTheNarrative() {
    List<EventMention> ms = SharedEngine.extract("""
        Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.
        Ruto will also meet Tanzanian President Samia Suluhu Hassan the day before the regional summit.""",
        PUBLISHED);
    assertThat(ofType(ms, EventType.MEETING, "Samia").getDate())
        .as("'the day before the summit' counts from the summit, not from Monday's meeting").isNotEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void onThursdayLastIsLastThursday() {
    List<EventMention> ms = SharedEngine.extract(
        "Bangladeshi Foreign Adviser Touhid Hossain met Indian High Commissioner Pranay Verma in Dhaka on Thursday last.",
        Instant.parse("2026-03-12T10:00:00Z"));
    assertThat(ofType(ms, EventType.MEETING, "Verma").getDate()).isEqualTo(LocalDate.of(2026, 3, 5));
  }
}
