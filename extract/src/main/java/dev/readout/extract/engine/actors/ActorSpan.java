package dev.readout.extract.engine.actors;

import java.util.List;

/**
 * Where an actor is mentioned: a token range of a sentence and the entities it refers to (one,
 * or several for "the two leaders").
 *
 * @param from index of the first token
 * @param to index after the last token
 * @param entities the entities referred to; empty when a reference could not be resolved
 * @param form how it is mentioned
 * @param quoted whether the mention lies inside a quotation
 */
public record ActorSpan(int from, int to, List<Entity> entities, Form form, boolean quoted) {

  /** How an actor is mentioned. */
  public enum Form {
    /** A name, possibly with title: "Kenyan Foreign Minister Musalia Mudavadi", "Wong". */
    NAME,
    /** A personal pronoun: "he", "she". */
    PRONOUN,
    /** A role standing for a person named earlier: "the secretary". */
    TITLE,
    /** A plural reference: "they", "the two leaders", "both sides". */
    PLURAL,
    /** An organization, country, capital or group. */
    BODY
  }

  /** The single entity referred to, or null. */
  public Entity entity() {
    return entities.size() == 1 ? entities.get(0) : null;
  }

  /** True when it refers to at least one entity. */
  public boolean resolved() {
    return !entities.isEmpty();
  }
}
