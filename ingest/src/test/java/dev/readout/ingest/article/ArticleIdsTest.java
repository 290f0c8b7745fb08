package dev.readout.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  private static final Instant T = Instant.parse("2025-02-15T23:00:00Z");

  @Test
  void theProducersIdWins() {
    assertThat(ArticleIds.id(" seed-000 ", "https://x.test/a", "s", "t", T)).isEqualTo("seed-000");
  }

  @Test
  void withoutIdTheUrlDecidesAndItsFragmentDoesNot() {
    String a = ArticleIds.id(null, "https://x.test/a#top", "s", "t", T);
    assertThat(a).startsWith("url-").hasSize(24)
        .isEqualTo(ArticleIds.id("", "https://x.test/a", "other", "other", T.plusSeconds(9)));
    assertThat(ArticleIds.id(null, "https://x.test/b", "s", "t", T)).isNotEqualTo(a);
  }

  @Test
  void withoutIdOrUrlSourceTitleAndTimeDecide() {
    String a = ArticleIds.id(null, null, "Wire", "Talks", T);
    assertThat(a).startsWith("art-").isEqualTo(ArticleIds.id(null, " ", "Wire", "Talks", T));
    assertThat(ArticleIds.id(null, null, "Wire", "Talks end", T)).isNotEqualTo(a);
    assertThat(ArticleIds.id(null, null, "Wire", "Talks", T.plusMillis(1))).isNotEqualTo(a);
  }

  @Test
  void contentHashIsSha256Hex() {
    assertThat(ArticleIds.contentHash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
