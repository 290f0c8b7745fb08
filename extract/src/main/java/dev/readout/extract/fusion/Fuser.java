package dev.readout.extract.fusion;

import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Groups mentions of the same real-world event (EVENTS.md "Cross-article identity") into events.
 * Pure and deterministic: the same mentions give the same events and ids in any order.
 *
 * <p>SKELETON: the fusion work replaces this body; the signatures are the contract.
 */
public final class Fuser {

  /** True when two mentions report the same real-world event. Symmetric. */
  public boolean sameEvent(EventMention a, EventMention b) {
    return false;
  }

  /**
   * Keys under which to index a mention so that any two mentions for which {@link #sameEvent}
   * holds share at least one key (lets the stream find candidates without scanning everything).
   */
  public Set<String> blockingKeys(EventMention mention) {
    return Set.of();
  }

  /**
   * The events of these mentions: connected components of {@link #sameEvent}, each fused into
   * one event whose id depends only on the component's mentions. Event.mention_ids lists members.
   */
  public List<Event> fuse(Collection<EventMention> mentions) {
    return List.of();
  }
}
