package dev.readout.extract.engine.gazetteer;

import java.util.List;

/** A known political figure: {@code people.tsv}. */
public record Person(String name, String iso3, String title, List<String> aliases) {}
