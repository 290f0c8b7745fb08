package dev.readout.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.ingest.testing.Corpus;
import org.junit.jupiter.api.Test;

class EnglishFunctionWordsTest {

  @Test
  void englishNewsIsPlainlyEnglish() {
    for (Corpus.Entry entry : Corpus.load()) {
      assertThat(EnglishFunctionWords.plainlyEnglish(entry.text())).as("article %s", entry.id()).isTrue();
    }
    assertThat(EnglishFunctionWords.plainlyEnglish("Kenya's President William Ruto met his Tanzanian counterpart in "
        + "Arusha on Friday, and the two leaders said they would reopen the border posts that were closed during the "
        + "dispute, according to a statement from the State House.")).isTrue();
  }

  @Test
  void otherLanguagesAreLeftToTheDetector() {
    String[] texts = {
        "De minister van Buitenlandse Zaken is dinsdag in Brussel geweest en sprak met zijn collega's over de oorlog "
            + "in Oekraïne. Het overleg was volgens hem constructief, maar er werd geen akkoord bereikt over sancties.",
        "Le ministre des Affaires étrangères a rencontré son homologue russe à Genève pour discuter de la guerre et "
            + "des sanctions, a indiqué le porte-parole du ministère dans un communiqué publié mardi soir.",
        "Der Bundeskanzler hat am Dienstag mit dem französischen Präsidenten telefoniert und über die Lage in der "
            + "Ukraine gesprochen, teilte ein Regierungssprecher in Berlin mit.",
        "El presidente se reunió con el primer ministro en Madrid para hablar sobre la cooperación entre ambos "
            + "países y la situación en la frontera, según informó la oficina de prensa del Gobierno.",
        "Rais wa Kenya alikutana na mwenzake wa Tanzania mjini Arusha siku ya Ijumaa na kuzungumzia biashara ya "
            + "mipakani na usalama wa eneo la Afrika Mashariki."};
    for (String text : texts) {
      assertThat(EnglishFunctionWords.plainlyEnglish(text)).as(text).isFalse();
    }
  }

  @Test
  void tooFewWordsProveNothing() {
    assertThat(EnglishFunctionWords.plainlyEnglish("The talks of the day.")).isFalse();
  }

  @Test
  void englishQuotedInsideAnotherLanguageDoesNotMakeItEnglish() {
    String text = "Le président a déclaré lors d'une conférence de presse à Paris que la France soutiendrait "
        + "l'Ukraine « aussi longtemps qu'il le faudra », avant de citer en anglais: \"we will not back down\". "
        + "Les ministres européens se réuniront la semaine prochaine à Bruxelles pour discuter des sanctions.";
    assertThat(EnglishFunctionWords.plainlyEnglish(text)).isFalse();
  }
}
