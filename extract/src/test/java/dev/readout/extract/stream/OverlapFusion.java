package dev.readout.extract.stream;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A small fuser with the production contract, for topology tests that must not depend on the
 * production rules: same type, a shared participant (or the same speaker), dates at most three
 * days apart. Deliberately not transitive, so components form through chains.
 */
class OverlapFusion implements MentionFusion {

  @Override
  public boolean sameEvent(EventMention a, EventMention b) {
    return matches(a, b);
  }

  /** The rule itself, which fusing calls directly: a subclass counting what it is asked sees only outside calls. */
  private static boolean matches(EventMention a, EventMention b) {
    if (a.getType() != b.getType()) {
      return false;
    }
    if (a.getDate() != null && b.getDate() != null
        && Math.abs(ChronoUnit.DAYS.between(a.getDate(), b.getDate())) > 3) {
      return false;
    }
    Set<String> shared = new HashSet<>(actorIds(a));
    shared.retainAll(actorIds(b));
    return !shared.isEmpty();
  }

  @Override
  public Set<String> blockingKeys(EventMention mention) {
    Set<String> keys = new TreeSet<>();
    for (String actor : actorIds(mention)) {
      keys.add(mention.getType() + "|" + actor);
    }
    return keys;
  }

  @Override
  public List<Event> fuse(Collection<EventMention> mentions) {
    List<EventMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(EventMention::getId));
    Map<String, String> parent = new HashMap<>();
    sorted.forEach(m -> parent.put(m.getId(), m.getId()));
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        if (matches(sorted.get(i), sorted.get(j))) {
          parent.put(root(parent, sorted.get(i).getId()), root(parent, sorted.get(j).getId()));
        }
      }
    }
    Map<String, List<EventMention>> components = new TreeMap<>();
    for (EventMention m : sorted) {
      components.computeIfAbsent(root(parent, m.getId()), r -> new ArrayList<>()).add(m);
    }
    return components.values().stream().map(OverlapFusion::event).toList();
  }

  @Override
  public String eventId(EventType type, String smallestMentionId) {
    return "evt-" + type.name().toLowerCase(Locale.ROOT) + "-" + smallestMentionId;
  }

  private static String root(Map<String, String> parent, String id) {
    while (!parent.get(id).equals(id)) {
      id = parent.get(id);
    }
    return id;
  }

  private static Event event(List<EventMention> component) {
    EventMention first = component.get(0);
    Map<String, Actor> participants = new TreeMap<>();
    component.forEach(m -> m.getParticipants().forEach(a -> participants.putIfAbsent(a.getId(), a)));
    EventMention dated = component.stream().filter(m -> m.getDate() != null).findFirst().orElse(first);
    return Event.newBuilder()
        .setId("evt-" + first.getType().name().toLowerCase(Locale.ROOT) + "-" + first.getId())
        .setType(first.getType())
        .setStatus(component.stream().map(EventMention::getStatus).min(Comparator.naturalOrder()).orElseThrow())
        .setParticipants(new ArrayList<>(participants.values()))
        .setSpeaker(first.getSpeaker())
        .setQuote(first.getQuote())
        .setDate(dated.getDate())
        .setDatePrecision(dated.getDatePrecision())
        .setFirstReportedAt(component.stream().map(EventMention::getPublishedAt).min(Comparator.naturalOrder()).orElseThrow())
        .setLastReportedAt(component.stream().map(EventMention::getPublishedAt).max(Comparator.naturalOrder()).orElseThrow())
        .setMentionCount(component.size())
        .setSourceCount((int) component.stream().map(EventMention::getSource).distinct().count())
        .setArticleIds(component.stream().map(EventMention::getArticleId).distinct().sorted().toList())
        .setMentionIds(component.stream().map(EventMention::getId).toList())
        .setConfidence(component.stream().mapToDouble(EventMention::getConfidence).max().orElse(0))
        .build();
  }

  private static Set<String> actorIds(EventMention m) {
    Set<String> ids = new HashSet<>();
    if (m.getType() == EventType.STATEMENT) {
      if (m.getSpeaker() != null) {
        ids.add(m.getSpeaker().getId());
      }
    } else {
      m.getParticipants().forEach(a -> ids.add(a.getId()));
    }
    return ids;
  }
}
