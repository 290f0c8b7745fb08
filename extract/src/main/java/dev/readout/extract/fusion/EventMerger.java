package dev.readout.extract.fusion;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.avro.Place;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Fuses the mentions of one event into the {@link Event}. Every choice depends only on the set
 * of mentions, never on their order: the caller passes them sorted by id and ties are broken by
 * later report, then smaller mention id.
 */
final class EventMerger {

  private EventMerger() {}

  /**
   * The key that orders a component's mentions for its id: the time of the report, then the
   * mention id. Fixed-width hex of the time with its sign bit flipped, so that the strings sort as
   * the instants do, before 1970 too.
   */
  static String memberKey(EventMention mention) {
    long millis = mention.getPublishedAt().toEpochMilli() ^ Long.MIN_VALUE;
    return HexFormat.of().toHexDigits(millis) + mention.getId();
  }

  /**
   * The event id of a component: type and a hash of the {@linkplain #memberKey key} of its first
   * report (earliest publication, then smallest mention id). A live stream mostly receives reports
   * in publication order, so an event keeps the id of its first report as later ones join; with
   * the smallest mention id alone, a later report with a smaller id (one join in two, for an
   * event of two) renamed the event and re-stamped all its mentions.
   */
  static String eventId(EventType type, String firstMemberKey) {
    return "evt-" + type.name().toLowerCase(Locale.ROOT) + "-" + sha256(firstMemberKey).substring(0, 16);
  }

  /** @param members the component's mentions, sorted by id, at least one */
  static Event merge(List<EventMention> members) {
    String firstKey = null;
    for (EventMention m : members) {
      String key = memberKey(m);
      if (firstKey == null || key.compareTo(firstKey) < 0) {
        firstKey = key;
      }
    }
    EventMention first = members.getFirst();
    Event event = new Event();
    event.setId(eventId(first.getType(), firstKey));
    event.setType(first.getType());
    event.setMode(mostCommon(members, EventMention::getMode));
    // Plain loops, not streams: the live stream merges an event at every report that joins it.
    EventStatus status = first.getStatus();
    Instant firstReported = first.getPublishedAt();
    Instant lastReported = first.getPublishedAt();
    Set<String> sources = new HashSet<>();
    TreeSet<String> articleIds = new TreeSet<>();
    List<String> mentionIds = new ArrayList<>(members.size());
    for (EventMention m : members) {
      if (statusRank(m.getStatus()) < statusRank(status)) {
        status = m.getStatus();
      }
      if (m.getPublishedAt().isBefore(firstReported)) {
        firstReported = m.getPublishedAt();
      }
      if (m.getPublishedAt().isAfter(lastReported)) {
        lastReported = m.getPublishedAt();
      }
      sources.add(m.getSource() != null ? "source:" + m.getSource() : "article:" + m.getArticleId());
      articleIds.add(m.getArticleId());
      mentionIds.add(m.getId());
    }
    event.setStatus(status);
    event.setParticipants(participants(members));
    event.setSpeaker(speaker(members));
    event.setQuote(quote(members));
    EventMention dated = mostPreciseDate(members);
    event.setDate(dated == null ? null : dated.getDate());
    event.setDatePrecision(dated == null ? DatePrecision.UNKNOWN : dated.getDatePrecision());
    event.setLocation(location(members));
    event.setFirstReportedAt(firstReported);
    event.setLastReportedAt(lastReported);
    event.setMentionCount(members.size());
    event.setSourceCount(sources.size());
    event.setArticleIds(List.copyOf(articleIds));
    event.setMentionIds(Collections.unmodifiableList(mentionIds));
    event.setConfidence(confidence(members));
    return event;
  }

  /** A later report upgrades: OCCURRED beats PLANNED beats PROPOSED. */
  static int statusRank(EventStatus status) {
    return switch (status) {
      case OCCURRED -> 0;
      case PLANNED -> 1;
      case PROPOSED -> 2;
    };
  }

  private static int precisionRank(DatePrecision precision) {
    return switch (precision == null ? DatePrecision.UNKNOWN : precision) {
      case DAY -> 0;
      case WEEK -> 1;
      case MONTH -> 2;
      case UNKNOWN -> 3;
    };
  }

  /** Later report first, then smaller id: the tie-break of every choice. */
  private static final Comparator<EventMention> PREFERRED = Comparator
      .comparing(EventMention::getPublishedAt, Comparator.reverseOrder())
      .thenComparing(EventMention::getId);

  /** The dated mentions of the most precise precision any has; empty when none is dated. */
  private static List<EventMention> mostPreciselyDated(List<EventMention> members) {
    List<EventMention> precise = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (EventMention m : members) {
      if (m.getDate() == null) {
        continue;
      }
      int rank = precisionRank(m.getDatePrecision());
      if (rank < best) {
        best = rank;
        precise.clear();
      }
      if (rank == best) {
        precise.add(m);
      }
    }
    return precise;
  }

  private static EventMention mostPreciseDate(List<EventMention> members) {
    List<EventMention> precise = mostPreciselyDated(members);
    if (precise.isEmpty()) {
      return null;
    }
    LocalDate date = mostCommon(precise, EventMention::getDate);
    EventMention chosen = null;
    for (EventMention m : precise) {
      if (m.getDate().equals(date) && (chosen == null || PREFERRED.compare(m, chosen) < 0)) {
        chosen = m;
      }
    }
    return chosen;
  }

  private static final Comparator<EventMention> PLACE_PREFERRED =
      Comparator.comparing((EventMention m) -> m.getLocation().getCountry() == null).thenComparing(PREFERRED);

  private static Place location(List<EventMention> members) {
    List<EventMention> precise = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (EventMention m : members) {
      if (m.getLocation() == null) {
        continue;
      }
      int rank = PlacePrecision.rank(m.getLocation());
      if (rank < best) {
        best = rank;
        precise.clear();
      }
      if (rank == best) {
        precise.add(m);
      }
    }
    if (precise.isEmpty()) {
      return null;
    }
    String name = mostCommon(precise, m -> PlacePrecision.fold(m.getLocation().getName()));
    EventMention chosen = null;
    for (EventMention m : precise) {
      if (PlacePrecision.fold(m.getLocation().getName()).equals(name)
          && (chosen == null || PLACE_PREFERRED.compare(m, chosen) < 0)) {
        chosen = m;
      }
    }
    return chosen.getLocation();
  }

  private static List<Actor> participants(List<EventMention> members) {
    Map<String, List<Actor>> byId = new LinkedHashMap<>();
    for (EventMention m : members) {
      for (Actor actor : m.getParticipants()) {
        byId.computeIfAbsent(actor.getId(), k -> new ArrayList<>()).add(actor);
      }
    }
    List<Actor> richest = new ArrayList<>(byId.size());
    for (List<Actor> versions : byId.values()) {
      richest.add(richest(versions));
    }
    return Collections.unmodifiableList(richest);
  }

  private static Actor speaker(List<EventMention> members) {
    List<Actor> speakers = new ArrayList<>();
    for (EventMention m : members) {
      if (m.getSpeaker() != null) {
        speakers.add(m.getSpeaker());
      }
    }
    return speakers.isEmpty() ? null : richest(speakers);
  }

  /** The version of an actor that says the most (title, country, surface form), first among equals. */
  private static Actor richest(List<Actor> versions) {
    Actor best = versions.getFirst();
    for (Actor a : versions) {
      if (known(a) > known(best)) {
        best = a;
      }
    }
    return best;
  }

  private static int known(Actor a) {
    return (a.getTitle() != null ? 1 : 0) + (a.getCountry() != null ? 1 : 0) + (a.getMention() != null ? 1 : 0);
  }

  /**
   * The speaker's own words before an outlet's paraphrase of them, now that paraphrases fuse with
   * the remark (a direct quote or a written post over reported speech); among those the fullest
   * wording, the longest quote; the smallest mention id among equals.
   */
  private static String quote(List<EventMention> members) {
    EventMention best = null;
    for (EventMention m : members) {
      if (m.getQuote() != null && (best == null || quoteRank(m) < quoteRank(best)
          || quoteRank(m) == quoteRank(best) && m.getQuote().length() > best.getQuote().length())) {
        best = m;
      }
    }
    return best == null ? null : best.getQuote();
  }

  private static int quoteRank(EventMention m) {
    return "DIRECT_QUOTE".equals(m.getMode()) || "WRITTEN".equals(m.getMode()) ? 0 : 1;
  }

  /**
   * Independent reports raise confidence: 1 - prod(1 - c) over articles, each article counted
   * once with its most confident mention, so one article repeating itself proves nothing more.
   */
  private static double confidence(List<EventMention> members) {
    Map<String, Double> perArticle = new HashMap<>();
    for (EventMention m : members) {
      double c = Math.max(0, Math.min(1, m.getConfidence()));
      perArticle.merge(m.getArticleId(), c, Math::max);
    }
    double doubt = 1;
    for (double c : perArticle.values()) {
      doubt *= 1 - c;
    }
    return 1 - doubt;
  }

  /** The most frequent non-null value; ties go to the smallest by natural order. */
  private static <T extends Comparable<? super T>> T mostCommon(List<EventMention> members, Function<EventMention, T> value) {
    Map<T, Integer> counts = new TreeMap<>();
    for (EventMention m : members) {
      T v = value.apply(m);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    T best = null;
    int bestCount = 0;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
