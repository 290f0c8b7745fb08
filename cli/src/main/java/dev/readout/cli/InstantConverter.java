package dev.readout.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code 2025-02-15T23:00:00Z}, {@code 2025-02-15T23:00:00+01:00} or {@code 2025-02-15} (midnight UTC). */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not an ISO-8601 time such as 2025-02-15T23:00:00Z or a date such as 2025-02-15");
      }
    }
  }
}
