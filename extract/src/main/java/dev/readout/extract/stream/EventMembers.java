package dev.readout.extract.stream;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The members of one event as live fusion caches them: each mention id with its {@linkplain
 * MentionFusion#memberKey member key}. A mention joining a large event is {@linkplain #add added}
 * in place, and the smallest key, which decides the event's id, is at hand: neither costs a copy
 * or a sort of the whole list, so joining an event of thousands costs what joining an event of
 * three does.
 */
final class EventMembers implements Iterable<String> {

  private final TreeMap<String, String> idByKey = new TreeMap<>();
  private final Map<String, String> keyById = new HashMap<>();

  /** @param idByKey member key → mention id */
  EventMembers(Map<String, String> idByKey) {
    idByKey.forEach(this::add);
  }

  int size() {
    return keyById.size();
  }

  boolean isEmpty() {
    return keyById.isEmpty();
  }

  /** The smallest member key; the event's id follows from it. */
  String firstKey() {
    return idByKey.firstKey();
  }

  boolean contains(String id) {
    return keyById.containsKey(id);
  }

  /** The member key this mention was stored under, or null when it is no member. */
  String keyOf(String id) {
    return keyById.get(id);
  }

  void add(String key, String id) {
    String before = keyById.put(id, key);
    if (before != null) {
      idByKey.remove(before);
    }
    idByKey.put(key, id);
  }

  /** The member ids, in member-key order. */
  @Override
  public Iterator<String> iterator() {
    return Collections.unmodifiableCollection(idByKey.values()).iterator();
  }
}
