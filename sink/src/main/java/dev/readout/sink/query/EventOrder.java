package dev.readout.sink.query;

import dev.readout.schemas.avro.Event;
import java.time.Instant;
import java.util.Comparator;

/** Newest first: the most recently reported event leads; ties broken by id so pages are stable. */
public final class EventOrder {

  public static final Comparator<Event> NEWEST_FIRST =
      Comparator.comparing((Event e) -> e.getLastReportedAt(), Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
          .thenComparing(Event::getId);

  private EventOrder() {}
}
