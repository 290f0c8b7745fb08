package dev.readout.extract.engine.gazetteer;

import java.util.List;

/** A state or territory: {@code countries.tsv}. */
public record Country(String iso3, String name, List<String> aliases, List<String> demonyms, String capital) {}
