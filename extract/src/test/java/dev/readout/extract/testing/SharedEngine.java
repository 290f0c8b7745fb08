package dev.readout.extract.testing;

import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.engine.ArticleInput;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;

/**
 * One default engine for all engine tests in a JVM (loading its models and gazetteers is the
 * slow part, and the engine is thread-safe and stateless between articles), and the small
 * look-ups those tests share.
 */
public final class SharedEngine {

  private SharedEngine() {}

  private static final class Holder {
    static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();
  }

  /** The default engine, created on first use. */
  public static ExtractionEngine engine() {
    return Holder.ENGINE;
  }

  /** The mentions of one test article published at {@code published}. */
  public static List<EventMention> extract(String text, Instant published) {
    return engine().extract(new ArticleInput("t-1", text, published, "Test Wire", null));
  }

  /** The mentions of one type. */
  public static List<EventMention> ofType(List<EventMention> ms, EventType type) {
    return ms.stream().filter(m -> m.getType() == type).toList();
  }

  /** The first statement whose speaker's name contains {@code speaker}; fails the test when there is none. */
  public static EventMention statementBy(List<EventMention> ms, String speaker) {
    return ofType(ms, EventType.STATEMENT).stream()
        .filter(m -> m.getSpeaker().getName().contains(speaker)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement by " + speaker + " in " + ms));
  }

  /** The actors' names, in order. */
  public static List<String> names(List<Actor> actors) {
    return actors.stream().map(Actor::getName).toList();
  }
}
