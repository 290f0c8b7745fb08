package dev.readout.extract.stream;

import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;

/** What live fusion emits for one incoming mention; the topology routes each kind to its topic. */
sealed interface FusionOutput {

  /** An upsert of an event on its type's topic, or a tombstone when {@code event} is null. */
  record EventChange(EventType type, Event event) implements FusionOutput {}

  /** A mention stamped with the id of the event it now belongs to. */
  record MentionAssigned(EventMention mention) implements FusionOutput {}
}
