package dev.readout.extract.engine.time;

import dev.readout.schemas.avro.DatePrecision;
import java.time.LocalDate;

/**
 * A date expression found in the text and resolved against the publication date.
 *
 * @param date the first day of the span it names
 * @param precision DAY, WEEK or MONTH
 * @param text the words as written
 * @param from first token index
 * @param to index after its last token
 */
public record DateMention(LocalDate date, DatePrecision precision, String text, int from, int to) {}
