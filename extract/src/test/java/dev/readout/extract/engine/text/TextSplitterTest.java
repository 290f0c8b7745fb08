package dev.readout.extract.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

  private static List<String> sentences(String text) {
    Document d = TextSplitter.split(text);
    return d.sentences().stream().map(s -> s.text(text)).toList();
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertThat(sentences("Gen. Mattis met Mr. Smith on Feb. 18 in the U.S. capital. He left."))
        .containsExactly("Gen. Mattis met Mr. Smith on Feb. 18 in the U.S. capital.", "He left.");
  }

  @Test
  void dottedAbbreviationEndsSentenceBeforeACommonSentenceStarter() {
    assertThat(sentences("The envoy flew to the U.S. The talks start Monday."))
        .containsExactly("The envoy flew to the U.S.", "The talks start Monday.");
  }

  @Test
  void closingQuoteStaysWithItsSentenceAndLineBreaksAreParagraphs() {
    String text = "“We agreed,” Ruto said. “Now we act.”\nThe AU welcomed it.";
    Document d = TextSplitter.split(text);
    assertThat(sentences(text)).containsExactly("“We agreed,” Ruto said.", "“Now we act.”", "The AU welcomed it.");
    assertThat(d.sentences().get(2).paragraph()).isEqualTo(1);
  }

  @Test
  void quotationsAreFoundAcrossSentencesAndLeftOpenAtParagraphEnd() {
    String text = "“First part. Second part,” she said.\n“An open quote runs on\nNext paragraph.";
    Document d = TextSplitter.split(text);
    assertThat(d.quotes()).hasSize(2);
    assertThat(d.quotes().get(0).text(text)).isEqualTo("First part. Second part,");
    assertThat(d.quotes().get(1).closed()).isFalse();
    assertThat(d.quotes().get(1).text(text)).isEqualTo("An open quote runs on");
  }

  @Test
  void possessiveIsItsOwnTokenAndOffsetsPointIntoTheText() {
    String text = "Japan’s minister visited Moon Jae-in's office.";
    Document d = TextSplitter.split(text);
    assertThat(d.tokens()).extracting(Token::text)
        .containsExactly("Japan", "’s", "minister", "visited", "Moon", "Jae-in", "'s", "office", ".");
    for (Token t : d.tokens()) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void veryLongSentencesAreCut() {
    String text = "word ".repeat(1000);
    Document d = TextSplitter.split(text);
    assertThat(d.sentences()).allSatisfy(s -> assertThat(s.size()).isLessThanOrEqualTo(TextSplitter.MAX_SENTENCE_TOKENS));
  }
}
