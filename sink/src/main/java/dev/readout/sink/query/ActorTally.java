package dev.readout.sink.query;

import dev.readout.schemas.avro.EventType;
import java.util.EnumMap;
import java.util.Map;

/** An actor and how many events of each type it takes part in or speaks at. */
public final class ActorTally {

  private final String id;
  private final String name;
  private final String kind;
  private final String country;
  private final Map<EventType, Long> counts = new EnumMap<>(EventType.class);

  public ActorTally(String id, String name, String kind, String country) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.country = country;
  }

  public void add(EventType type, long n) {
    counts.merge(type, n, Long::sum);
  }

  /** Adds another tally of the same actor (from another instance). */
  public void merge(ActorTally other) {
    other.counts.forEach(this::add);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public long count(EventType type) {
    return counts.getOrDefault(type, 0L);
  }

  public String id() { return id; }

  public String name() { return name; }

  public String kind() { return kind; }

  public String country() { return country; }
}
