package dev.readout.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.ingest.testing.Corpus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

  private final InMemoryStorage storage = new InMemoryStorage();
  private final NearDuplicateIndex index =
      new NearDuplicateIndex(MinHasher.defaults(), NearDuplicateIndex.DEFAULT_BANDS, 0.5, storage);

  /** A copy as outlets rewrite wires: a new first line, a word changed in each paragraph, the last paragraph cut. */
  static String rewrite(String text) {
    String[] paragraphs = text.split("\n");
    StringBuilder out = new StringBuilder("(Reuters) Updated with comments from officials.\n");
    for (int i = 0; i < paragraphs.length - 1; i++) {
      out.append(paragraphs[i].replaceFirst(" the ", " a ").replaceFirst(" said", " stated")).append('\n');
    }
    return out.toString();
  }

  @Test
  void everyCorpusArticleRewrittenIsFoundAsACopy() {
    for (Corpus.Entry e : Corpus.load()) {
      NearDuplicateIndex fresh = new NearDuplicateIndex(MinHasher.defaults(), NearDuplicateIndex.DEFAULT_BANDS, 0.5,
          new InMemoryStorage());
      fresh.findOrAdd(e.id(), e.text());
      assertThat(fresh.findOrAdd("copy", rewrite(e.text())).map(NearDuplicateIndex.Match::originalId))
          .as("rewritten copy of %s", e.id()).contains(e.id());
    }
  }

  @Test
  void aRewrittenCopyPointsAtTheOriginal() {
    String original = Corpus.get("seed-000").text();
    assertThat(index.findOrAdd("seed-000", original)).isEmpty();

    Optional<NearDuplicateIndex.Match> match = index.findOrAdd("copy", rewrite(original));

    assertThat(match).isPresent();
    assertThat(match.get().originalId()).isEqualTo("seed-000");
    assertThat(match.get().similarity()).isBetween(0.5, 1.0);
  }

  @Test
  void differentArticlesAboutTheSameEventAreNotDuplicates() {
    // seed-000..004 all report the Trump-Putin call and the Riyadh talks, in their own words.
    List<Corpus.Entry> corpus = Corpus.load();
    for (Corpus.Entry e : corpus) {
      assertThat(index.findOrAdd(e.id(), e.text())).as("%s flagged as a copy", e.id()).isEmpty();
    }
    assertThat(storage.size()).isEqualTo(corpus.size());
  }

  @Test
  void copiesOfCopiesPointAtTheFirstArticle() {
    String original = Corpus.get("mea-12").text();
    index.findOrAdd("first", original);
    index.findOrAdd("second", rewrite(original));
    String copyOfCopy = rewrite(original) + "Officials declined to comment further.";
    assertThat(index.findOrAdd("third", copyOfCopy).map(NearDuplicateIndex.Match::originalId))
        .contains("first");
    assertThat(storage.size()).as("only the original is indexed").isEqualTo(1);
  }

  @Test
  void anArticleIsNotADuplicateOfItself() {
    String text = Corpus.get("asia-05").text();
    index.findOrAdd("a", text);
    assertThat(index.findOrAdd("a", text)).isEmpty();
  }

  @Test
  void textWithoutWordsIsNeverADuplicate() {
    assertThat(index.findOrAdd("x", "… — !!")).isEmpty();
    assertThat(index.findOrAdd("y", "… — !!")).isEmpty();
  }

  @Test
  void signatureSimilarityEstimatesJaccard() {
    MinHasher hasher = MinHasher.defaults();
    String text = Corpus.get("seed-003").text();
    assertThat(MinHasher.similarity(hasher.signature(text), hasher.signature(text))).isEqualTo(1.0);
    String half = text.substring(0, text.length() / 2);
    // Half the shingles are shared: Jaccard is about 0.5.
    assertThat(MinHasher.similarity(hasher.signature(text), hasher.signature(half))).isBetween(0.35, 0.65);
  }

  @Test
  void bandsMustDivideTheSignature() {
    assertThatThrownBy(() -> new NearDuplicateIndex(MinHasher.defaults(), 30, 0.5, storage))
        .hasMessageContaining("30 bands");
  }
}
