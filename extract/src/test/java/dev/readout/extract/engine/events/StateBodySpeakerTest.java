package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies of a state that speak with no state named: a ministry's full name ("the Ministry of Foreign Affairs"),
 * a head of state's or government's own body ("the Office of the President", "the Royal Court", "the Amiri Diwan"),
 * an organization's organ ("the ASEAN Secretariat"); they belong to the state the article reports from, else to the
 * state of the clause they report.
 */
class StateBodySpeakerTest {

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static List<EventMention> statements(String text) {
    return engine.extract(new ArticleInput("b", text, Instant.parse("2025-05-06T12:00:00Z"), null, null)).stream()
        .filter(m -> m.getType() == EventType.STATEMENT).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ACCRA, May 5 - Ghana will open an embassy in Lima next year, the Ministry of Foreign Affairs said on Monday. | Ghanaian Ministry of Foreign Affairs | GHA
      DOHA, May 5 (Reuters) - The mediation will resume in Cairo on Sunday, the Ministry of Foreign Affairs and International Cooperation said. | Qatari Ministry of Foreign Affairs and International Cooperation | QAT
      DOHA, May 5 (Reuters) - The Amiri Diwan said the emir would attend the summit in Riyadh next week. | Qatari Amiri Diwan | QAT
      LUSAKA, May 5 - The Office of the President said the two leaders had agreed to meet again in June. | Zambian Office of the President | ZMB
      Jordan's Royal Court said in a statement that the king would travel to Cairo on Tuesday. | Jordanian Royal Court | JOR
      The Omani Royal Court said the sultan had received a letter from the Iranian president. | Omani Royal Court | OMN
      Bolivia will host the regional talks next month, the Ministry of Foreign Affairs said in a statement. | Bolivian Ministry of Foreign Affairs | BOL
      Uruguay will not sign the declaration, the Presidential Office confirmed on Monday. | Uruguayan Presidential Office | URY
      """)
  void aBodyNamedWithoutItsStateSpeaksForTheArticlesState(String text, String speaker, String country) {
    List<EventMention> st = statements(text);
    assertThat(st).as("one statement of %s", speaker).hasSize(1);
    assertThat(st.get(0).getSpeaker().getName()).isEqualTo(speaker);
    assertThat(st.get(0).getSpeaker().getCountry()).isEqualTo(country);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Jubilee House said President John Mahama would travel to Abuja on Monday. | Jubilee House | GHA
      Wisma Putra said the embassy in Bangkok was monitoring the situation closely. | Wisma Putra | MYS
      The Imperial Household Agency said the emperor would visit Mongolia in July. | Imperial Household Agency | JPN
      HANOI, June 2 - The State House said the president had spoken with his Ugandan counterpart. | Vietnamese State House | VNM
      HANOI, June 2 - The Prime Minister's Office said the two leaders had agreed to deepen cooperation. | Vietnamese Prime Minister's Office | VNM
      """)
  void aStatesOwnSeatOrBodySpeaksForIt(String text, String speaker, String country) {
    List<EventMention> st = statements(text);
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly(speaker);
    assertThat(st.get(0).getSpeaker().getCountry()).isEqualTo(country);
  }

  @Test
  void aSeatThatSpeaksIsStillWhereAMeetingTakesPlace() {
    List<EventMention> meetings = engine.extract(new ArticleInput("v", "Ghanaian President John Mahama received "
        + "Nigerian President Bola Tinubu at Jubilee House in Accra on Monday.", Instant.parse("2025-05-06T12:00:00Z"),
        null, null)).stream().filter(m -> m.getType() == EventType.MEETING).toList();
    assertThat(meetings).hasSize(1);
    assertThat(meetings.get(0).getParticipants()).extracting(a -> a.getName())
        .containsExactlyInAnyOrder("John Mahama", "Bola Tinubu");
    assertThat(meetings.get(0).getLocation().getName()).contains("Accra");
  }

  @Test
  void theMinistryLaterIsTheMinistryNamedWhole() {
    List<EventMention> st = statements("MANILA, May 5 - Manila will summon the envoy, the Department of Foreign "
        + "Affairs said on Monday. The envoy was asked to explain the incident near the shoal, the department said.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Filipino Department of Foreign Affairs", "Filipino Department of Foreign Affairs");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The ASEAN Secretariat said in a statement that the ministers would meet in Vientiane. | ASEAN Secretariat
      The SADC Secretariat, in a release on Friday, said the summit would open in Gaborone on Sunday. | SADC Secretariat
      The Commonwealth Secretariat said the elections in the islands had been largely peaceful. | Commonwealth Secretariat
      """)
  void anOrganizationsSecretariatSpeaksUnderItsOwnName(String text, String speaker) {
    List<EventMention> st = statements(text);
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly(speaker);
    assertThat(st.get(0).getSpeaker().getCountry()).isNull();
  }

  @Test
  void aCourtOfLawIsNoBodyOfTheStateThatSpeaks() {
    // Only a royal word makes a court the monarch's body; "the Supreme Court" rules, it is no government speaker.
    assertThat(statements("NAIROBI, May 5 - The election result must be annulled, the Supreme Court said.")).isEmpty();
  }

  @Test
  void aMinistryOfAnotherStateNamedWithItsStateKeepsThatState() {
    List<EventMention> st = statements("ACCRA, May 5 - Togo will host the talks, Togo's Ministry of Foreign Affairs "
        + "said on Monday.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("Togolese Ministry of Foreign Affairs");
  }

  @Test
  void aTitleAndOneGivenNameAreTheHolderOfThatTitle() {
    // "Abdullah" is also the crown prince's father's name; "King Abdullah" is the king.
    List<EventMention> st = statements("Crown Prince Hussein bin Abdullah attended the ceremony. "
        + "King Abdullah said Jordan would host the conference in the autumn.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("Abdullah II");
  }

  @Test
  void aNameEndingInIngThatOpensTheSentenceIsContentNotAnAdjunct() {
    List<EventMention> st = statements("Beijing will send a delegation to the talks in Geneva next week, the Chinese "
        + "foreign ministry said.");
    assertThat(st).hasSize(1);
    assertThat(st.get(0).getQuote()).startsWith("Beijing will send a delegation");
  }
}
