package dev.readout.replay.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void paragraphsAndBreaksBecomeLinesAndInlineMarkupDisappears() {
    assertThat(HtmlText.toPlainText("<p>One  <b>bold</b>\n word.</p><p>Two<br>Three</p>"))
        .isEqualTo("One bold word.\nTwo\nThree");
  }

  @Test
  void scriptsAndStylesAreDroppedAndEntitiesDecoded() {
    assertThat(HtmlText.toPlainText("<style>p{}</style><p>Caf&eacute; &amp; talks</p><script>x()</script>"))
        .isEqualTo("Café & talks");
  }

  @Test
  void tellsMarkupFromALessThanSign() {
    assertThat(HtmlText.looksLikeHtml("<p>x</p>")).isTrue();
    assertThat(HtmlText.looksLikeHtml("growth < 3% and > 1%")).isFalse();
  }
}
