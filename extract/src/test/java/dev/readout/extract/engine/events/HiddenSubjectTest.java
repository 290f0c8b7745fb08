package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Subjects whose words stand between the speaker and the verb: an of-phrase with the speaker's party or state
 * ("Jane Doe of the Green Party (GP) said"), an appositive after it, a body's membership as a title ("Senate member
 * Jane Doe"), and a title whose body ends before a name in apposition ("The leader of the opposition X Party, Jane
 * Doe, wrote").
 */
class HiddenSubjectTest {

  private static final Instant PUBLISHED = Instant.parse("2026-02-17T10:00:00Z");
  private static final String LEAD = "Kenya and Tanzania signed a border accord in Nairobi on Monday. ";

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(LEAD + text, PUBLISHED), EventType.STATEMENT);
  }

  private static List<String> speakers(String text) {
    return statements(text).stream().map(m -> m.getSpeaker().getName()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Lawmaker Kimani Ichungwa of the United Democratic Alliance said the treaty must go to a vote in the House. | Kimani Ichungwa
      Lawmaker Kimani Ichungwa of the United Democratic Alliance (UDA) said the treaty must go to a vote in the House. | Kimani Ichungwa
      Lawmaker Kimani Ichungwa of the United Democratic Alliance (UDA), a member of the Defence Committee, said the treaty must go to a vote. | Kimani Ichungwa
      Polish lawmaker Radek Fogiel of the Law and Justice party (PiS) told reporters the talks with Minsk were a mistake. | Radek Fogiel
      Lawmaker Wayan Sudirta of the Democratic Party of Struggle (PDI-P), a member of the House commission overseeing defence, said the pact must go to a vote. | Wayan Sudirta
      Senator Amy Klobuchar of Minnesota said on Tuesday the deal would help farmers in both countries. | Amy Klobuchar
      """)
  void ofPhraseBetweenAPersonAndTheVerbDescribesTheSpeaker(String text, String speaker) {
    assertThat(speakers(text)).as("the person the of-phrase describes speaks").containsExactly(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Senate member Ledama Olekina told reporters that the accord had been rushed through without debate. | Ledama Olekina
      Legislative Assembly member Mark Pollard said the islanders would judge the agreement by its results. | Mark Pollard
      Politburo member Nguyen Van Nam said the two parties would deepen their cooperation next year. | Nguyen Van Nam
      """)
  void memberOfAPoliticalBodyIsATitle(String text, String speaker) {
    assertThat(speakers(text)).containsExactly(speaker);
  }

  @Test
  void memberOfAClubIsNoPoliticalSpeaker() {
    assertThat(statements("Rotary Club member Peter Kamau said the accord had been rushed through without debate."))
        .isEmpty();
  }

  @Test
  void nameInAppositionAfterATitleAndItsBodyHoldsTheTitle() {
    List<EventMention> st = statements("The leader of the opposition Orange Movement, Jane Wanjiru, wrote on X that "
        + "the government had ignored parliament and demanded that President William Ruto explain the deal to "
        + "the House.");
    assertThat(st).as("one statement per verb, both hers").hasSize(2)
        .allSatisfy(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Jane Wanjiru"));
    assertThat(st.get(0).getQuote()).isEqualTo("the government had ignored parliament");
    assertThat(st.get(1).getQuote()).startsWith("President William Ruto explain the deal");
  }

  @Test
  void untitledNameAfterAnUntitledPhraseIsNoSpeaker() {
    assertThat(statements("The owner of the Safari Hotel, Peter Mwangi, said the accord was good for business "
        + "in the region.")).isEmpty();
  }
}
