package dev.readout.extract.engine.actors;

/**
 * A run of tokens the recognizer treats as one unit before composing actors.
 *
 * @param kind what the run is
 * @param from first token index
 * @param to index after the last token
 * @param value the gazetteer entry for gazetteer kinds, else null
 */
record Chunk(Kind kind, int from, int to, Object value) {

  enum Kind {
    PERSON,
    NAME,
    TITLE,
    COUNTRY,
    DEMONYM,
    CITY,
    ORG,
    THING,
    WORD
  }
}
