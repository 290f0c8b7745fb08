package dev.readout.extract.eval;

import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * One annotated event of a gold file (EVENTS.md "Gold files"). MEETING and CALL carry
 * {@code participants}; STATEMENT carries {@code speaker} and {@code quoteStart}.
 */
public record GoldEvent(
    EventType type,
    String mode,
    EventStatus status,
    LocalDate date,
    DatePrecision datePrecision,
    GoldPlace location,
    List<String> participants,
    List<String> countries,
    String speaker,
    String speakerCountry,
    String quoteStart,
    String cluster,
    String evidence,
    boolean optional) {

  public GoldEvent {
    participants = participants == null ? List.of() : List.copyOf(participants);
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  /** Who, for reports: {@code Donald Trump, Vladimir Putin} or {@code Kremlin: "We welcome"}. */
  public String describe() {
    return type == EventType.STATEMENT
        ? speaker + ": \"" + quoteStart + "\""
        : String.join(", ", participants);
  }
}
