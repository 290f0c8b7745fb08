package dev.readout.extract.engine.gazetteer;

import dev.readout.extract.engine.text.Diacritics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names the engine knows: countries, cities, organizations, titles and people, loaded once
 * from the built-in TSV files and any files the user adds (recognized by their header).
 */
public final class Gazetteer {

  private static final String BUILT_IN = "/dev/readout/extract/gazetteer/";
  private static final List<String> FILES =
      List.of("countries.tsv", "cities.tsv", "organizations.tsv", "titles.tsv", "people.tsv");

  private final PhraseIndex index = new PhraseIndex();
  private final Map<String, Country> countries = new HashMap<>();
  private final Map<String, List<Person>> peopleBySurname = new HashMap<>();
  private final Map<String, Title> titlesByKey = new HashMap<>();
  /** People by each word of their names and aliases (folded): "abdullah" → Abdullah II, Hussein bin Abdullah. */
  private final Map<String, List<Person>> peopleByWord = new HashMap<>();

  private Gazetteer() {}

  /** The built-in gazetteers. */
  public static Gazetteer builtIn() {
    return load(List.of());
  }

  /** The built-in gazetteers extended by the user's files; fails with the file and line of a bad row. */
  public static Gazetteer load(List<Path> userFiles) {
    Gazetteer g = new Gazetteer();
    for (String name : FILES) {
      InputStream in = Gazetteer.class.getResourceAsStream(BUILT_IN + name);
      if (in == null) {
        continue;
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        g.add(TsvTable.read("built-in " + name, r));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path p : userFiles) {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        g.add(TsvTable.read(p.toString(), r));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer " + p + ": " + e.getMessage(), e);
      }
    }
    return g;
  }

  /** Finds phrases in token sequences. */
  public PhraseIndex index() {
    return index;
  }

  /** The country with this ISO-3 code, or null. */
  public Country country(String iso3) {
    return iso3 == null ? null : countries.get(iso3);
  }

  /** The only known person with this surname (last name token), or null when none or several. */
  public Person personBySurname(String surname) {
    List<Person> list = peopleBySurname.get(Diacritics.fold(surname));
    return list != null && list.size() == 1 ? list.get(0) : null;
  }

  /**
   * The one known person who holds this title ({@code title}'s canonical name, the gazetteer's best-known role) and
   * has this word in a name ("King" and "Abdullah": Abdullah II, not the crown prince Hussein bin Abdullah), of this
   * state when {@code iso3} is not null; null when none or several.
   */
  public Person holderByNameWord(Title title, String word, String iso3) {
    List<Person> list = peopleByWord.get(Diacritics.fold(word).toLowerCase(Locale.ROOT));
    if (list == null || title == null) {
      return null;
    }
    Person found = null;
    for (Person p : list) {
      Title held = title(p.title());
      if (held == null || !held.title().equals(title.title()) || iso3 != null && !iso3.equals(p.iso3())) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = p;
    }
    return found;
  }

  /** The title with this name or alias (any case), or null. */
  public Title title(String text) {
    return titlesByKey.get(text.toLowerCase(Locale.ROOT));
  }

  private void add(TsvTable t) {
    if (t.hasColumns("iso3", "name", "demonyms", "capital")) {
      addCountries(t);
    } else if (t.hasColumns("name", "iso3", "title")) {
      addPeople(t);
    } else if (t.hasColumns("name", "aliases", "iso3", "kind")) {
      addOrganizations(t);
    } else if (t.hasColumns("title", "aliases", "kind")) {
      addTitles(t);
    } else if (t.hasColumns("name", "iso3")) {
      addCities(t);
    } else {
      throw new IllegalArgumentException("unrecognized gazetteer header (" + t.header()
          + "); expected the columns of countries, cities, organizations, titles or people");
    }
  }

  private void addCountries(TsvTable t) {
    for (int r = 0; r < t.size(); r++) {
      String iso3 = t.cell(r, "iso3", true).toUpperCase(Locale.ROOT);
      Country c = new Country(iso3, t.cell(r, "name", true), t.list(r, "aliases"), t.list(r, "demonyms"),
          t.cell(r, "capital", false));
      countries.put(iso3, c);
      index.add(c.name(), false, Phrase.Kind.COUNTRY, c);
      for (String a : c.aliases()) {
        index.add(a, false, Phrase.Kind.COUNTRY, c);
      }
      for (String d : c.demonyms()) {
        index.add(d, false, Phrase.Kind.DEMONYM, c);
      }
      if (!c.capital().isEmpty()) {
        index.add(c.capital(), false, Phrase.Kind.CITY, new City(c.capital(), iso3, List.of()));
      }
    }
  }

  private void addCities(TsvTable t) {
    for (int r = 0; r < t.size(); r++) {
      City c = new City(t.cell(r, "name", true), t.cell(r, "iso3", false).toUpperCase(Locale.ROOT),
          t.list(r, "aliases"));
      index.add(c.name(), false, Phrase.Kind.CITY, c);
      for (String a : c.aliases()) {
        index.add(a, false, Phrase.Kind.CITY, c);
      }
    }
  }

  private void addOrganizations(TsvTable t) {
    for (int r = 0; r < t.size(); r++) {
      String iso3 = t.cell(r, "iso3", false).toUpperCase(Locale.ROOT);
      Organization o = new Organization(t.cell(r, "name", true), t.list(r, "aliases"),
          iso3.isEmpty() ? null : iso3, t.kind(r, "kind", Organization.Kind.class));
      index.add(o.name(), false, Phrase.Kind.ORGANIZATION, o);
      for (String a : o.aliases()) {
        index.add(a, false, Phrase.Kind.ORGANIZATION, o);
      }
    }
  }

  private void addTitles(TsvTable t) {
    for (int r = 0; r < t.size(); r++) {
      Title title = new Title(t.cell(r, "title", true), t.list(r, "aliases"), t.kind(r, "kind", Title.Kind.class));
      index.add(title.title(), true, Phrase.Kind.TITLE, title);
      titlesByKey.put(title.title().toLowerCase(Locale.ROOT), title);
      for (String a : title.aliases()) {
        index.add(a, true, Phrase.Kind.TITLE, title);
        titlesByKey.put(a.toLowerCase(Locale.ROOT), title);
      }
    }
  }

  private void addPeople(TsvTable t) {
    for (int r = 0; r < t.size(); r++) {
      String iso3 = t.cell(r, "iso3", false).toUpperCase(Locale.ROOT);
      Person p = new Person(t.cell(r, "name", true), iso3.isEmpty() ? null : iso3, t.cell(r, "title", false),
          t.list(r, "aliases"));
      index.add(p.name(), false, Phrase.Kind.PERSON, p);
      surname(p.name(), p);
      words(p.name(), p);
      for (String a : p.aliases()) {
        words(a, p);
        // "President Xi" is a title and a name: left to the title rule, so "President Xi Jinping" stays whole.
        if (!startsWithTitle(a)) {
          index.add(a, false, Phrase.Kind.PERSON, p);
        }
        surname(a, p);
      }
    }
  }

  private boolean startsWithTitle(String alias) {
    String[] words = alias.split("\\s+");
    return words.length > 1 && titlesByKey.containsKey(words[0].toLowerCase(Locale.ROOT));
  }

  private void words(String name, Person p) {
    for (String w : name.split("\\s+")) {
      List<Person> list = peopleByWord.computeIfAbsent(Diacritics.fold(w).toLowerCase(Locale.ROOT),
          k -> new ArrayList<>());
      if (!list.contains(p)) {
        list.add(p);
      }
    }
  }

  private void surname(String name, Person p) {
    String[] parts = name.split("\\s+");
    if (parts.length < 2) {
      return;
    }
    List<Person> list = peopleBySurname.computeIfAbsent(Diacritics.fold(parts[parts.length - 1]), k -> new ArrayList<>());
    if (!list.contains(p)) {
      list.add(p);
    }
  }

  /** Counts of what was loaded, for diagnostics. */
  @Override
  public String toString() {
    return "Gazetteer[countries=" + countries.size() + ", titles=" + titlesByKey.size() + "]";
  }
}
