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

  @Test
  void inflectedWordsStillOverlap() {
    assertThat(QuoteOverlap.overlaps(
        "Western leaders need to do more to enforce sanctions against Russia",
        "the need for Western leaders to intensify efforts in enforcing sanctions against Russia")).isTrue();
  }

  @Test
  void twoRemarksThatOnlyNameTheSamePersonDoNotOverlap() {
    assertThat(QuoteOverlap.overlaps(
        "Ukrainian President Volodymyr Zelenskyy will be involved in peace talks",
        "he spoke by phone with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy about the war"))
        .isFalse();
  }

  @Test
  void aParaphraseQuotingTheRemarksKeyWordsVerbatimOverlaps() {
    String remark = "The duties go within days. Our millers cannot wait and neither can the families who buy their bread.";
    String paraphrase = "Pretoria would scrap import duties on maize once the drought ends, adding that the measure"
        + " would start “within days” and help millers and consumers across the region";

    assertThat(QuoteOverlap.overlaps(remark, paraphrase)).isTrue();
    assertThat(QuoteOverlap.overlaps(remark, paraphrase.replace("“", "").replace("”", "")))
        .as("the same words without quotation marks are a loose paraphrase, too little alike").isFalse();
  }

  @Test
  void aVerbatimFragmentAloneIsNotEnough() {
    assertThat(QuoteOverlap.overlaps(
        "We will respond within days to any incursion across the border.",
        "the maize import duties would be scrapped “within days”")).isFalse();
  }

  @Test
  void aStockPhraseAboutTalksWithAnotherCountryIsAnotherRemark() {
    String japan = "We had very productive talks with Japan today";

    assertThat(QuoteOverlap.overlaps(japan, "the talks with China were “very productive”")).isFalse();
    assertThat(QuoteOverlap.overlaps(japan, "the talks with Japan were “very productive”")).isTrue();
    assertThat(QuoteOverlap.overlaps(japan, "the talks had been “very productive”")).as("no other country named").isTrue();
  }
}
