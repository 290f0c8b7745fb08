package dev.readout.extract.stream;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * The member ids of one event as live fusion caches them, in id order. A mention joining a large
 * event is {@linkplain #add added} in place, and the smallest id, which decides the event's id, is
 * at hand: neither costs a copy or a sort of the whole list, so joining an event of thousands
 * costs what joining an event of three does.
 */
final class EventMembers implements Iterable<String> {

  private final TreeSet<String> ids;

  EventMembers(Collection<String> ids) {
    this.ids = new TreeSet<>(ids);
  }

  int size() {
    return ids.size();
  }

  boolean isEmpty() {
    return ids.isEmpty();
  }

  /** The smallest member id; the event's id follows from it. */
  String smallest() {
    return ids.first();
  }

  boolean contains(String id) {
    return ids.contains(id);
  }

  void add(String id) {
    ids.add(id);
  }

  @Override
  public Iterator<String> iterator() {
    return Collections.unmodifiableSet(ids).iterator();
  }
}
