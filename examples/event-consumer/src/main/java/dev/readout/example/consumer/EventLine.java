package dev.readout.example.consumer;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.Event;
import java.util.stream.Collectors;

/** One printed line per change of an event topic: an upsert with the event's gist, or a delete. */
final class EventLine {

  private EventLine() {}

  /**
   * @param topic where the change was read
   * @param key the event id
   * @param event the new state, or {@code null} for a tombstone (the event was merged into another)
   */
  static String of(String topic, String key, Event event) {
    if (event == null) {
      return "DELETE " + topic + " " + key;
    }
    StringBuilder line = new StringBuilder("UPSERT ").append(topic).append(' ').append(key)
        .append(' ').append(event.getType()).append(' ').append(event.getStatus());
    line.append(' ').append(event.getDate() == null ? "date?" : event.getDate() + "/" + event.getDatePrecision());
    if (event.getSpeaker() != null) {
      line.append(" speaker=").append(event.getSpeaker().getName());
    }
    if (!event.getParticipants().isEmpty()) {
      line.append(" participants=").append(
          event.getParticipants().stream().map(Actor::getName).collect(Collectors.joining(", ", "[", "]")));
    }
    if (event.getLocation() != null) {
      line.append(" at=").append(event.getLocation().getName());
    }
    if (event.getQuote() != null) {
      String quote = event.getQuote();
      line.append(" quote=\"").append(quote.length() > 80 ? quote.substring(0, 77) + "..." : quote).append('"');
    }
    return line.append(" mentions=").append(event.getMentionCount())
        .append(" sources=").append(event.getSourceCount()).toString();
  }
}
