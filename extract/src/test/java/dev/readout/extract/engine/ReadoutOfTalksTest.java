package dev.readout.extract.engine;

import static dev.readout.extract.testing.SharedEngine.statementBy;
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
 * What the parties say right after their talks are told is the readout of those talks: their day
 * and place carry to every such statement ("X held talks with Y in Z on Monday. X stressed that
 * ..."), not to words told as another occasion.
 */
class ReadoutOfTalksTest {

  /** A Wednesday. */
  private static final Instant PUBLISHED = Instant.parse("2024-05-15T10:00:00Z");
  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  private static final String TALKS =
      "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed at State House in Nairobi on Monday.\n";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ruto stressed that the two countries should speed up work on the Lamu corridor.|Ruto",
      "Abiy noted that Ethiopia and Kenya share a long and peaceful border.|Abiy",
      "Ruto said Kenya would open its port at Lamu to Ethiopian cargo.|Ruto",
      "\"Our peoples have always traded across this border,\" Abiy said.|Abiy",
      "The Kenyan president underlined that the corridor would be finished by 2027.|Ruto",
  })
  void wordsOfAPartyRightAfterTheTalksTakeTheirDayAndPlace(String sentence, String speaker) {
    EventMention st = statementBy(SharedEngine.extract(TALKS + sentence, PUBLISHED), speaker);
    assertThat(st.getDate()).as("the readout of Monday's talks: %s", sentence).isEqualTo(MONDAY);
    assertThat(st.getLocation()).as("placed at the talks: %s", sentence).isNotNull();
    assertThat(st.getLocation().getName()).contains("Nairobi");
  }

  @org.junit.jupiter.api.Test
  void everyStatementOfTheReadoutTakesTheDayUntilAnotherOccasionIsTold() {
    List<EventMention> ms = SharedEngine.extract("""
        Indonesian President Prabowo Subianto met Vietnamese Prime Minister Pham Minh Chinh at the Merdeka Palace in Jakarta on Monday.
        Prabowo said Indonesia wanted to double rice imports from Vietnam. He added that the two navies would hold joint patrols.
        Chinh noted that Vietnam valued Indonesia as a partner in ASEAN.""", PUBLISHED);
    List<EventMention> statements = SharedEngine.ofType(ms, EventType.STATEMENT);
    assertThat(statements).as("three statements of the readout").hasSize(3);
    assertThat(statements).allSatisfy(st -> assertThat(st.getDate()).as(st.getQuote()).isEqualTo(MONDAY));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // talks told as an aside: what follows is not their readout
      "Ruto, who held talks with Abiy Ahmed in Nairobi on Monday, is pressing for a new rail line to the border.\n"
          + "Ruto said Kenya would open its port at Lamu.",
      // an interview to an outlet is an occasion of its own
      TALKS_PLAIN + "Ruto told Citizen Television that Kenya would open its port at Lamu.",
      TALKS_PLAIN + "Ruto told Kenyan state television that Kenya would open its port at Lamu.",
      // someone outside the talks spoke since: the narrative has moved on
      TALKS_PLAIN + "In Kampala, Ugandan Foreign Minister Jeje Odongo said Uganda welcomed the corridor. "
          + "Ruto said Kenya would open its port at Lamu.",
      // a gathering of many: its leaders speak over days and in many rooms
      "Ruto, Abiy Ahmed and Somali President Hassan Sheikh Mohamud held talks in Nairobi on Monday.\n"
          + "Ruto said Kenya would open its port at Lamu.",
  })
  void wordsOnAnotherOccasionStayUndated(String text) {
    EventMention st = statementBy(SharedEngine.extract(text, PUBLISHED), "Ruto");
    assertThat(st.getDate()).as("not the readout of the talks: %s", text).isNull();
  }

  private static final String CALL =
      "Ghanaian President John Mahama spoke by telephone with Ivorian President Alassane Ouattara on Monday.\n";

  @ParameterizedTest
  @ValueSource(strings = {
      "Ouattara, according to a statement from his office, told Mahama that the border would stay open.",
      "Ouattara told Mahama that the border would stay open, his office said in a statement."})
  void wordsToTheOtherPartyReportedByADocumentAreOfTheCall(String sentence) {
    EventMention st = statementBy(SharedEngine.extract(CALL + sentence, PUBLISHED), "Ouattara");
    assertThat(st.getDate()).as("said to Mahama on the call: %s", sentence).isEqualTo(MONDAY);
  }

  @org.junit.jupiter.api.Test
  void aPostSayingWhatTheSpeakerToldTheOtherPartyIsItsOwnOccasion() {
    EventMention st = statementBy(SharedEngine.extract(CALL
        + "Ouattara wrote on X that he had told Mahama the border would stay open.", PUBLISHED), "Ouattara");
    assertThat(st.getDate()).as("a post names no day of its own here").isNull();
  }

  private static final String TALKS_PLAIN =
      "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.\n";
}
