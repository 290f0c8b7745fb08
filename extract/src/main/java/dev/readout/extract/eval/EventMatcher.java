package dev.readout.extract.eval;

import dev.readout.extract.fusion.PlacePrecision;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Pairs one article's predictions with its gold events (EVENTS.md "Scoring"): a pair is
 * possible when the types agree and MEETING/CALL share at least half of the gold participants,
 * or a STATEMENT has the gold speaker and its quote contains the gold quote start. Pairs are
 * taken one-to-one, greedily, best first: the larger share of gold participants, then more
 * right fields (status, date, location), then the earlier quote position, then document order.
 */
final class EventMatcher {

  /** A matched pair: indexes into the article's predictions and gold events. */
  record Pair(int prediction, int gold) {}

  private record Candidate(int prediction, int gold, double overlap, int rightFields, int quotePosition) {}

  private static final Comparator<Candidate> BEST_FIRST = Comparator
      .comparingDouble(Candidate::overlap).reversed()
      .thenComparing(Comparator.comparingInt(Candidate::rightFields).reversed())
      .thenComparingInt(Candidate::quotePosition)
      .thenComparingInt(Candidate::gold)
      .thenComparingInt(Candidate::prediction);

  private EventMatcher() {}

  static List<Pair> match(List<EventMention> predictions, List<GoldEvent> gold) {
    List<Candidate> candidates = new ArrayList<>();
    for (int p = 0; p < predictions.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        Candidate c = candidate(p, predictions.get(p), g, gold.get(g));
        if (c != null) {
          candidates.add(c);
        }
      }
    }
    candidates.sort(BEST_FIRST);
    boolean[] predictionTaken = new boolean[predictions.size()];
    boolean[] goldTaken = new boolean[gold.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!predictionTaken[c.prediction()] && !goldTaken[c.gold()]) {
        predictionTaken[c.prediction()] = true;
        goldTaken[c.gold()] = true;
        pairs.add(new Pair(c.prediction(), c.gold()));
      }
    }
    return pairs;
  }

  private static Candidate candidate(int p, EventMention prediction, int g, GoldEvent gold) {
    if (prediction.getType() != gold.type()) {
      return null;
    }
    int rightFields = (statusRight(prediction, gold) ? 1 : 0)
        + (dateRight(prediction, gold) ? 1 : 0)
        + (locationRight(prediction, gold) ? 1 : 0);
    if (gold.type() == EventType.STATEMENT) {
      Actor speaker = prediction.getSpeaker();
      if (speaker == null || !sameActor(gold.speaker(), speaker)) {
        return null;
      }
      if (!QuoteText.contains(prediction.getQuote(), gold.quoteStart())) {
        return null;
      }
      int position = QuoteText.fold(prediction.getQuote())
          .indexOf(QuoteText.fold(gold.quoteStart() == null ? "" : gold.quoteStart()));
      return new Candidate(p, g, 1.0, rightFields, position);
    }
    double overlap = participantOverlap(prediction.getParticipants(), gold.participants());
    return overlap >= 0.5 ? new Candidate(p, g, overlap, rightFields, 0) : null;
  }

  /** The share of gold participants some predicted participant is the same actor as. */
  static double participantOverlap(List<Actor> predicted, List<String> gold) {
    if (gold.isEmpty()) {
      return 0;
    }
    long found = gold.stream().filter(name -> predicted.stream().anyMatch(a -> sameActor(name, a))).count();
    return (double) found / gold.size();
  }

  /** The engine's canonical name decides; its surface form is a second chance ("the Kremlin"). */
  static boolean sameActor(String goldName, Actor actor) {
    return ActorNames.same(goldName, actor.getName()) || ActorNames.same(goldName, actor.getMention());
  }

  static boolean statusRight(EventMention prediction, GoldEvent gold) {
    return prediction.getStatus() == gold.status();
  }

  static boolean dateRight(EventMention prediction, GoldEvent gold) {
    return Objects.equals(prediction.getDate(), gold.date());
  }

  /**
   * Right when neither has a place, or both name the same place: names folded as actor names
   * are, or two names of the same country ("Britain" and "United Kingdom", both GBR).
   */
  static boolean locationRight(EventMention prediction, GoldEvent gold) {
    Place place = prediction.getLocation();
    if (place == null || gold.location() == null) {
      return place == null && gold.location() == null;
    }
    if (ActorNames.same(gold.location().name(), place.getName())) {
      return true;
    }
    return PlacePrecision.isCountryName(gold.location().name())
        && PlacePrecision.isCountryName(place.getName())
        && locationCountryRight(prediction, gold);
  }

  static boolean locationCountryRight(EventMention prediction, GoldEvent gold) {
    Place place = prediction.getLocation();
    if (place == null || gold.location() == null) {
      return place == null && gold.location() == null;
    }
    String goldCountry = gold.location().country();
    return goldCountry == null ? place.getCountry() == null : goldCountry.equalsIgnoreCase(place.getCountry());
  }
}
