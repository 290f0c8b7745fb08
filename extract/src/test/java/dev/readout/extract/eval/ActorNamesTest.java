package dev.readout.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorNamesTest {

  @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
  @CsvSource(delimiter = '|', value = {
    "Zelensky | Volodymyr Zelenskyy",
    "Zelenskyy | Volodymyr Zelensky",
    "Lula | Luiz Inácio Lula da Silva",
    "Luiz Inacio Lula da Silva | LULA",
    "Sergei Lavrov | Sergey Lavrov",
    "Abdel Fattah el-Sisi | Sisi",
    "Mohammed bin Salman | Prince Mohammed bin Salman",
    "State Department | U.S. State Department",
    "Recep Tayyip Erdoğan | Erdogan",
    "Ursula von der Leyen | Von der Leyen",
  })
  void namesOfTheSameActorAreTheSame(String a, String b) {
    assertThat(ActorNames.same(a, b)).isTrue();
    assertThat(ActorNames.same(b, a)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is not \"{1}\"")
  @CsvSource(delimiter = '|', value = {
    "Donald Trump | Vladimir Putin",
    "Marco Rubio | Mike Waltz",
    "Russian Foreign Ministry | U.S. State Department",
    "Keith Kellogg | Kellogg Brown",
  })
  void namesOfDifferentActorsDiffer(String a, String b) {
    assertThat(ActorNames.same(a, b)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void emptyOrMissingNamesAreNobody() {
    assertThat(ActorNames.same(null, "Putin")).isFalse();
    assertThat(ActorNames.same("", "")).isFalse();
    assertThat(ActorNames.same("da", "de")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void quotesAreComparedWithWhitespaceQuotationMarksAndCaseFolded() {
    assertThat(QuoteText.contains("“Ukraine will never  accept\ndeals made behind our backs,”", "Ukraine will never accept deals"))
        .isTrue();
    assertThat(QuoteText.contains("He spoke by phone with Putin", "he spoke by phone")).isTrue();
    assertThat(QuoteText.contains("We want peace", "We want war")).isFalse();
    assertThat(QuoteText.contains(null, "anything")).isFalse();
  }
}
