package dev.readout.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.replay.pacing.FakeTicker;
import dev.readout.replay.progress.ReplayProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed sample feed is well formed and its JSON Lines and RSS copies match it. */
class SampleFeedTest {

  private static final Path SAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("../samples").normalize();

  @Test
  void theFeedHasTwoDozenDatedArticlesOfNewsLengthFromSixRegions() throws IOException {
    ReplaySummary summary = read(SAMPLES.resolve("feed"));
    List<RawArticle> articles = SENT.sent;

    assertThat(summary.problems()).as("every sample file is readable").isEmpty();
    assertThat(articles).hasSize(24);
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.id()).matches("feed-(af|la|ap|me|eu|na)-\\d\\d");
      assertThat(a.source()).isNotBlank();
      assertThat(a.title()).isNotBlank();
      assertThat(a.url()).startsWith("https://").contains(".example/");
      assertThat(a.publishedAt().toString()).startsWith("2026-0");
      assertThat(a.text().split("\\s+").length).as("words in %s", a.id()).isBetween(150, 400);
    });
    Map<String, Long> perRegion = articles.stream()
        .collect(Collectors.groupingBy(a -> a.id().substring(5, 7), Collectors.counting()));
    assertThat(perRegion).containsOnlyKeys("af", "la", "ap", "me", "eu", "na");
    assertThat(perRegion.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
  }

  @Test
  void theJsonLinesCopyHoldsExactlyTheFeed() throws IOException {
    List<RawArticle> feed = articlesOf(SAMPLES.resolve("feed"));
    List<RawArticle> jsonLines = articlesOf(SAMPLES.resolve("feed.jsonl.gz"));

    assertThat(jsonLines)
        .as("samples/feed.jsonl.gz is stale: regenerate it as samples/README.md says")
        .isEqualTo(feed);
  }

  @Test
  void theRssCopyHoldsExactlyTheFeed() throws IOException {
    List<RawArticle> feed = articlesOf(SAMPLES.resolve("feed"));
    List<RawArticle> rss = articlesOf(SAMPLES.resolve("feed.rss"));

    assertThat(rss).as("samples/feed.rss is stale: regenerate it as samples/README.md says").isEqualTo(feed);
  }

  @Test
  void thePlannedMontevideoMeetingIsReportedAsHappenedInALaterArticle() throws IOException {
    Map<String, RawArticle> byId = articlesOf(SAMPLES.resolve("feed")).stream()
        .collect(Collectors.toMap(RawArticle::id, Function.identity()));

    assertThat(byId.get("feed-la-01").text()).contains("are scheduled to meet in Montevideo on February 20");
    assertThat(byId.get("feed-la-03").text()).contains("met in Montevideo on Friday");
    assertThat(byId.get("feed-la-03").publishedAt()).isAfter(byId.get("feed-la-01").publishedAt());
    assertThat(Files.readString(SAMPLES.resolve("feed/feed-ap-03.txt")))
        .as("feed-ap-03 is a rewrite of feed-ap-02, not a copy")
        .isNotEqualTo(Files.readString(SAMPLES.resolve("feed/feed-ap-02.txt")))
        .contains("\"Our maritime border should be a bridge, not a source of friction,\" Wijaya told reporters");
  }

  private static final ListTarget SENT = new ListTarget();

  private static ReplaySummary read(Path location) throws IOException {
    SENT.sent.clear();
    return new Replay(ReplayOptions.AS_FAST_AS_POSSIBLE, new FakeTicker(), ReplayProgress.SILENT)
        .run(List.of(location.toString()), SENT);
  }

  private static List<RawArticle> articlesOf(Path location) throws IOException {
    ReplaySummary summary = read(location);
    assertThat(summary.problems()).as("problems reading %s", location).isEmpty();
    return List.copyOf(SENT.sent);
  }
}
