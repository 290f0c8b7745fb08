package dev.readout.extract.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteWordsTest {

  @Test
  void inflectionsOfAWordAreOneWord() {
    assertThat(QuoteWords.of("enforcing sanctions on territorial waters").content())
        .containsAll(QuoteWords.of("enforce a sanction in the territory").content());
  }

  @Test
  void aNameWithItsTitleCountsOnceByItsLastWord() {
    assertThat(QuoteWords.of("Kenyan President William Ruto will attend the summit").content())
        .containsExactlyInAnyOrder("ruto", "attend", "summit");
  }

  @Test
  void particlesInsideANameKeepItOneName() {
    assertThat(QuoteWords.of("Lula da Silva and Prabowo Subianto met").content())
        .containsExactlyInAnyOrder("silva", "subianto", "met");
  }

  @Test
  void countriesNamedAreKnownButNotPlacesNamedAfterThem() {
    assertThat(QuoteWords.of("In Japan and the United States, talks on the South China Sea and Russia's oil").countries())
        .containsExactlyInAnyOrder("japan", "united states", "russia");
  }

  @Test
  void namesSeparatedByPunctuationStayApart() {
    assertThat(QuoteWords.of("talks between Chile, Peru and Bolivia").content())
        .containsExactlyInAnyOrder("talk", "between", "chile", "peru", "bolivia");
  }

  @Test
  void wordsInQuotationMarksAreKeptAsVerbatimFragments() {
    QuoteWords words = QuoteWords.of("the duties would go “within days” and millers had \"no time to lose\"");

    assertThat(words.fragments()).extracting(QuoteWords.Fragment::words).containsExactly(" within days ", " no time to lose ");
    assertThat(words.words()).contains(" would go within days and millers ");
    assertThat(words.fragments().getFirst().content()).containsExactlyInAnyOrder("within", "day");
  }

  @Test
  void fragmentsWithoutContentWordsOrUnclosedAreNotKept() {
    assertThat(QuoteWords.of("he said “it is” and then “never mind").fragments()).isEmpty();
  }

  @Test
  void aQuoteFullOfQuotationMarksKeepsABoundedNumberOfFragments() {
    assertThat(QuoteWords.of("“peace” ".repeat(200)).fragments()).hasSize(QuoteWords.MAX_FRAGMENTS);
  }

  @Test
  void aHugeQuoteIsReadOnlyUpToItsBound() {
    String huge = "peace ".repeat(QuoteWords.MAX_CHARS) + "ceasefire";

    assertThat(QuoteWords.of(huge).words()).hasSizeLessThanOrEqualTo(QuoteWords.MAX_CHARS + 1);
    assertThat(QuoteWords.of(huge).content()).containsExactly("peac");
  }

  @Test
  void noQuoteHasNoWords() {
    assertThat(QuoteWords.of(null)).isEqualTo(QuoteWords.NONE);
    assertThat(QuoteWords.of("  ")).isEqualTo(QuoteWords.NONE);
  }
}
