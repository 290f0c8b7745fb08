package dev.readout.extract.eval;

import dev.readout.schemas.avro.EventType;
import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring predictions against gold files (EVENTS.md "Scoring").
 *
 * @param articles how many articles were scored
 * @param byType detection scores per event type, in {@link EventType} order
 * @param overall detection scores over all types
 * @param optionalMatched optional gold events that were predicted (counted neither way)
 * @param status share of matched pairs with the gold status
 * @param date share of matched pairs with the gold date (both null counts as right)
 * @param location share of matched pairs whose location names the same place as gold (names
 *     folded as actor names are; both null counts as right)
 * @param locationCountry share of matched pairs whose location is in the gold location's country
 * @param clusters cross-article pairwise identity scores
 * @param errors every miss, spurious prediction and wrong field, by article
 */
public record EvalReport(
    int articles,
    Map<EventType, Score> byType,
    Score overall,
    int optionalMatched,
    FieldAccuracy status,
    FieldAccuracy date,
    FieldAccuracy location,
    FieldAccuracy locationCountry,
    PairScore clusters,
    List<EvalError> errors) {

  public EvalReport {
    byType = Map.copyOf(byType);
    errors = List.copyOf(errors);
  }

  public Score score(EventType type) {
    return byType.getOrDefault(type, Score.ZERO);
  }
}
