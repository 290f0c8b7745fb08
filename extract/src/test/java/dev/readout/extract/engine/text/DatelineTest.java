package dev.readout.extract.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

  /** The text after the dateline of the first sentence of the paragraph starting at line {@code line}. */
  private static String afterDateline(String text, int sentence) {
    Document d = TextSplitter.split(text);
    Sentence s = d.sentences().get(sentence);
    return text.substring(d.token(Dateline.end(d, s)).start(), s.end());
  }

  @Test
  void placeAgencyAndDashAreCutOff() {
    assertThat(afterDateline("LIMA, Peru (AP) — Peru recalled its ambassador.", 0))
        .isEqualTo("Peru recalled its ambassador.");
  }

  @Test
  void placeDateAndAgencyWithHyphenAreCutOff() {
    assertThat(afterDateline("Headline here\nWINDHOEK, March 3 (Reuters) - Namibia hosted the talks.", 1))
        .isEqualTo("Namibia hosted the talks.");
  }

  @Test
  void colonDatelineOfSeveralWordsIsCutOff() {
    assertThat(afterDateline("PORT OF SPAIN: Caribbean ministers met on Monday.", 0))
        .isEqualTo("Caribbean ministers met on Monday.");
  }

  @Test
  void acronymOpeningRunningTextIsNoDateline() {
    assertThat(afterDateline("UN Secretary-General António Guterres — in Nairobi — spoke to reporters.", 0))
        .startsWith("UN Secretary-General");
    assertThat(afterDateline("NATO allies met in Brussels - without Hungary.", 0)).startsWith("NATO allies");
  }

  @Test
  void onlyTheFirstSentenceOfAParagraphCarriesOne() {
    assertThat(afterDateline("Talks ended. ASEAN - the bloc - met again.", 1)).startsWith("ASEAN");
  }
}
