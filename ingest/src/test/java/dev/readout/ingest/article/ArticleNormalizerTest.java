package dev.readout.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.ingest.testing.Corpus;
import org.junit.jupiter.api.Test;

class ArticleNormalizerTest {

  private final ArticleNormalizer normalizer = new ArticleNormalizer();

  @Test
  void htmlBecomesOneLinePerParagraphWithoutScriptsOrMarkup() {
    String html = """
        <html><head><title>x</title><style>p{}</style></head><body>
        <h1>Rubio   meets
        Lavrov</h1>
        <script>alert("no")</script>
        <p>Talks in <b>Riyadh</b> &amp; elsewhere.</p><p>Second&nbsp;paragraph.<br>New line.</p>
        <ul><li>one</li><li>two</li></ul>
        </body></html>""";
    assertThat(normalizer.htmlToText(html))
        .isEqualTo("Rubio meets Lavrov\nTalks in Riyadh & elsewhere.\nSecond paragraph.\nNew line.\none\ntwo");
  }

  @Test
  void htmlFragmentsWork() {
    assertThat(normalizer.htmlToText("Plain <i>inline</i> fragment")).isEqualTo("Plain inline fragment");
  }

  @Test
  void textIsComposedToNfc() {
    String decomposed = "Zelenskyy in Pe\u0301cs";
    assertThat(normalizer.normalizeText(decomposed)).isEqualTo("Zelenskyy in P\u00e9cs");
  }

  @Test
  void whitespaceIsCollapsedAndLineBreaksKeptWithAtMostOneBlankLine() {
    String text = "\uFEFF  First\t line \u00a0 here.  \r\n\r\n\r\n\r\nSecond\u200B para.\rThird\u2028Fourth\u0007 end.  ";
    assertThat(normalizer.normalizeText(text)).isEqualTo("First line here.\n\nSecond para.\nThird\nFourth end.");
  }

  @Test
  void oneLineFieldsLoseTheirLineBreaks() {
    assertThat(normalizer.normalizeLine(" Breaking:\n  talks  end ")).isEqualTo("Breaking: talks end");
    assertThat(normalizer.normalizeLine("  \n ")).isNull();
  }

  @Test
  void corpusTextsAreAlreadyNormal() {
    for (Corpus.Entry entry : Corpus.load()) {
      assertThat(normalizer.normalizeText(entry.text())).as("normalized %s", entry.id()).isEqualTo(entry.text());
    }
  }

  @Test
  void longPathologicalInputIsLinear() {
    String nasty = " \t".repeat(500_000) + "<".repeat(200_000) + "x";
    long start = System.nanoTime();
    assertThat(normalizer.normalizeText(nasty)).endsWith("x");
    assertThat(normalizer.htmlToText(nasty)).isNotNull();
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 1.2 M characters").isLessThan(5_000);
  }
}
