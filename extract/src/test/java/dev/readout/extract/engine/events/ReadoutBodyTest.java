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
 * Bodies that report what happened ("X met Y on Tuesday, the ministry said"): which body a bare or capitalized name
 * of no state refers to, and where the words of a trailing attribution end.
 */
class ReadoutBodyTest {

  private static final Instant PUBLISHED = Instant.parse("2026-02-17T10:00:00Z");
  private static final String DATELINE = "ACCRA, Feb 17 (Reuters) - Ghana and Togo signed a border accord on Monday. ";

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(DATELINE + text, PUBLISHED), EventType.STATEMENT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      President John Mahama is also scheduled to receive Togolese President Faure Gnassingbe next week, the palace said, as Accra steps up its regional diplomacy. | Ghanaian palace
      Interior Minister Muntaka Mubarak met with the Togolese envoy on Tuesday to review border security, the Interior Ministry (MOI) reported. | Ghanaian Interior Ministry
      Foreign Minister Samuel Ablakwa is expected to meet his Togolese counterpart in Lome later this month, the Foreign Affairs Ministry said in a statement. | Ghanaian Foreign Affairs Ministry
      """)
  void capitalizedOrUniqueBodyOfNoStateIsTheHomeStates(String text, String body) {
    assertThat(statements(text)).extracting(m -> m.getSpeaker().getName()).contains(body);
  }

  @Test
  void acronymGlossedAfterABodyLaterNamesThatBody() {
    List<EventMention> st = statements("Defence Minister Omane Boamah met Togolese officials on Tuesday to review "
        + "border security, the Defence Ministry (MOD) reported. The MOD also said Ghana had sent a diplomatic note to "
        + "Lome requesting information on the detention of fourteen fishermen.");
    assertThat(st).extracting(m -> m.getSpeaker().getName())
        .containsExactly("Ghanaian Defence Ministry", "Ghanaian Defence Ministry");
  }

  @Test
  void relativeWhichSaidAfterABodyIsTheBodysStatement() {
    List<EventMention> st = statements("President John Mahama spoke by phone with Togolese President Faure Gnassingbe "
        + "on Monday evening, according to a readout from Mahama's office, which said the two leaders had agreed to "
        + "reopen the Aflao crossing.");
    assertThat(st).filteredOn(m -> m.getQuote().startsWith("the two leaders had agreed")).singleElement()
        .satisfies(m -> assertThat(m.getSpeaker().getName()).isEqualTo("Mahama's Office"));
  }

  @Test
  void relativeWhichAfterAPlaceIsNoSpeaker() {
    assertThat(statements("The accord covers the Volta river, which said nothing of its floods for a decade, "
        + "local farmers joked.")).isEmpty();
  }

  @Test
  void acronymNeverGlossedIsNoSpeaker() {
    assertThat(statements("The NDC also said Ghana had sent a diplomatic note to Lome requesting information on the "
        + "detention of fourteen fishermen.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Separately, President John Mahama spoke to Nigerian President Bola Tinubu over the telephone on Tuesday evening, the President's Office said. | Mahama's Office
      Prime Minister Keir Starmer spoke to Japanese Prime Minister Shigeru Ishiba on Tuesday evening, the PM Office said. | Starmer's Office
      """)
  void officeOfATitleIsTheOfficeOfTheSubjectHoldingIt(String text, String office) {
    assertThat(statements(text)).extracting(m -> m.getSpeaker().getName()).containsExactly(office);
  }

  @Test
  void bareMinistryAfterAMinisterSubjectIsThatMinistersMinistry() {
    List<EventMention> st = statements("A Togolese foreign ministry spokesperson said the accord was fair. Ghanaian "
        + "Foreign Minister Samuel Ablakwa is also expected to travel to Abuja next week to meet Nigerian officials, the "
        + "ministry said, partly to brief them on the accord.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).last().isEqualTo("Ghanaian Foreign Ministry");
    assertThat(st.get(st.size() - 1).getQuote()).as("the words are the clause before the attribution, not its adjunct")
        .startsWith("Ghanaian Foreign Minister Samuel Ablakwa is also expected to travel to Abuja");
  }

  @Test
  void bareMinistryAfterAClauseWithNoMinisterSubjectIsTheMinistryNamedBefore() {
    List<EventMention> st = statements("A Togolese foreign ministry spokesperson said the accord was fair. The talks on "
        + "Monday were led by Ghana's Defence Minister Omane Boamah and Togo's Defence Minister Marguerite Gnakade, the "
        + "ministry said in a statement.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).last().isEqualTo("Togolese foreign ministry");
  }
}
