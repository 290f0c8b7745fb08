package dev.readout.replay.demo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;

/**
 * How many events of each type exist now, from the changes of the compacted event topics: an
 * upsert adds its key (once, however often it is updated), a tombstone removes it.
 */
public final class EventTally {

  private final Map<String, Set<String>> live = new HashMap<>();
  private long changes;

  /**
   * @param type the event type, e.g. {@code meeting} from {@code readout.events.meeting}
   * @param key the event id
   * @param deleted whether the change is a tombstone
   */
  public synchronized void change(String type, String key, boolean deleted) {
    changes++;
    Set<String> keys = live.computeIfAbsent(type, t -> new HashSet<>());
    if (deleted) {
      keys.remove(key);
    } else {
      keys.add(key);
    }
  }

  public synchronized int count(String type) {
    Set<String> keys = live.get(type);
    return keys == null ? 0 : keys.size();
  }

  /** Changes seen so far (upserts and deletes); tells whether anything moved since last asked. */
  public synchronized long changes() {
    return changes;
  }

  /** {@code 3 meetings, 1 call, 12 statements}, types in alphabetical order. */
  public synchronized String summary() {
    Map<String, Integer> counts = new TreeMap<>();
    live.forEach((type, keys) -> counts.put(type, keys.size()));
    for (String type : new String[] {"call", "meeting", "statement"}) {
      counts.putIfAbsent(type, 0);
    }
    StringBuilder out = new StringBuilder();
    counts.forEach((type, n) -> {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(n).append(' ').append(n == 1 ? type : plural(type));
    });
    return out.toString();
  }

  private static String plural(String type) {
    return type.toLowerCase(Locale.ROOT) + "s";
  }
}
