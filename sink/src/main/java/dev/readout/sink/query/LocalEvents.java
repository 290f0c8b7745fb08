package dev.readout.sink.query;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Queries over the events this instance holds in its store. */
public final class LocalEvents {

  private final ReadOnlyKeyValueStore<String, Event> store;

  public LocalEvents(ReadOnlyKeyValueStore<String, Event> store) {
    this.store = store;
  }

  public Optional<Event> get(String id) {
    return Optional.ofNullable(store.get(id));
  }

  /**
   * The query's page among local events, with the local total. Keeps only {@code offset + limit}
   * events in memory however large the store is.
   */
  public EventPage page(EventQuery query) {
    int keep = query.offset() + query.limit();
    // Worst of the kept events at the head, so it is the one dropped when a better one comes.
    PriorityQueue<Event> best = new PriorityQueue<>(EventOrder.NEWEST_FIRST.reversed());
    long total = 0;
    try (KeyValueIterator<String, Event> all = store.all()) {
      while (all.hasNext()) {
        Event e = all.next().value;
        if (e == null || !query.matches(e)) continue;
        total++;
        best.add(e);
        if (best.size() > keep) best.poll();
      }
    }
    List<Event> sorted = new ArrayList<>(best);
    sorted.sort(EventOrder.NEWEST_FIRST);
    int from = Math.min(query.offset(), sorted.size());
    return new EventPage(total, List.copyOf(sorted.subList(from, sorted.size())));
  }

  /** Every actor of the local events matching the query (its page is ignored), by actor id. */
  public Map<String, ActorTally> actors(EventQuery query) {
    Map<String, ActorTally> tallies = new HashMap<>();
    try (KeyValueIterator<String, Event> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, Event> kv = all.next();
        Event e = kv.value;
        if (e == null || !query.matches(e)) continue;
        Set<String> seen = new HashSet<>();
        for (Actor a : EventQuery.actorsOf(e)) {
          if (!seen.add(a.getId())) continue;
          tallies
              .computeIfAbsent(a.getId(), id -> new ActorTally(id, a.getName(), a.getKind().name(), a.getCountry()))
              .add(e.getType(), 1);
        }
      }
    }
    return tallies;
  }
}
