package dev.readout.extract.engine.gazetteer;

import java.util.List;

/**
 * An organization: {@code organizations.tsv}.
 *
 * @param iso3 the state it belongs to; null for international organizations
 */
public record Organization(String name, List<String> aliases, String iso3, Kind kind) {

  /** What kind of body it is. */
  public enum Kind {
    INTERNATIONAL,
    GOVERNMENT,
    GROUP
  }
}
