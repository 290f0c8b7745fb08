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

/**
 * A surname the gazetteer gives a better-known namesake is the person the article named ("Deuba" after "Foreign
 * Minister Arzu Rana Deuba"); a present-tense verb coordinated after a past attribution continues the reported clause.
 */
class NamesakeAndTenseTest {

  private static final ExtractionEngine engine = SharedEngine.engine();

  private static List<EventMention> statements(String text) {
    return engine.extract(new ArticleInput("n", text, Instant.parse("2025-07-08T12:00:00Z"), null, null)).stream()
        .filter(m -> m.getType() == EventType.STATEMENT).toList();
  }

  @Test
  void aSurnameIsThePersonTheArticleNamedNotTheGazetteersNamesake() {
    List<EventMention> st = statements("Foreign Minister Arzu Rana Deuba held talks in Delhi on Friday. "
        + "Deuba said Nepal would raise the border issue firmly but through dialogue.");
    assertThat(st).extracting(m -> m.getSpeaker().getName()).containsExactly("Arzu Rana Deuba");
  }

  @Test
  void aSurnameAloneIsStillTheGazetteersPerson() {
    assertThat(statements("Deuba said Nepal would raise the border issue firmly but through dialogue."))
        .extracting(m -> m.getSpeaker().getName()).containsExactly("Sher Bahadur Deuba");
  }

  @Test
  void aPresentVerbAfterAPastAttributionContinuesTheReportedClause() {
    List<EventMention> st = statements("Tokayev said Kazakhstan is ready to double bilateral trade within five "
        + "years and welcomes more Chinese companies to invest in the country.");
    assertThat(st).hasSize(1);
    assertThat(st.get(0).getQuote()).endsWith("to invest in the country");
  }

  @Test
  void aPastVerbWithItsOwnComplementAfterAPastAttributionIsASecondStatement() {
    List<EventMention> st = statements("Kenyan President William Ruto said Kenya is ready to send more troops and "
        + "warned that the mission needed more funding.");
    assertThat(st).extracting(EventMention::getQuote)
        .containsExactly("Kenya is ready to send more troops", "the mission needed more funding");
  }
}
