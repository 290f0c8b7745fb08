package dev.readout.extract.engine.gazetteer;

import dev.readout.extract.engine.text.WordSet;
import java.util.Set;

/** How news outlets are named, for rules that must not read an outlet as a place or a party. */
public final class OutletNames {

  /** Last words of an outlet's name ("the Daily Herald", "the Morning Post", "Radio Caracas", "Sky News"). */
  public static final Set<String> HEADS = WordSet.of("independent", "post", "times", "herald", "tribune",
      "journal", "gazette", "daily", "telegraph", "observer", "chronicle", "radio", "television", "tv",
      "broadcasting", "news", "review", "standard", "guardian", "star", "nation", "network", "channel");

  private OutletNames() {}
}
