package dev.readout.extract.eval;

import static dev.readout.extract.testing.Mentions.base;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shared corpus's gold events, turned into predictions, score perfectly: a check that the
 * matcher, the name folding and the pair scoring agree with the annotations as written.
 */
class GoldAsPredictionsTest {

  @Test
  void theGoldItselfScoresOneOnEveryMeasure() throws IOException {
    Path corpus = Path.of(System.getProperty("readout.shared.dir", "../../shared"), "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "shared corpus not present at " + corpus);
    List<GoldArticle> gold;
    try (Stream<Path> listing = Files.list(corpus)) {
      gold = listing.filter(p -> p.toString().endsWith(".json")).sorted().map(GoldFiles::read).toList();
    }
    List<EventMention> predictions = new ArrayList<>();
    for (GoldArticle article : gold) {
      for (int i = 0; i < article.events().size(); i++) {
        predictions.add(asPrediction(article, i));
      }
    }

    EvalReport report = Evaluator.evaluate(gold, predictions);

    assertThat(report.errors()).as("errors of the gold against itself").isEmpty();
    assertThat(report.overall().falsePositives()).isZero();
    assertThat(report.overall().falseNegatives()).isZero();
    assertThat(report.overall().truePositives()).isGreaterThan(50);
    assertThat(report.status().share()).isEqualTo(1.0);
    assertThat(report.date().share()).isEqualTo(1.0);
    assertThat(report.location().share()).isEqualTo(1.0);
    assertThat(report.clusters().precision()).isEqualTo(1.0);
    assertThat(report.clusters().recall()).isEqualTo(1.0);
  }

  private static EventMention asPrediction(GoldArticle article, int index) {
    GoldEvent g = article.events().get(index);
    EventMention.Builder m = base(article.id() + "-" + index, article.id(), g.type(), article.publishedAt().toString())
        .setEventId(g.cluster())
        .setStatus(g.status())
        .setDate(g.date())
        .setDatePrecision(g.datePrecision())
        .setLocation(g.location() == null ? null : new Place(g.location().name(), g.location().country()));
    if (g.type() == EventType.STATEMENT) {
      m.setSpeaker(actor(g.speaker())).setQuote(g.quoteStart());
    } else {
      m.setParticipants(g.participants().stream().map(GoldAsPredictionsTest::actor).toList());
    }
    return m.build();
  }

  private static Actor actor(String name) {
    return new Actor("x:" + name.toLowerCase(Locale.ROOT), name, ActorKind.PERSON, null, null, name);
  }
}
