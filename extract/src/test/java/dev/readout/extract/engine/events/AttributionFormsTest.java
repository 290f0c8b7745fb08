package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attributions in forms beside "X said (that)": the present tense of every attribution verb (live blogs, state
 * media), a manner adjective before a colon and a quotation ("X was blunt: “...”"), and a trailing attribution
 * that names the platform ("..., X said on X.", "... on state television").
 */
class AttributionFormsTest {

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static List<EventMention> statements(String text) {
    return engine.extract(new ArticleInput("f", text, Instant.parse("2025-06-10T12:00:00Z"), null, null)).stream()
        .filter(m -> m.getType() == EventType.STATEMENT).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Malian Foreign Minister Abdoulaye Diop calls the sanctions "an act of economic warfare" against his people. | Abdoulaye Diop | an act of economic warfare
      Indian External Affairs Minister S. Jaishankar accuses Islamabad of "harbouring terrorists" on its soil. | Subrahmanyam Jaishankar | harbouring terrorists
      Finnish President Alexander Stubb warns that the border will stay closed for the foreseeable future. | Alexander Stubb | the border will stay closed
      Chilean President Gabriel Boric tells reporters that the talks with Bolivia will resume next month. | Gabriel Boric | the talks with Bolivia will resume
      Turkish Foreign Minister Hakan Fidan dismisses the proposal as "a plan written in another capital". | Hakan Fidan | a plan written in another capital
      """)
  void aPresentTenseAttributionIsAStatement(String text, String speaker, String words) {
    List<EventMention> st = statements(text);
    assertThat(st).as("one statement of %s", speaker).hasSize(1);
    assertThat(st.get(0).getSpeaker().getName()).isEqualTo(speaker);
    assertThat(st.get(0).getQuote()).contains(words);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Asked whether Ukraine would cede territory, Zelenskyy was blunt: "We will never give up our land." | Volodymyr Zelenskyy | We will never give up our land.
      Turkish Foreign Minister Hakan Fidan was clear: "There can be no solution without the Kurds at the table." | Hakan Fidan | There can be no solution without the Kurds at the table.
      Kenyan President William Ruto has been emphatic: "Our troops will stay until the job is done." | William Ruto | Our troops will stay until the job is done.
      """)
  void aMannerBeforeAColonAttributesTheQuotationAfterIt(String text, String speaker, String quote) {
    List<EventMention> st = statements(text);
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly(speaker);
    assertThat(st.get(0).getQuote()).isEqualTo(quote);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The two presidents agreed to meet in Lima later this month, Boric said on X. | Gabriel Boric | The two presidents agreed to meet in Lima
      Kyiv will not accept any deal made behind its back, Zelenskyy said on Telegram. | Volodymyr Zelenskyy | Kyiv will not accept any deal
      The visit will strengthen ties between the two countries, Lula said on state television. | Luiz Inácio Lula da Silva | The visit will strengthen ties
      Kenyan President William Ruto said on X that the talks had been productive. | William Ruto | the talks had been productive
      """)
  void aPlatformAfterTheVerbIsWhereItWasSaidNotWhatWasSaid(String text, String speaker, String words) {
    List<EventMention> st = statements(text);
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly(speaker);
    assertThat(st.get(0).getQuote()).startsWith(words);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      No date has been set, according to Kenya's foreign ministry spokesperson, Jane Wambui. | Jane Wambui | No date has been set
      The border will reopen on Friday, according to Ghana's information minister, Fatimatu Abubakar. | Fatimatu Abubakar | The border will reopen
      The border will reopen on Friday, according to the Thai government spokesman, Jirayu Huangsap. | Jirayu Huangsap | The border will reopen
      """)
  void aPersonNamedAfterTheTitleOfAnAccordingToSourceSpeaks(String text, String speaker, String words) {
    List<EventMention> st = statements(text);
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly(speaker);
    assertThat(st.get(0).getQuote()).startsWith(words);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      12:35 - Foreign Minister Kęstutis Budrys will travel to Riga on Thursday for talks with his Latvian counterpart, the ministry says. | Lithuanian Foreign Ministry | Foreign Minister Kęstutis Budrys will travel
      09:10 — Prime Minister Petteri Orpo spoke with the Estonian prime minister late on Monday, his office said. | Orpo's Office | Prime Minister Petteri Orpo spoke
      """)
  void aLiveBlogTimestampIsNeitherContentNorInTheWayOfTheSubject(String text, String speaker, String words) {
    List<EventMention> st = statements(text);
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly(speaker);
    assertThat(st.get(0).getQuote()).startsWith(words);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The calls between the two presidents have become rare since the election in Nairobi.",
      "Ruto's remarks drew criticism from the opposition in Nairobi.",
      "The message from Nairobi was clear: the troops would stay until the elections.",
      "Kenyan President William Ruto was clear about the timetable at the summit in Arusha.",
      "Kenyan President William Ruto said on Sunday.",
      })
  void nounsAndMannersWithoutWordsAreNoStatements(String text) {
    assertThat(statements(text)).isEmpty();
  }
}
