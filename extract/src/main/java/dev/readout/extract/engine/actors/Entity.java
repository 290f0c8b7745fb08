package dev.readout.extract.engine.actors;

import dev.readout.extract.engine.gazetteer.Slugs;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;

/**
 * An actor as the engine knows it within one article: canonical name, kind, title and state.
 *
 * @param name canonical English name
 * @param kind person, organization, country or group
 * @param title the role given in the text or known, or null
 * @param country ISO-3 code of the state it acts for, or null
 * @param known whether it comes from a gazetteer (rather than only from the text's shape)
 * @param political whether it can be a speaker (false for analysts, journalists, outlets)
 */
public record Entity(String name, ActorKind kind, String title, String country, boolean known, boolean political) {

  /** Stable id: {@code person:sergey-lavrov}, {@code country:rus}, {@code org:nato}. */
  public String id() {
    return switch (kind) {
      case PERSON -> "person:" + Slugs.slug(name);
      case COUNTRY -> "country:" + (country == null ? Slugs.slug(name) : country.toLowerCase(java.util.Locale.ROOT));
      case ORGANIZATION -> "org:" + Slugs.slug(name);
      case GROUP -> "group:" + Slugs.slug(name);
    };
  }

  /** This entity with a title, when it had none. */
  public Entity withTitle(String t) {
    return title != null || t == null ? this : new Entity(name, kind, t, country, known, political);
  }

  /** This entity with a country, when it had none. */
  public Entity withCountry(String c) {
    return country != null || c == null ? this : new Entity(name, kind, title, c, known, political);
  }

  /** The last word of the name, for matching later surname-only mentions. */
  public String surname() {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1];
  }

  /** The Avro actor with this surface form. */
  public Actor toActor(String mention) {
    return Actor.newBuilder().setId(id()).setName(name).setKind(kind).setTitle(title).setCountry(country)
        .setMention(mention).build();
  }
}
