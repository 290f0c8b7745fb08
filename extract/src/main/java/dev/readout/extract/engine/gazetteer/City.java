package dev.readout.extract.engine.gazetteer;

import java.util.List;

/** A capital, major city or diplomatic venue: {@code cities.tsv}. */
public record City(String name, String iso3, List<String> aliases) {}
