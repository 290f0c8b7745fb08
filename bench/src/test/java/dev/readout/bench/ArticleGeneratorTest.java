package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.ingest.dedup.InMemoryStorage;
import dev.readout.ingest.dedup.MinHasher;
import dev.readout.ingest.dedup.NearDuplicateIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

  private static final Path SAMPLES = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "samples", "feed");

  private static List<ArticleGenerator.Template> templates() {
    Path dir = SAMPLES.toFile().isDirectory() ? SAMPLES : Path.of("..", "samples", "feed");
    return ArticleGenerator.load(List.of(dir));
  }

  @Test
  void generatedArticlesHaveFreshIdsDistinctTextsAndIncreasingPastPublicationTimes() throws Exception {
    ArticleGenerator generator = new ArticleGenerator(templates(), "t1", 500, 7);
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    Instant previous = Instant.MIN;
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < 500; i++) {
      ArticleGenerator.Generated a = generator.next(i);
      assertThat(ids.add(a.id())).as("id %s is fresh", a.id()).isTrue();
      assertThat(texts.add(a.text())).as("text of %s differs from every earlier one", a.id()).isTrue();
      assertThat(a.publishedAt()).isAfter(previous).isBefore(Instant.now());
      previous = a.publishedAt();
      JsonNode node = json.readTree(a.json());
      assertThat(node.path("id").asText()).isEqualTo(a.id());
      assertThat(node.path("text").asText()).isEqualTo(a.text());
      assertThat(node.path("source").asText()).isNotBlank();
      assertThat(Instant.parse(node.path("published_at").asText())).isEqualTo(a.publishedAt());
    }
  }

  @Test
  void fewGeneratedArticlesLookLikeNearDuplicatesToIngest() {
    ArticleGenerator generator = new ArticleGenerator(templates(), "t2", 1000, 11);
    NearDuplicateIndex index = new NearDuplicateIndex(MinHasher.defaults(), NearDuplicateIndex.DEFAULT_BANDS,
        NearDuplicateIndex.DEFAULT_THRESHOLD, new InMemoryStorage());
    List<String> flagged = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      ArticleGenerator.Generated a = generator.next(i);
      index.findOrAdd(a.id(), a.text()).ifPresent(m -> flagged.add(a.id() + " ~ " + m.originalId()));
    }
    // Exact shingle Jaccard puts 5 of these 1,000 at 0.5 or more against an earlier one and 28 at
    // 0.45 or more; the estimate's standard error at 128 positions is about 0.044, so ingest flags
    // some of those too (13 with this seed). A generator that repeated itself would flag far more.
    assertThat(flagged).as("generated articles ingest would mark as near duplicates").hasSizeLessThan(20);
  }

  @Test
  void articlesDrawOnlyFromTheStoriesInTheNewsWhichRotateWithoutOverlap() {
    List<ArticleGenerator.Template> templates = templates();
    int stories = 4;
    ArticleGenerator generator = new ArticleGenerator(templates, "t3", 400, 5, stories);
    // 90 minutes apart, a 4-day period holds 64 articles.
    int perPeriod = (int) (ArticleGenerator.STORY_DAYS * 24 * 60 / 90);
    List<ArticleGenerator.Template> first = generator.inTheNews(0);
    List<ArticleGenerator.Template> second = generator.inTheNews(perPeriod);

    assertThat(first).hasSize(stories).doesNotHaveDuplicates();
    assertThat(generator.inTheNews(perPeriod - 1)).as("the same stories all through one period").isEqualTo(first);
    assertThat(second).as("the next period's stories").hasSize(stories).doesNotContainAnyElementsOf(first);
    for (int n : new int[] {0, 17, perPeriod + 3}) {
      Set<String> allowed = new HashSet<>();
      generator.inTheNews(n).forEach(t -> allowed.addAll(t.sentences()));
      String text = generator.next(n).text();
      Set<String> used = new HashSet<>();
      for (ArticleGenerator.Template t : templates) {
        t.sentences().stream().filter(text::contains).forEach(used::add);
      }
      assertThat(allowed).as("sentences of article %d come from the stories in the news", n).containsAll(used);
    }
  }

  @Test
  void zeroStoriesMixesEveryTemplateInEveryPeriod() {
    List<ArticleGenerator.Template> templates = templates();
    ArticleGenerator generator = new ArticleGenerator(templates, "t4", 400, 5, 0);

    assertThat(generator.inTheNews(0)).containsExactlyElementsOf(templates);
    assertThat(generator.inTheNews(300)).containsExactlyElementsOf(templates);
  }

  @Test
  void latencyPercentilesUseNearestRank() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i;
    }
    LatencyStats stats = LatencyStats.of(values);
    assertThat(stats).isEqualTo(new LatencyStats(100, 50, 95, 99, 100));
    assertThat(LatencyStats.of(new long[0]).count()).isZero();
  }
}
