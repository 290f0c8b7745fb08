package dev.readout.extract.fusion;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the same-event rule reads of a mention, computed once: fusing N mentions compares many
 * pairs, and rebuilding windows, id sets and quote words for every pair dominated its cost.
 */
record MentionTraits(
    EventType type,
    EventWindow window,
    String placeCountry,
    String speakerId,
    QuoteWords quoteWords,
    Set<String> participantIds,
    Map<String, String> countryOf,
    Set<String> standIns,
    Set<String> countries) {

  /** Participants two meetings or calls must share, unless one of them names fewer. */
  static final int MIN_SHARED_PARTICIPANTS = 2;

  static MentionTraits of(EventMention m) {
    Set<String> ids = new HashSet<>();
    Map<String, String> countryOf = new HashMap<>();
    Set<String> standIns = new HashSet<>();
    Set<String> countries = new HashSet<>();
    for (Actor actor : m.getParticipants()) {
      ids.add(actor.getId());
      if (actor.getCountry() != null) {
        countries.add(actor.getCountry());
        countryOf.put(actor.getId(), actor.getCountry());
        if (actor.getKind() == ActorKind.COUNTRY || actor.getKind() == ActorKind.GROUP) {
          standIns.add(actor.getId());
        }
      }
    }
    boolean statement = m.getType() == EventType.STATEMENT;
    return new MentionTraits(
        m.getType(),
        EventWindow.of(m),
        m.getLocation() == null ? null : m.getLocation().getCountry(),
        m.getSpeaker() == null ? null : m.getSpeaker().getId(),
        statement ? QuoteWords.of(m.getQuote()) : QuoteWords.NONE,
        ids,
        countryOf,
        standIns,
        countries);
  }

  /** The rule of {@link Fuser#sameEvent}; see there. */
  boolean sameEvent(MentionTraits other) {
    if (type != other.type || !window.near(other.window) || placesConflict(other)) {
      return false;
    }
    if (type == EventType.STATEMENT) {
      return speakerId != null && speakerId.equals(other.speakerId)
          && (QuoteOverlap.contained(quoteWords, other.quoteWords)
              || window.overlaps(other.window) && QuoteOverlap.paraphrased(quoteWords, other.quoteWords));
    }
    return shareParticipants(other) && (countries.containsAll(other.countries) || other.countries.containsAll(countries));
  }

  /** Events placed in different countries are different events, whatever else they share. */
  private boolean placesConflict(MentionTraits other) {
    return placeCountry != null && other.placeCountry != null && !placeCountry.equals(other.placeCountry);
  }

  /*
   * Two shared participants, or one when a side names only one. A single shared actor is too
   * weak: a head of state takes part in many events a week, and components would chain them.
   * A country or group named where the other report names one of its people ("Putin and
   * Ukraine" against "Putin and Zelenskyy") stands in for that person, but one actor at least
   * must be the same (the blocking keys, one per participant, rely on it), and only a report
   * whose countries are all in the other is the vaguer one: a five-country summit does not join
   * a bilateral meeting by its countries.
   */
  private boolean shareParticipants(MentionTraits other) {
    int shared = 0;
    for (String id : other.participantIds) {
      if (participantIds.contains(id)) {
        shared++;
      }
    }
    if (shared == 0) {
      return false;
    }
    int needed = Math.min(MIN_SHARED_PARTICIPANTS, Math.min(participantIds.size(), other.participantIds.size()));
    return shared >= needed || shared + standInsFor(other) + other.standInsFor(this) >= needed;
  }

  /** How many of this mention's countries or groups the other names by someone of theirs instead. */
  private int standInsFor(MentionTraits other) {
    if (!other.countries.containsAll(countries)) {
      return 0;
    }
    int count = 0;
    for (String standIn : standIns) {
      if (other.participantIds.contains(standIn)) {
        continue;
      }
      String country = countryOf.get(standIn);
      for (Map.Entry<String, String> actor : other.countryOf.entrySet()) {
        if (country.equals(actor.getValue()) && !participantIds.contains(actor.getKey())) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
