package dev.readout.extract.stream;

import dev.readout.extract.fusion.Fuser;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What live fusion needs of a fuser. Production uses {@link Fuser} through {@link #of(Fuser)}; the
 * seam lets topology tests fuse with rules of their own while keeping the stream's contract: any
 * two mentions for which {@link #sameEvent} holds share a {@link #blockingKeys blocking key} and
 * a {@link #partitionKey partition key}, and {@link #fuse} maps a set of mentions to the events
 * of its connected components.
 */
public interface MentionFusion {

  /** True when two mentions report the same real-world event. Symmetric. */
  boolean sameEvent(EventMention a, EventMention b);

  /** Index keys of a mention; mentions of the same event share at least one. */
  Set<String> blockingKeys(EventMention mention);

  /** The events of these mentions, one per connected component, with deterministic ids. */
  List<Event> fuse(Collection<EventMention> mentions);

  /**
   * The key the stream partitions mentions by before fusion: any two mentions for which
   * {@link #sameEvent} holds must have the same one, so that they meet in one task. The finer
   * it is, the more tasks fusion runs in. By default the type, which is always safe.
   */
  default String partitionKey(EventMention mention) {
    return mention.getType().name();
  }

  /**
   * The event of mentions already known to form one connected component; equal to the single
   * event {@link #fuse} gives for them, which by default it calls. A fuser can do it without
   * comparing pairs again.
   */
  default Event merge(Collection<EventMention> component) {
    List<Event> events = fuse(component);
    if (events.size() != 1) {
      throw new IllegalArgumentException("not one connected component: fuses into " + events.size() + " events");
    }
    return events.getFirst();
  }

  /**
   * The id {@link #merge} gives the event of a component of this type whose smallest {@linkplain
   * #memberKey member key} is {@code firstMemberKey}: lets the stream keep a large event's
   * membership current without merging it at every mention.
   */
  String eventId(EventType type, String firstMemberKey);

  /**
   * The key that orders an event's members for its id: the smallest decides it. By default the
   * mention id.
   */
  default String memberKey(EventMention mention) {
    return mention.getId();
  }

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

      @Override
      public String partitionKey(EventMention mention) {
        return fuser.partitionKey(mention);
      }

      @Override
      public Event merge(Collection<EventMention> component) {
        return fuser.merge(component);
      }

      @Override
      public String eventId(EventType type, String firstMemberKey) {
        return fuser.eventId(type, firstMemberKey);
      }

      @Override
      public String memberKey(EventMention mention) {
        return fuser.memberKey(mention);
      }
    };
  }
}
