package dev.readout.extract.eval;

/** A gold event's location as annotated: {@code {"name": "Riyadh", "country": "SAU"}}. */
public record GoldPlace(String name, String country) {}
