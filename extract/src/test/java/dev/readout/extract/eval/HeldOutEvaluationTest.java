package dev.readout.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.fusion.Fuser;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the production engine on the held-out articles in {@code dev/readout/extract/heldout}:
 * real-world-style wire stories from regions and actor types the tuning corpus lacks, annotated by
 * EVENTS.md and never used to tune the rules. The floors are deliberately modest; they catch a
 * collapse in generalization, not a missed point.
 */
class HeldOutEvaluationTest {

  /** Held-out F1 over all types must not fall below this. */
  static final double OVERALL_F1_FLOOR = 0.55;

  /** Held-out statement recall must not fall below this: statements are most of the gold. */
  static final double STATEMENT_RECALL_FLOOR = 0.5;

  /**
   * Held-out share of matched events with the gold date must not fall below this (0.44
   * before the date rules, 0.96 after).
   */
  static final double DATE_ACCURACY_FLOOR = 0.9;

  static final String HELD_OUT = "/dev/readout/extract/heldout";

  @Test
  void engineGeneralizesToHeldOutArticlesAboveTheRegressionFloor() throws Exception {
    Path dir = heldOutDirectory();
    List<GoldArticle> gold = new ArrayList<>();
    List<LoadedArticle> articles = new ArrayList<>();
    ArticleFiles.Defaults defaults = new ArticleFiles.Defaults(null, null, Instant.now());
    for (Path text : ArticleFiles.expand(List.of(dir))) {
      Path goldFile = ArticleFiles.metadataOf(text);
      assertThat(goldFile).as("every held-out article needs its gold file").isRegularFile();
      gold.add(GoldFiles.read(goldFile));
      articles.add(ArticleFiles.read(text, defaults));
    }
    assertThat(articles.size()).as("held-out articles on the classpath").isGreaterThanOrEqualTo(14);

    List<EventMention> mentions =
        new BatchExtractor(ExtractionEngine.createDefault(), new Fuser()).run(articles, p -> {});
    EvalReport report = Evaluator.evaluate(gold, mentions);
    System.out.println("Held-out evaluation (" + dir + ")");
    System.out.print(EvalReportFormat.text(report, true));

    assertThat(report.overall().f1())
        .as("held-out overall F1 %s fell below the floor %s; see the report above for what broke",
            percent(report.overall().f1()), percent(OVERALL_F1_FLOOR))
        .isGreaterThanOrEqualTo(OVERALL_F1_FLOOR);
    assertThat(report.score(EventType.STATEMENT).recall())
        .as("held-out statement recall %s fell below the floor %s; see the report above for the missed statements",
            percent(report.score(EventType.STATEMENT).recall()), percent(STATEMENT_RECALL_FLOOR))
        .isGreaterThanOrEqualTo(STATEMENT_RECALL_FLOOR);
    assertThat(report.date().share())
        .as("held-out date accuracy %s on matched events fell below the floor %s; see WRONG_DATE in the report above",
            percent(report.date().share()), percent(DATE_ACCURACY_FLOOR))
        .isGreaterThanOrEqualTo(DATE_ACCURACY_FLOOR);
  }

  @Test
  void heldOutArticlesWithoutDiplomacyHaveNoGoldEventsAndTheGoldCitesItsText() throws Exception {
    Path dir = heldOutDirectory();
    int quiet = 0;
    for (Path text : ArticleFiles.expand(List.of(dir))) {
      String article = Files.readString(text);
      GoldArticle gold = GoldFiles.read(ArticleFiles.metadataOf(text));
      assertThat(gold.publishedAt()).as("%s has a publication time", text.getFileName()).isNotNull();
      quiet += gold.events().isEmpty() ? 1 : 0;
      for (GoldEvent event : gold.events()) {
        assertThat(article)
            .as("%s: evidence of %s is verbatim in the text", text.getFileName(), event.describe())
            .contains(event.evidence());
        if (event.type() == EventType.STATEMENT) {
          assertThat(article)
              .as("%s: quote_start of %s is verbatim in the text", text.getFileName(), event.describe())
              .contains(event.quoteStart());
        }
      }
    }
    assertThat(quiet).as("articles with no diplomatic events (the false-positive check)").isGreaterThanOrEqualTo(2);
  }

  private static Path heldOutDirectory() throws URISyntaxException {
    URL url = HeldOutEvaluationTest.class.getResource(HELD_OUT);
    assertThat(url).as("held-out directory %s on the test classpath", HELD_OUT).isNotNull();
    return Path.of(url.toURI());
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value * 100);
  }
}
