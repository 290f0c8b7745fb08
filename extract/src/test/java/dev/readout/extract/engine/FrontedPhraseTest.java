package dev.readout.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A prepositional or participle phrase fronted before the speaker governs the attribution: its day
 * and place are the words' ("Responding to a question at the weekly briefing in New Delhi on
 * Thursday, the spokesperson said"); a day ahead or two days say nothing of when they were said.
 */
class FrontedPhraseTest {

  /** A Friday. */
  private static final Instant PUBLISHED = Instant.parse("2026-03-06T10:00:00Z");

  private static EventMention onlyStatement(String text) {
    List<EventMention> ms = SharedEngine.ofType(SharedEngine.extract(text, PUBLISHED), EventType.STATEMENT);
    assertThat(ms).as("statements in '%s'", text).hasSize(1);
    return ms.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Responding to a question at the weekly press briefing in New Delhi on Thursday, the Indian External Affairs Ministry spokesperson said talks with Dhaka would continue.|2026-03-05|New Delhi",
      "Answering questions from lawmakers in Canberra on Wednesday, Australian Foreign Minister Penny Wong said the treaty would be ratified.|2026-03-04|Canberra",
      "Replying to reporters in Nairobi on Tuesday evening, Kenyan President William Ruto said the border would reopen.|2026-03-03|Nairobi",
      "In an interview broadcast on Monday night, Chilean President Gabriel Boric said the reform would pass.|2026-03-02|"})
  void aFrontedPhraseDatesAndPlacesTheWords(String sentence, LocalDate day, String city) {
    EventMention st = onlyStatement(sentence);
    assertThat(st.getDate()).as("the fronted phrase's day").isEqualTo(day);
    if (city == null) {
      assertThat(st.getLocation()).as("an interview is placed only by its own words").isNull();
    } else {
      assertThat(st.getLocation()).as("the fronted phrase's place").isNotNull();
      assertThat(st.getLocation().getName()).isEqualTo(city);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ahead of the summit next week, Kenyan President William Ruto said he expected progress.",
      "In talks on Monday and in a call on Wednesday, Kenyan President William Ruto said, progress was made.",
      "Since the vote on Monday, Kenyan President William Ruto has said little about the border."})
  void aFrontedPhraseWithADayAheadOrTwoDaysOrASinceLeavesTheWordsUndated(String sentence) {
    List<EventMention> ms = SharedEngine.ofType(SharedEngine.extract(sentence, PUBLISHED), EventType.STATEMENT);
    assertThat(ms).allSatisfy(st -> assertThat(st.getDate()).as("'%s'", sentence).isNull());
  }
}
