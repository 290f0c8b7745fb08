package dev.readout.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.avro.Article;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusArticlesTest {

  @Test
  void allHoldsTheCorpusAndTheSampleFeedEarliestFirst() {
    List<Article> corpus = CorpusArticles.corpus();
    List<Article> feed = CorpusArticles.load(CorpusArticles.sampleFeedDirectory());
    List<Article> all = CorpusArticles.all();

    assertThat(corpus).as("corpus articles in %s", CorpusArticles.corpusDirectory()).isNotEmpty();
    assertThat(feed).as("sample feed articles in %s", CorpusArticles.sampleFeedDirectory()).isNotEmpty();
    assertThat(all).hasSize(corpus.size() + feed.size())
        .isSortedAccordingTo(Comparator.comparing(Article::getPublishedAt).thenComparing(Article::getId));
  }

  @Test
  void anArticleIsItsTextWithItsMetadataAndTheHashOfItsText(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("af-01.txt"), "The ministers met in Nairobi.");
    Files.writeString(dir.resolve("af-01.json"), """
        {"source": "Sahel Observer", "url": "https://sahel.example/1", "title": "Nairobi talks",
         "published_at": "2026-02-03T09:15:00Z"}""");
    Files.writeString(dir.resolve("af-02.txt"), "A call took place.");
    Files.writeString(dir.resolve("af-02.json"), "{\"published_at\": \"2026-02-02T07:00:00Z\"}");
    Files.writeString(dir.resolve("notes.md"), "not an article");

    List<Article> articles = CorpusArticles.load(dir);

    assertThat(articles).extracting(Article::getId).as("one article per .txt, by file name").containsExactly("af-01", "af-02");
    Article first = articles.get(0);
    assertThat(first.getSource()).isEqualTo("Sahel Observer");
    assertThat(first.getUrl()).isEqualTo("https://sahel.example/1");
    assertThat(first.getTitle()).isEqualTo("Nairobi talks");
    assertThat(first.getIngestedAt()).as("ingested when published").isEqualTo(first.getPublishedAt());
    assertThat(first.getContentHash()).isEqualTo(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest("The ministers met in Nairobi.".getBytes(StandardCharsets.UTF_8))));
    Article second = articles.get(1);
    assertThat(second.getSource()).as("a missing source").isEqualTo("unknown");
    assertThat(second.getUrl()).isNull();
    assertThat(second.getTitle()).isNull();
  }

  @Test
  void aMissingDirectoryIsAClearError(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    assertThatThrownBy(() -> CorpusArticles.load(missing))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(missing.toString());
  }
}
