package dev.readout.extract.fusion;

import dev.readout.schemas.avro.EventMention;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link MentionTraits} of recently compared mentions, by mention id: the live stream calls
 * {@link Fuser#sameEvent} for every candidate pair, and stemming a quote for each call would
 * dominate its cost. An entry is used only for an equal mention, so a re-extracted mention with
 * the same id is read afresh.
 *
 * <p>Bounded by two generations of half the capacity each: new entries go to the young one; when
 * it is full it becomes the old one and the previous old one is dropped; an entry found in the old
 * one moves back to the young one. The mentions of a busy event, compared again and again, so stay
 * while one-off mentions age out, with no lock and no per-access bookkeeping (a cache that simply
 * started over when full made every busy event's mentions be stemmed again). Safe for the stream
 * threads that share one fuser: a race costs a recomputation, never a wrong answer.
 */
final class TraitsCache {

  private record Entry(EventMention mention, MentionTraits traits) {

    boolean isFor(EventMention other) {
      return mention == other || mention.equals(other);
    }
  }

  private final int generation;
  private volatile Map<String, Entry> young = new ConcurrentHashMap<>();
  private volatile Map<String, Entry> old = new ConcurrentHashMap<>();

  TraitsCache(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity must be at least 2: " + capacity);
    }
    this.generation = capacity / 2;
  }

  MentionTraits of(EventMention mention) {
    Map<String, Entry> current = young;
    Entry entry = current.get(mention.getId());
    if (entry != null && entry.isFor(mention)) {
      return entry.traits();
    }
    entry = old.get(mention.getId());
    if (entry == null || !entry.isFor(mention)) {
      entry = new Entry(mention, MentionTraits.of(mention));
    }
    current.put(mention.getId(), entry);
    if (current.size() >= generation) {
      rotate(current);
    }
    return entry.traits();
  }

  private synchronized void rotate(Map<String, Entry> full) {
    if (young == full) {
      old = full;
      young = new ConcurrentHashMap<>();
    }
  }

  int size() {
    return young.size() + old.size();
  }
}
