package dev.readout.extract.engine.place;

import dev.readout.extract.engine.gazetteer.Phrase;
import dev.readout.extract.engine.gazetteer.PhraseIndex;
import dev.readout.extract.engine.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Seats of government and state venues that news names without their city ("at the Kremlin", "at
 * the National Palace"), from the built-in {@code venues.tsv}. A name several states use ("State
 * House", "National Palace") is resolved by the countries of the event's own actors, else not at all.
 */
final class Venues {

  /** One venue of one state. */
  record Venue(String name, String city, String iso3) {}

  private static final String TABLE = "/dev/readout/extract/place/venues.tsv";

  private final PhraseIndex index = new PhraseIndex();

  private Venues() {}

  /** The built-in table. */
  static Venues builtIn() {
    Venues v = new Venues();
    InputStream in = Venues.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException("built-in venue table " + TABLE + " is missing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false; // venue, aliases, city, iso3
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < 4 || cells[0].isBlank() || cells[2].isBlank() || cells[3].isBlank()) {
          throw new IllegalStateException(TABLE + ":" + number + ": expected venue, aliases, city, iso3");
        }
        Venue venue = new Venue(cells[0].strip(), cells[2].strip(), cells[3].strip());
        v.index.add(venue.name(), false, Phrase.Kind.CITY, venue);
        for (String alias : cells[1].split("\\|")) {
          if (!alias.isBlank()) {
            v.index.add(alias.strip(), false, Phrase.Kind.CITY, venue);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return v;
  }

  /**
   * The venues named from token {@code i} (longest name first), every state's that uses the name;
   * empty when none. {@code length} of the match is {@link #length}.
   */
  List<Venue> at(List<Token> tokens, int i, int limit) {
    List<Venue> out = new ArrayList<>(2);
    for (Phrase p : index.longestAt(tokens, i, limit)) {
      out.add((Venue) p.value());
    }
    return out;
  }

  /** How many tokens the venue name at {@code i} spans, 0 when none. */
  int length(List<Token> tokens, int i, int limit) {
    List<Phrase> found = index.longestAt(tokens, i, limit);
    return found.isEmpty() ? 0 : found.get(0).length();
  }

  /**
   * The one venue of {@code named} that the context settles: the only one, or the only one in a
   * state of {@code countries}; null when the name stays ambiguous.
   */
  static Venue settle(List<Venue> named, Set<String> countries) {
    if (named.size() == 1) {
      return named.get(0);
    }
    Venue found = null;
    for (Venue v : named) {
      if (countries.contains(v.iso3())) {
        if (found != null && !found.city().equals(v.city())) {
          return null;
        }
        found = v;
      }
    }
    return found;
  }
}
