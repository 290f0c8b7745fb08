package dev.readout.extract.stream;

import dev.readout.extract.fusion.Fuser;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What live fusion needs of a fuser. Production uses {@link Fuser} through {@link #of(Fuser)}; the
 * seam lets topology tests fuse with rules of their own while keeping the stream's contract: any
 * two mentions for which {@link #sameEvent} holds share a {@link #blockingKeys blocking key}, and
 * {@link #fuse} maps a set of mentions to the events of its connected components.
 */
public interface MentionFusion {

  /** True when two mentions report the same real-world event. Symmetric. */
  boolean sameEvent(EventMention a, EventMention b);

  /** Index keys of a mention; mentions of the same event share at least one. */
  Set<String> blockingKeys(EventMention mention);

  /** The events of these mentions, one per connected component, with deterministic ids. */
  List<Event> fuse(Collection<EventMention> mentions);

  /** The production fuser. */
  static MentionFusion of(Fuser fuser) {
    return new MentionFusion() {
      @Override
      public boolean sameEvent(EventMention a, EventMention b) {
        return fuser.sameEvent(a, b);
      }

      @Override
      public Set<String> blockingKeys(EventMention mention) {
        return fuser.blockingKeys(mention);
      }

      @Override
      public List<Event> fuse(Collection<EventMention> mentions) {
        return fuser.fuse(mentions);
      }
    };
  }
}
