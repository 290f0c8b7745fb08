package dev.readout.extract.fusion;

import dev.readout.schemas.AvroContracts;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups mentions of the same real-world event (EVENTS.md "Cross-article identity") into events.
 * Pure and deterministic: the same mentions give the same events and ids in any order.
 *
 * <p>Two mentions are the same event when their types agree, their dates lie within a few days
 * of each other ({@link EventWindow}) and: for MEETING and CALL, they share two participants (or
 * one, when a mention names only one; a country or group counts as shared where the other report
 * names one of its people, given one actor shared outright) and the participants' countries agree
 * (one mention's set of countries contains the other's, so a report naming only the U.S. side of a
 * U.S.–Russia meeting still joins it); for STATEMENT, the speaker is the same actor and the quotes
 * report the same remark ({@link QuoteOverlap}: the shorter mostly contained in the longer after
 * stemming, or, for reports of overlapping days, a verbatim quoted fragment and another shared
 * word). Mentions placed in different countries are never the same event.
 *
 * <p>An event's id is {@code evt-<type>-} and a hash of its first report's {@link #memberKey}
 * (earliest publication, then smallest mention id): stable while the event grows by later
 * reports, changed only when an earlier-published report joins late or two events merge (the
 * stream then tombstones the old id).
 */
public final class Fuser {

  static {
    // Builds and copies records outside any deserializer: see AvroContracts.trust().
    AvroContracts.trust();
  }

  /** Mentions whose traits {@link #sameEvent} keeps at hand: a few weeks of a busy stream. */
  static final int TRAITS_CACHE_SIZE = 10_000;

  private final TraitsCache traits = new TraitsCache(TRAITS_CACHE_SIZE);

  /** True when two mentions report the same real-world event. Symmetric. */
  public boolean sameEvent(EventMention a, EventMention b) {
    return traits.of(a).sameEvent(traits.of(b));
  }

  /**
   * Keys under which to index a mention so that any two mentions for which {@link #sameEvent}
   * holds share at least one key (lets the stream find candidates without scanning everything):
   * {@code MEETING|<actor id>|<week>} per participant, {@code STATEMENT|<speaker id>|<week>}, for
   * every week its {@link EventWindow} touches. The week keeps the candidates of a busy actor to
   * the days that can match; without it a long-running stream compares each new mention with every
   * earlier one of that actor. Empty for a mention no other can join (no participants, no
   * speaker): it is an event of its own.
   */
  public Set<String> blockingKeys(EventMention mention) {
    String type = mention.getType().name();
    List<String> actors = new ArrayList<>();
    if (mention.getType() == EventType.STATEMENT) {
      if (mention.getSpeaker() != null) {
        actors.add(mention.getSpeaker().getId());
      }
    } else {
      mention.getParticipants().forEach(actor -> actors.add(actor.getId()));
    }
    Set<String> keys = new LinkedHashSet<>();
    List<Long> weeks = EventWindow.of(mention).blockingWeeks();
    for (String actor : actors) {
      for (long week : weeks) {
        keys.add(type + "|" + actor + "|" + week);
      }
    }
    return keys;
  }

  /**
   * A key shared by any two mentions for which {@link #sameEvent} holds, for the stream to
   * partition by: {@code STATEMENT|<speaker id>} for a statement (statements fuse only with the
   * same speaker, so fusion of statements spreads over all partitions), the type for meetings and
   * calls (their participants differ between reports, so no finer key is safe).
   */
  public String partitionKey(EventMention mention) {
    if (mention.getType() == EventType.STATEMENT && mention.getSpeaker() != null) {
      return EventType.STATEMENT.name() + "|" + mention.getSpeaker().getId();
    }
    return mention.getType().name();
  }

  /**
   * The event of mentions the caller knows to be one connected component of {@link #sameEvent}
   * (the live stream does: it joins a new mention to the events it matches). Equal to the one
   * event {@link #fuse} gives for them, without comparing pairs again.
   */
  public Event merge(Collection<EventMention> component) {
    if (component.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one mention");
    }
    return EventMerger.merge(distinctById(component));
  }

  /**
   * The id {@link #merge} gives the event of a component of this type whose smallest {@link
   * #memberKey} is {@code firstMemberKey}, without merging it.
   */
  public String eventId(EventType type, String firstMemberKey) {
    return EventMerger.eventId(type, firstMemberKey);
  }

  /**
   * The key of a mention among its event's members: the smallest decides the event's id
   * ({@link #eventId}). It orders reports by publication time, then mention id, so an event keeps
   * the id of its first report.
   */
  public String memberKey(EventMention mention) {
    return EventMerger.memberKey(mention);
  }

  /**
   * The events of these mentions: connected components of {@link #sameEvent}, each fused into
   * one event whose id depends only on the component's mentions. Event.mention_ids lists members.
   * Mentions repeated with the same id count once. Events come sorted by id.
   */
  public List<Event> fuse(Collection<EventMention> mentions) {
    List<EventMention> sorted = distinctById(mentions);
    int[] parent = new int[sorted.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<MentionTraits> known = sorted.stream().map(traits::of).toList();
    for (List<Integer> block : blocks(sorted).values()) {
      // Sorted by window start, a mention can only be near those that start before its end + tolerance.
      block.sort(Comparator.comparing((Integer i) -> known.get(i).window().start()).thenComparing(i -> i));
      for (int x = 0; x < block.size(); x++) {
        int i = block.get(x);
        for (int y = x + 1; y < block.size(); y++) {
          int j = block.get(y);
          if (known.get(j).window().start().isAfter(known.get(i).window().end().plusDays(EventWindow.TOLERANCE_DAYS))) {
            break;
          }
          if (find(parent, i) != find(parent, j) && known.get(i).sameEvent(known.get(j))) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
    }
    Map<Integer, List<EventMention>> components = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
    }
    return components.values().stream()
        .map(EventMerger::merge)
        .sorted(Comparator.comparing(Event::getId))
        .toList();
  }

  /*
   * One mention per id, the same one whatever the input order: the latest report, then the
   * larger JSON form, so a re-extracted mention replaces its earlier version.
   */
  private static List<EventMention> distinctById(Collection<EventMention> mentions) {
    Map<String, EventMention> byId = new TreeMap<>();
    for (EventMention m : mentions) {
      byId.merge(m.getId(), m, (x, y) -> {
        int c = x.getPublishedAt().compareTo(y.getPublishedAt());
        if (c == 0) {
          c = x.toString().compareTo(y.toString());
        }
        return c >= 0 ? x : y;
      });
    }
    return List.copyOf(byId.values());
  }

  private Map<String, List<Integer>> blocks(List<EventMention> sorted) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (String key : blockingKeys(sorted.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    return blocks;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

}
