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
 * Words said "afterwards" follow the occasion just told: its day; an interview given in an aside
 * ("X, interviewed on Radio Y on Friday, said") is an occasion of its own, on its own day and at no
 * place the report told before.
 */
class AfterwardsTest {

  /** A Wednesday. */
  private static final Instant PUBLISHED = Instant.parse("2024-05-15T10:00:00Z");
  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);
  private static final LocalDate FRIDAY = LocalDate.of(2024, 5, 10);

  private static final String CALL =
      "Malaysian Prime Minister Anwar Ibrahim spoke by phone with Thai Prime Minister Srettha Thavisin on Monday.\n";

  @ParameterizedTest
  @ValueSource(strings = {
      "Speaking to reporters in Putrajaya afterwards, Anwar said the border would stay open.",
      "Anwar told reporters afterwards that the border would stay open.",
      "Srettha wrote on X afterwards: \"We agreed to keep the border open.\"",
      "Srettha posted on Facebook afterward that the border would stay open.",
  })
  void wordsAfterwardsTakeTheDayOfTheCallJustTold(String sentence) {
    List<EventMention> ms = SharedEngine.extract(CALL + sentence, PUBLISHED);
    EventMention st = statementBy(ms, sentence.contains("Anwar") ? "Anwar" : "Srettha");
    assertThat(st.getDate()).as("said after Monday's call: %s", sentence).isEqualTo(MONDAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Later, Anwar said the border would stay open.",
      "\"We will talk again afterwards,\" Anwar said.",
  })
  void wordsNotSaidToFollowTheCallStayUndated(String sentence) {
    EventMention st = statementBy(SharedEngine.extract(CALL + sentence, PUBLISHED), "Anwar");
    assertThat(st.getDate()).as("nothing ties the words to the call: %s", sentence).isNull();
  }

  @Test
  void anInterviewInAnAsideIsItsOwnOccasion() {
    List<EventMention> ms = SharedEngine.extract("""
        Hungarian Prime Minister Viktor Orban met European Council President Charles Michel in Brussels on Monday.
        Orban, interviewed on Kossuth Radio on Friday morning, said Hungary would veto the package.""", PUBLISHED);
    EventMention st = statementBy(ms, "Orb");
    assertThat(st.getDate()).as("the interview's own day").isEqualTo(FRIDAY);
    assertThat(st.getLocation()).as("an interview is not where the talks were").isNull();
  }
}
