package dev.readout.extract.fusion;

import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stamps each mention with the id of the event a fuse result put it in. */
public final class EventIds {

  private EventIds() {}

  /**
   * Copies of the mentions, in their order, each with {@code event_id} set to the event whose
   * {@code mention_ids} holds it; a mention no event lists keeps the {@code event_id} it had.
   */
  public static List<EventMention> stamp(List<EventMention> mentions, List<Event> events) {
    Map<String, String> eventOf = new HashMap<>();
    for (Event event : events) {
      for (String mentionId : event.getMentionIds()) {
        eventOf.put(mentionId, event.getId());
      }
    }
    return mentions.stream()
        .map(m -> {
          String eventId = eventOf.get(m.getId());
          return eventId == null || eventId.equals(m.getEventId())
              ? m
              : withEventId(m, eventId);
        })
        .toList();
  }

  /*
   * A field-by-field shallow copy: Avro's copy builder deep-copies enums and records through
   * SpecificData, which Avro 1.12's class security validator refuses for our classes unless a
   * deserializer has been created first.
   */
  static EventMention withEventId(EventMention mention, String eventId) {
    EventMention copy = new EventMention();
    for (int i = 0; i < mention.getSchema().getFields().size(); i++) {
      copy.put(i, mention.get(i));
    }
    copy.setEventId(eventId);
    return copy;
  }
}
