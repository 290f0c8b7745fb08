package dev.readout.extract.engine.events;

import dev.readout.schemas.avro.EventType;

/**
 * A word or phrase that signals a meeting or a call.
 *
 * @param type MEETING or CALL
 * @param mode the mode it implies
 * @param from first token index
 * @param to index after its last token
 */
record Trigger(EventType type, String mode, int from, int to) {}
