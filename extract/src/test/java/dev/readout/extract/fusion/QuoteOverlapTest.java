package dev.readout.extract.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteOverlapTest {

  @Test
  void aShorterReportOfTheSameWordsOverlaps() {
    assertThat(QuoteOverlap.overlaps(
        "Western leaders need to do more to enforce sanctions against Russia",
        "Western leaders need to do more to enforce sanctions")).isTrue();
  }

  @Test
  void pluralsAndCaseDoNotHideTheSameWords() {
    assertThat(QuoteOverlap.overlaps("Sanctions on Russian banks", "a sanction on the russian bank")).isTrue();
  }

  @Test
  void aFewCommonWordsAreNotTheSameRemark() {
    assertThat(QuoteOverlap.overlaps(
        "Whether you like it or not, you have to talk to adversaries.",
        "As a great secretary of defense, Gen. Mattis, once said: I may not like this son of a b—-, but I got to talk to him"))
        .isFalse();
  }

  @Test
  void quotesWithoutContentWordsNeverOverlap() {
    assertThat(QuoteOverlap.overlaps("It is what it is.", "It is what it is.")).isFalse();
    assertThat(QuoteOverlap.overlaps(null, "peace")).isFalse();
  }

  @Test
  void aOneWordQuoteOverlapsWhenThatWordIsShared() {
    assertThat(QuoteOverlap.overlaps("Ceasefire!", "We call for an immediate ceasefire now")).isTrue();
  }
}
