package dev.readout.extract.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EnglishCheckTest {

  private static boolean english(String text) {
    return EnglishCheck.isEnglish(Tokenizer.tokenize(text));
  }

  @Test
  void newsEnglishPasses() {
    assertThat(english("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan "
        + "in Nairobi on Tuesday, focusing on trade and security, and said the two countries would work together."))
        .isTrue();
  }

  @Test
  void otherLanguagesFail() {
    assertThat(english("El presidente de Brasil, Luiz Inácio Lula da Silva, se reunió el lunes en Brasilia con su "
        + "homólogo colombiano Gustavo Petro para hablar de la protección de la Amazonía y del comercio regional."))
        .isFalse();
    assertThat(english("Le président français Emmanuel Macron a rencontré mardi à Paris le chancelier allemand "
        + "Olaf Scholz pour discuter de la guerre en Ukraine et de la défense européenne commune."))
        .isFalse();
  }

  @Test
  void shortTextsGetTheBenefitOfTheDoubt() {
    assertThat(english("Putin met Xi.")).isTrue();
  }

  @Test
  void everyCorpusArticleIsEnglish() throws Exception {
    Path corpus = Path.of("/work/shared/corpus");
    if (!Files.isDirectory(corpus)) {
      return;
    }
    try (var files = Files.list(corpus)) {
      files.filter(p -> p.toString().endsWith(".txt")).forEach(p -> {
        try {
          assertThat(english(Files.readString(p))).as("%s reads as English", p).isTrue();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }
}
