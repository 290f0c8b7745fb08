package dev.readout.extract.fusion;

import dev.readout.schemas.avro.EventMention;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link MentionTraits} of recently compared mentions, by mention id: the live stream calls
 * {@link Fuser#sameEvent} for every candidate pair, and stemming a quote for each call would
 * dominate its cost. An entry is used only for an equal mention, so a re-extracted mention with
 * the same id is read afresh. Bounded: when full it starts over, which costs a recomputation,
 * never a wrong answer (threads writing at that moment may add one entry each beyond it). Safe for
 * the stream threads that share one fuser.
 */
final class TraitsCache {

  private record Entry(EventMention mention, MentionTraits traits) {}

  private final int capacity;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  TraitsCache(int capacity) {
    this.capacity = capacity;
  }

  MentionTraits of(EventMention mention) {
    Entry entry = entries.get(mention.getId());
    if (entry != null && (entry.mention() == mention || entry.mention().equals(mention))) {
      return entry.traits();
    }
    MentionTraits traits = MentionTraits.of(mention);
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.put(mention.getId(), new Entry(mention, traits));
    return traits;
  }

  int size() {
    return entries.size();
  }
}
