package dev.readout.sink.query;

import dev.readout.schemas.avro.Event;
import java.util.List;

/**
 * One page of events.
 *
 * @param total how many events match the query in all
 * @param events the page, newest first
 */
public record EventPage(long total, List<Event> events) {}
