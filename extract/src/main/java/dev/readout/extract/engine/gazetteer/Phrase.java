package dev.readout.extract.engine.gazetteer;

/**
 * A name the gazetteer recognizes, as token keys.
 *
 * @param keys the phrase's token keys (lower case when {@code foldCase})
 * @param foldCase whether it matches in any case (titles) or only as written (names)
 * @param kind what it names
 * @param value the entry: a {@link Country}, {@link City}, {@link Organization}, {@link Title} or
 *     {@link Person}
 */
public record Phrase(String[] keys, boolean foldCase, Kind kind, Object value) {

  /** What a phrase names. */
  public enum Kind {
    COUNTRY,
    DEMONYM,
    CITY,
    ORGANIZATION,
    TITLE,
    PERSON
  }

  /** The number of tokens. */
  public int length() {
    return keys.length;
  }
}
