package dev.readout.extract.eval;

import static dev.readout.extract.testing.Mentions.call;
import static dev.readout.extract.testing.Mentions.meeting;
import static dev.readout.extract.testing.Mentions.person;
import static dev.readout.extract.testing.Mentions.place;
import static dev.readout.extract.testing.Mentions.statement;
import static dev.readout.extract.testing.Mentions.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final String PUBLISHED = "2025-02-15T23:00:00Z";
  private static final LocalDate FEB_12 = LocalDate.parse("2025-02-12");
  private static final LocalDate FEB_15 = LocalDate.parse("2025-02-15");

  private static GoldEvent goldCall(LocalDate date, String cluster, String... participants) {
    return new GoldEvent(EventType.CALL, "PHONE", EventStatus.OCCURRED, date, DatePrecision.DAY, null,
        List.of(participants), List.of(), null, null, null, cluster, "spoke by phone", false);
  }

  private static GoldEvent goldStatement(String speaker, String quoteStart, String cluster) {
    return new GoldEvent(EventType.STATEMENT, "DIRECT_QUOTE", EventStatus.OCCURRED, FEB_15, DatePrecision.DAY, null,
        List.of(), List.of(), speaker, null, quoteStart, cluster, speaker + " said", false);
  }

  private static GoldEvent optional(GoldEvent e) {
    return new GoldEvent(e.type(), e.mode(), e.status(), e.date(), e.datePrecision(), e.location(), e.participants(),
        e.countries(), e.speaker(), e.speakerCountry(), e.quoteStart(), e.cluster(), e.evidence(), true);
  }

  private static GoldArticle article(String id, GoldEvent... events) {
    return new GoldArticle(id, "Test Wire", null, Instant.parse(PUBLISHED), List.of(events));
  }

  @Test
  void aPerfectPredictionScoresOne() {
    GoldArticle gold = article("a1",
        goldCall(FEB_12, "call-1", "Donald Trump", "Vladimir Putin"),
        goldStatement("Volodymyr Zelenskyy", "Ukraine will never accept", "st-1"));
    List<EventMention> predicted = List.of(
        call("m1", "a1", PUBLISHED, FEB_12, person("Donald Trump", "USA"), person("Vladimir Putin", "RUS")),
        statement("m2", "a1", PUBLISHED, FEB_15, person("Volodymyr Zelenskyy", "UKR"),
            "Ukraine will never accept deals made behind our backs"));

    EvalReport report = Evaluator.evaluate(List.of(gold), predicted);

    assertThat(report.overall()).isEqualTo(new Score(2, 0, 0));
    assertThat(report.overall().f1()).isEqualTo(1.0);
    assertThat(report.score(EventType.CALL).precision()).isEqualTo(1.0);
    assertThat(report.score(EventType.STATEMENT).recall()).isEqualTo(1.0);
    assertThat(report.status().share()).isEqualTo(1.0);
    assertThat(report.date().share()).isEqualTo(1.0);
    assertThat(report.location().share()).isEqualTo(1.0);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void aStatementWithTheWrongSpeakerIsAMissAndAFalsePositive() {
    GoldArticle gold = article("a1", goldStatement("Keith Kellogg", "Whether you like it or not", "st-1"));
    EventMention wrongSpeaker = statement("m1", "a1", PUBLISHED, FEB_15, person("Marco Rubio", "USA"),
        "Whether you like it or not, you have to talk to adversaries.");

    EvalReport report = Evaluator.evaluate(List.of(gold), List.of(wrongSpeaker));

    assertThat(report.score(EventType.STATEMENT)).isEqualTo(new Score(0, 1, 1));
    assertThat(report.errors()).extracting(EvalError::kind)
        .containsExactlyInAnyOrder(EvalError.Kind.MISSED, EvalError.Kind.SPURIOUS);
    assertThat(report.errors()).allSatisfy(e -> assertThat(e.articleId()).isEqualTo("a1"));
  }

  @Test
  void aStatementWhoseQuoteLacksTheGoldStartDoesNotMatch() {
    GoldArticle gold = article("a1", goldStatement("Keith Kellogg", "Whether you like it or not", "st-1"));
    EventMention otherWords = statement("m1", "a1", PUBLISHED, FEB_15, person("Keith Kellogg", "USA"),
        "Western leaders need to do more");

    assertThat(Evaluator.evaluate(List.of(gold), List.of(otherWords)).overall()).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void optionalGoldEventsAreNeitherCountedWhenMatchedNorMissedWhenNot() {
    GoldArticle gold = article("a1",
        goldCall(FEB_12, "call-1", "Donald Trump", "Vladimir Putin"),
        optional(goldCall(FEB_15, "call-2", "Marco Rubio", "Sergey Lavrov")),
        optional(goldStatement("Pete Hegseth", "We want", "st-1")));
    EventMention main = call("m1", "a1", PUBLISHED, FEB_12, person("Donald Trump", "USA"), person("Vladimir Putin", "RUS"));
    EventMention theOptional = call("m2", "a1", PUBLISHED, FEB_15, person("Marco Rubio", "USA"), person("Sergey Lavrov", "RUS"));

    EvalReport withOptional = Evaluator.evaluate(List.of(gold), List.of(main, theOptional));
    EvalReport withoutOptional = Evaluator.evaluate(List.of(gold), List.of(main));

    assertThat(withOptional.overall()).isEqualTo(new Score(1, 0, 0));
    assertThat(withOptional.optionalMatched()).isEqualTo(1);
    assertThat(withoutOptional.overall()).isEqualTo(new Score(1, 0, 0));
    assertThat(withoutOptional.errors()).isEmpty();
  }

  @Test
  void meetingsMatchWhenAtLeastHalfOfTheGoldParticipantsArePredicted() {
    GoldArticle gold = article("a1", new GoldEvent(EventType.MEETING, "NEGOTIATION", EventStatus.OCCURRED, FEB_15,
        DatePrecision.DAY, new GoldPlace("Riyadh", "SAU"),
        List.of("Marco Rubio", "Mike Waltz", "Sergey Lavrov", "Yuri Ushakov"), List.of("USA", "RUS"),
        null, null, null, "m-1", "met in Riyadh", false));
    EventMention half = meeting("m1", "a1", PUBLISHED, FEB_15, person("Marco Rubio", "USA"), person("Sergey Lavrov", "RUS"));
    EventMention quarter = meeting("m2", "a1", PUBLISHED, FEB_15, person("Marco Rubio", "USA"), person("Kaja Kallas", null));

    assertThat(Evaluator.evaluate(List.of(gold), List.of(half)).overall().truePositives()).isEqualTo(1);
    assertThat(Evaluator.evaluate(List.of(gold), List.of(quarter)).overall()).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void matchingIsOneToOneAndTakesTheBestPairFirst() {
    GoldArticle gold = article("a1", goldCall(FEB_12, "call-1", "Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"));
    EventMention partial = call("m1", "a1", PUBLISHED, FEB_12,
        person("Donald Trump", "USA"), person("Vladimir Putin", "RUS"));
    EventMention complete = call("m2", "a1", PUBLISHED, FEB_12,
        person("Donald Trump", "USA"), person("Vladimir Putin", "RUS"), person("Volodymyr Zelensky", "UKR"));

    EvalReport report = Evaluator.evaluate(List.of(gold), List.of(partial, complete));

    assertThat(report.overall()).isEqualTo(new Score(1, 1, 0));
    assertThat(report.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvalError.Kind.SPURIOUS);
      assertThat(e.actual()).doesNotContain("Zelensky");
    });
  }

  @Test
  void namesAreFoldedWhenMatchingParticipantsAndSpeakers() {
    GoldArticle gold = article("a1",
        goldCall(FEB_12, "call-1", "Luiz Inácio Lula da Silva", "Volodymyr Zelenskyy"),
        goldStatement("Volodymyr Zelenskyy", "we are ready", "st-1"));
    List<EventMention> predicted = List.of(
        call("m1", "a1", PUBLISHED, FEB_12, person("Lula", "BRA"), person("Zelensky", "UKR")),
        statement("m2", "a1", PUBLISHED, FEB_15, person("Zelensky", "UKR"), "We are ready to talk"));

    assertThat(Evaluator.evaluate(List.of(gold), predicted).overall()).isEqualTo(new Score(2, 0, 0));
  }

  @Test
  void wrongFieldsOnMatchedPairsAreCountedAndListed() {
    GoldEvent planned = new GoldEvent(EventType.MEETING, "BILATERAL", EventStatus.PLANNED, FEB_15, DatePrecision.DAY,
        new GoldPlace("Riyadh", "SAU"), List.of("Marco Rubio", "Sergey Lavrov"), List.of("USA", "RUS"),
        null, null, null, "m-1", "are to meet in Riyadh", false);
    EventMention predicted = with(
        meeting("m1", "a1", PUBLISHED, FEB_12, person("Marco Rubio", "USA"), person("Sergey Lavrov", "RUS")),
        m -> {
          m.setStatus(EventStatus.OCCURRED);
          m.setLocation(place("Jeddah", "SAU"));
        });

    EvalReport report = Evaluator.evaluate(List.of(article("a1", planned)), List.of(predicted));

    assertThat(report.overall()).isEqualTo(new Score(1, 0, 0));
    assertThat(report.status()).isEqualTo(new FieldAccuracy(0, 1));
    assertThat(report.date()).isEqualTo(new FieldAccuracy(0, 1));
    assertThat(report.location()).isEqualTo(new FieldAccuracy(0, 1));
    assertThat(report.locationCountry()).isEqualTo(new FieldAccuracy(1, 1));
    assertThat(report.errors()).extracting(EvalError::kind).containsExactlyInAnyOrder(
        EvalError.Kind.WRONG_STATUS, EvalError.Kind.WRONG_DATE, EvalError.Kind.WRONG_LOCATION);
    assertThat(report.errors()).allSatisfy(e -> assertThat(e.evidence()).isEqualTo("are to meet in Riyadh"));
  }

  @Test
  void twoNamesOfTheSameCountryAreTheSameLocationButTwoCitiesOfItAreNot() {
    GoldEvent inBritain = new GoldEvent(EventType.MEETING, "BILATERAL", EventStatus.OCCURRED, FEB_12, DatePrecision.DAY,
        new GoldPlace("Britain", "GBR"), List.of("Yoshihide Suga", "Moon Jae-in"), List.of("JPN", "KOR"),
        null, null, null, "m-1", "talked at a G7 meeting in Britain", false);
    EventMention base = meeting("m1", "a1", PUBLISHED, FEB_12, person("Yoshihide Suga", "JPN"), person("Moon Jae-in", "KOR"));

    EvalReport inUnitedKingdom = Evaluator.evaluate(List.of(article("a1", inBritain)),
        List.of(with(base, m -> m.setLocation(place("United Kingdom", "GBR")))));
    EvalReport inCornwall = Evaluator.evaluate(List.of(article("a1", inBritain)),
        List.of(with(base, m -> m.setLocation(place("Cornwall", "GBR")))));

    assertThat(inUnitedKingdom.location()).isEqualTo(new FieldAccuracy(1, 1));
    assertThat(inCornwall.location()).isEqualTo(new FieldAccuracy(0, 1));
    assertThat(inCornwall.locationCountry()).isEqualTo(new FieldAccuracy(1, 1));
  }

  @Test
  void crossArticlePairsAreScoredAgainstGoldClusters() {
    GoldArticle a = article("a", goldCall(FEB_12, "call-1", "Donald Trump", "Vladimir Putin"),
        goldCall(FEB_15, "call-2", "Marco Rubio", "Sergey Lavrov"));
    GoldArticle b = article("b", goldCall(FEB_12, "call-1", "Donald Trump", "Vladimir Putin"),
        goldCall(FEB_15, "call-2", "Marco Rubio", "Sergey Lavrov"));
    // Predicted: the Trump calls fused (right), the Rubio calls not fused (a missed pair),
    // and the Rubio call of "a" wrongly fused with the Trump call of "b".
    List<EventMention> predicted = List.of(
        withEvent(call("a1", "a", PUBLISHED, FEB_12, person("Donald Trump", "USA"), person("Vladimir Putin", "RUS")), "e1"),
        withEvent(call("a2", "a", PUBLISHED, FEB_15, person("Marco Rubio", "USA"), person("Sergey Lavrov", "RUS")), "e1"),
        withEvent(call("b1", "b", PUBLISHED, FEB_12, person("Donald Trump", "USA"), person("Vladimir Putin", "RUS")), "e1"),
        withEvent(call("b2", "b", PUBLISHED, FEB_15, person("Marco Rubio", "USA"), person("Sergey Lavrov", "RUS")), "e3"));

    PairScore pairs = Evaluator.evaluate(List.of(a, b), predicted).clusters();

    // cross-article predicted pairs: (a1,b1) right, (a2,b1) wrong; gold pairs: (a1,b1), (a2,b2).
    assertThat(pairs).isEqualTo(new PairScore(1, 2, 2));
    assertThat(pairs.precision()).isEqualTo(0.5);
    assertThat(pairs.recall()).isEqualTo(0.5);
    List<EvalError> pairErrors = Evaluator.evaluate(List.of(a, b), predicted).errors();
    assertThat(pairErrors).extracting(EvalError::kind)
        .containsExactlyInAnyOrder(EvalError.Kind.NOT_FUSED, EvalError.Kind.WRONGLY_FUSED);
    assertThat(pairErrors).filteredOn(e -> e.kind() == EvalError.Kind.NOT_FUSED).singleElement()
        .satisfies(e -> assertThat(e.expected()).contains("Marco Rubio", "one event with b", "call-2"));
  }

  @Test
  void noPredictionsLeavesPrecisionUndefinedAndRecallZero() {
    EvalReport report = Evaluator.evaluate(List.of(article("a1", goldCall(FEB_12, "c", "Donald Trump", "Vladimir Putin"))), List.of());

    assertThat(report.overall().precision()).isNaN();
    assertThat(report.overall().recall()).isZero();
    assertThat(EvalReportFormat.text(report, true)).contains("MISSED").contains("spoke by phone");
  }

  @Test
  void aPredictionForAnArticleWithoutGoldIsRejected() {
    EventMention stray = call("m1", "zz", PUBLISHED, FEB_12, person("Donald Trump", "USA"), person("Vladimir Putin", "RUS"));

    assertThatThrownBy(() -> Evaluator.evaluate(List.of(article("a1")), List.of(stray)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zz");
  }

  private static EventMention withEvent(EventMention m, String eventId) {
    return with(m, copy -> copy.setEventId(eventId));
  }
}
