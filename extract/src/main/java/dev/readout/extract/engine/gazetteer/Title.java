package dev.readout.extract.engine.gazetteer;

import java.util.List;

/** A political role: {@code titles.tsv}. */
public record Title(String title, List<String> aliases, Kind kind) {

  /** The family of the role. */
  public enum Kind {
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    MINISTER,
    DIPLOMAT,
    OFFICIAL,
    SPOKESPERSON,
    LEGISLATOR,
    MILITARY,
    ROYAL
  }
}
