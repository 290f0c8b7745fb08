package dev.readout.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.ingest.testing.Corpus;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void corpusArticlesAreEnglish() {
    for (Corpus.Entry entry : Corpus.load()) {
      assertThat(detector.detect(entry.text(), null)).as("language of %s", entry.id()).isEqualTo("eng");
    }
  }

  @Test
  void detectsOtherLanguages() {
    assertThat(detector.detect(
        "Le ministre des Affaires étrangères a rencontré son homologue russe à Genève pour discuter de la guerre.", null))
        .isEqualTo("fra");
    assertThat(detector.detect(
        "Der Bundeskanzler hat am Dienstag mit dem französischen Präsidenten telefoniert und über die Lage gesprochen.", "en"))
        .isEqualTo("deu");
    assertThat(detector.detect(
        "El presidente se reunió con el primer ministro en Madrid para hablar sobre la cooperación entre ambos países.", null))
        .isEqualTo("spa");
  }

  @Test
  void shortTextFallsBackToTheDeclaredLanguage() {
    assertThat(detector.detect("Talks end.", "en-GB")).isEqualTo("eng");
    assertThat(detector.detect("Talks end.", "fra")).isEqualTo("fra");
    assertThat(detector.detect("Talks end.", "not a tag!")).isNull();
    assertThat(detector.detect("Talks end.", null)).isNull();
  }
}
