package dev.readout.extract.engine;

import static dev.readout.extract.testing.SharedEngine.statementBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds of occasion an attribution may place words at ("at the reception", "at a joint press
 * appearance", "at a media stakeout", "at the banquet"): words spoken there take the day and place
 * of the meeting the speaker attended; the same words with no meeting told stay undated.
 */
class OccasionNounTest {

  /** A Friday. */
  private static final Instant PUBLISHED = Instant.parse("2026-03-06T10:00:00Z");
  private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

  @ParameterizedTest
  @ValueSource(strings = {
      "At the reception, Ruto affirmed that Kenya values its ties with Ghana.",
      "Ruto said at a joint press appearance that Kenya values its ties with Ghana.",
      "Ruto told a joint media stakeout that Kenya values its ties with Ghana.",
      "Speaking at the state banquet, Ruto said Kenya values its ties with Ghana.",
      "Ruto said during the luncheon that Kenya values its ties with Ghana.",
      "During the audience, Ruto stressed that Kenya values its ties with Ghana."})
  void wordsAtTheReceptionOrAppearanceTakeTheDayAndPlaceOfTheMeetingTheSpeakerAttended(String sentence) {
    List<EventMention> ms = SharedEngine.extract("""
        Kenyan President William Ruto on Tuesday received Ghanaian Foreign Minister Samuel Okudzeto Ablakwa at State House in Nairobi.
        """ + sentence, PUBLISHED);
    EventMention st = statementBy(ms, "Ruto");
    assertThat(st.getDate()).as("'%s' is spoken at Tuesday's reception", sentence).isEqualTo(TUESDAY);
    assertThat(st.getLocation()).as("and where it was held").isNotNull();
    assertThat(st.getLocation().getName()).endsWith("Nairobi");
  }

  @Test
  void anOtherSpeakersAnswerForHisPartFollowsTheReceptionWordsOntoTheirDay() {
    List<EventMention> ms = SharedEngine.extract("""
        Kenyan President William Ruto on Tuesday received Ghanaian Foreign Minister Samuel Okudzeto Ablakwa at State House in Nairobi.
        At the reception, Ruto affirmed that Kenya values its ties with Ghana.
        Ablakwa, for his part, stressed that both countries should expand trade.""", PUBLISHED);
    assertThat(statementBy(ms, "Ablakwa").getDate()).as("an answer at the same reception").isEqualTo(TUESDAY);
  }

  @Test
  void aReceptionWithNoMeetingToldLeavesTheWordsUndated() {
    List<EventMention> ms = SharedEngine.extract("""
        Kenya's economy grew by five percent last year, the statistics office reported.
        At a reception for diplomats, Kenyan President William Ruto said Kenya values its ties with Ghana.""",
        PUBLISHED);
    assertThat(statementBy(ms, "Ruto").getDate()).as("no dated meeting to be the reception").isNull();
  }
}
