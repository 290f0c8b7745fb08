package dev.readout.extract.eval;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores predicted mentions against gold articles exactly as EVENTS.md "Scoring" says.
 *
 * <p>Per article, predictions and gold events are matched one-to-one ({@link EventMatcher}).
 * A matched non-optional gold event is a true positive, an unmatched one a false negative, an
 * unmatched prediction a false positive; an optional gold event counts neither way, and the
 * prediction it absorbs is not a false positive. Field accuracies and cluster pairs are taken
 * over matched non-optional pairs.
 */
public final class Evaluator {

  private Evaluator() {}

  /**
   * @param gold the articles to score, each with its gold events
   * @param predictions mentions of those articles; a mention of any other article is an error,
   *     since it could be neither right nor wrong
   */
  public static EvalReport evaluate(Collection<GoldArticle> gold, Collection<EventMention> predictions) {
    Map<String, GoldArticle> articles = new LinkedHashMap<>();
    for (GoldArticle article : gold) {
      if (articles.put(article.id(), article) != null) {
        throw new IllegalArgumentException("two gold files for article " + article.id());
      }
    }
    Map<String, List<EventMention>> byArticle = new LinkedHashMap<>();
    for (EventMention mention : predictions) {
      if (!articles.containsKey(mention.getArticleId())) {
        throw new IllegalArgumentException(
            "prediction " + mention.getId() + " is for article " + mention.getArticleId() + ", which has no gold file");
      }
      byArticle.computeIfAbsent(mention.getArticleId(), k -> new ArrayList<>()).add(mention);
    }

    Tally tally = new Tally();
    for (GoldArticle article : articles.values()) {
      tally.article(article, byArticle.getOrDefault(article.id(), List.of()));
    }
    return tally.report(articles.size());
  }

  /** A matched pair's identity facts, for the cross-article pairwise scores. */
  private record Identity(String articleId, String eventId, String cluster, GoldEvent gold) {}

  /** Accumulates counts over articles. */
  private static final class Tally {
    private final Map<EventType, int[]> counts = new EnumMap<>(EventType.class);
    private final List<EvalError> errors = new ArrayList<>();
    private final List<Identity> identities = new ArrayList<>();
    private int optionalMatched;
    private FieldAccuracy status = new FieldAccuracy(0, 0);
    private FieldAccuracy date = new FieldAccuracy(0, 0);
    private FieldAccuracy location = new FieldAccuracy(0, 0);
    private FieldAccuracy locationCountry = new FieldAccuracy(0, 0);

    Tally() {
      for (EventType type : EventType.values()) {
        counts.put(type, new int[3]);
      }
    }

    void article(GoldArticle article, List<EventMention> predictions) {
      List<EventMatcher.Pair> pairs = EventMatcher.match(predictions, article.events());
      Set<Integer> matchedPredictions = new HashSet<>();
      Set<Integer> matchedGold = new HashSet<>();
      for (EventMatcher.Pair pair : pairs) {
        matchedPredictions.add(pair.prediction());
        matchedGold.add(pair.gold());
        EventMention p = predictions.get(pair.prediction());
        GoldEvent g = article.events().get(pair.gold());
        if (g.optional()) {
          optionalMatched++;
          continue;
        }
        counts.get(g.type())[0]++;
        boolean statusRight = EventMatcher.statusRight(p, g);
        boolean dateRight = EventMatcher.dateRight(p, g);
        boolean locationRight = EventMatcher.locationRight(p, g);
        status = status.add(statusRight);
        date = date.add(dateRight);
        location = location.add(locationRight);
        locationCountry = locationCountry.add(EventMatcher.locationCountryRight(p, g));
        if (!statusRight) {
          error(EvalError.Kind.WRONG_STATUS, article, g, String.valueOf(g.status()), String.valueOf(p.getStatus()));
        }
        if (!dateRight) {
          error(EvalError.Kind.WRONG_DATE, article, g, g.date() + " " + g.datePrecision(), p.getDate() + " " + p.getDatePrecision());
        }
        if (!locationRight) {
          error(EvalError.Kind.WRONG_LOCATION, article, g, describe(g.location()), describe(p.getLocation()));
        }
        identities.add(new Identity(article.id(), p.getEventId(), g.cluster(), g));
      }
      for (int g = 0; g < article.events().size(); g++) {
        GoldEvent event = article.events().get(g);
        if (!matchedGold.contains(g) && !event.optional()) {
          counts.get(event.type())[2]++;
          errors.add(new EvalError(EvalError.Kind.MISSED, article.id(), event.type(), event.describe(), null, event.evidence()));
        }
      }
      for (int p = 0; p < predictions.size(); p++) {
        if (!matchedPredictions.contains(p)) {
          EventMention mention = predictions.get(p);
          counts.get(mention.getType())[1]++;
          errors.add(new EvalError(
              EvalError.Kind.SPURIOUS, article.id(), mention.getType(), null, describe(mention), mention.getSentence()));
        }
      }
    }

    private void error(EvalError.Kind kind, GoldArticle article, GoldEvent gold, String expected, String actual) {
      errors.add(new EvalError(kind, article.id(), gold.type(), gold.describe() + ": " + expected, actual, gold.evidence()));
    }

    EvalReport report(int articleCount) {
      Map<EventType, Score> byType = new EnumMap<>(EventType.class);
      Score overall = Score.ZERO;
      for (EventType type : EventType.values()) {
        int[] c = counts.get(type);
        Score score = new Score(c[0], c[1], c[2]);
        byType.put(type, score);
        overall = overall.plus(score);
      }
      PairScore pairs = pairs();
      errors.addAll(pairErrors);
      errors.sort(Comparator.comparing(EvalError::articleId).thenComparing(EvalError::kind));
      return new EvalReport(
          articleCount, byType, overall, optionalMatched, status, date, location, locationCountry, pairs, errors);
    }

    private final List<EvalError> pairErrors = new ArrayList<>();

    private static EvalError pairError(Identity a, Identity b, boolean goldSame) {
      String expected = goldSame
          ? "one event with " + b.articleId() + " (" + a.cluster() + ")"
          : "apart from " + b.articleId() + "'s " + b.gold().describe() + " (" + b.cluster() + ")";
      String actual = goldSame
          ? "event " + a.eventId() + " and " + b.articleId() + "'s event " + b.eventId()
          : "both in event " + a.eventId();
      return new EvalError(
          goldSame ? EvalError.Kind.NOT_FUSED : EvalError.Kind.WRONGLY_FUSED,
          a.articleId(), a.gold().type(), a.gold().describe() + ": " + expected, actual, a.gold().evidence());
    }

    private PairScore pairs() {
      long truePairs = 0;
      long predicted = 0;
      long goldPairs = 0;
      for (int i = 0; i < identities.size(); i++) {
        for (int j = i + 1; j < identities.size(); j++) {
          Identity a = identities.get(i);
          Identity b = identities.get(j);
          if (a.articleId().equals(b.articleId())) {
            continue;
          }
          boolean predictedSame = a.eventId() != null && a.eventId().equals(b.eventId());
          boolean goldSame = a.cluster() != null && a.cluster().equals(b.cluster());
          predicted += predictedSame ? 1 : 0;
          goldPairs += goldSame ? 1 : 0;
          truePairs += predictedSame && goldSame ? 1 : 0;
          if (predictedSame != goldSame) {
            pairErrors.add(pairError(a, b, goldSame));
          }
        }
      }
      return new PairScore(truePairs, predicted, goldPairs);
    }
  }

  static String describe(EventMention m) {
    if (m.getType() == EventType.STATEMENT) {
      return (m.getSpeaker() == null ? "(no speaker)" : m.getSpeaker().getName())
          + ": \"" + Objects.toString(m.getQuote(), "") + "\"";
    }
    return m.getParticipants().stream().map(Actor::getName).collect(Collectors.joining(", "));
  }

  private static String describe(GoldPlace place) {
    return place == null ? "no location" : place.name() + " (" + place.country() + ")";
  }

  private static String describe(Place place) {
    return place == null ? "no location" : place.getName() + " (" + place.getCountry() + ")";
  }
}
