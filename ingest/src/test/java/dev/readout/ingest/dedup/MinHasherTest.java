package dev.readout.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private final MinHasher hasher = MinHasher.defaults();

  @Test
  void estimatesTheJaccardSimilarityOfShingleSetsAcrossManyPairs() {
    Random random = new Random(11);
    double totalError = 0;
    int pairs = 200;
    for (int p = 0; p < pairs; p++) {
      List<String> a = randomWords(random, 60 + random.nextInt(400));
      List<String> b = new ArrayList<>(a);
      // Rewrite a random share of the words: from near copies to unrelated texts.
      double rewritten = random.nextDouble();
      for (int i = 0; i < b.size(); i++) {
        if (random.nextDouble() < rewritten) {
          b.set(i, "w" + random.nextInt(1_000_000));
        }
      }
      double exact = jaccard(shingles(a), shingles(b));
      double estimate = MinHasher.similarity(hasher.signature(String.join(" ", a)), hasher.signature(String.join(" ", b)));
      totalError += Math.abs(exact - estimate);
    }
    assertThat(totalError / pairs).as("mean absolute error of the estimate").isLessThan(0.04);
  }

  @Test
  void aShortTextFillsEverySignaturePositionAndEqualsOnlyItself() {
    long[] sig = hasher.signature("Ministers met in Accra on Monday.");
    assertThat(sig).hasSize(MinHasher.DEFAULT_HASHES);
    assertThat(MinHasher.similarity(sig, hasher.signature("Ministers met in Accra on Monday."))).isEqualTo(1.0);
    assertThat(MinHasher.similarity(sig, hasher.signature("Envoys spoke by phone from Lima on Friday.")))
        .as("no shingle shared").isLessThan(0.1);
  }

  @Test
  void textWithoutWordsHasAnEmptySignature() {
    assertThat(hasher.signature("… — !!")).isEmpty();
  }

  @Test
  void signatureLengthMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new MinHasher(100, 3)).hasMessageContaining("power of two");
  }

  private static List<String> randomWords(Random random, int n) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add("w" + random.nextInt(1_000_000));
    }
    return words;
  }

  private static Set<String> shingles(List<String> words) {
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + MinHasher.DEFAULT_SHINGLE_SIZE <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + MinHasher.DEFAULT_SHINGLE_SIZE)));
    }
    return shingles;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 1 : (double) both.size() / union.size();
  }
}
