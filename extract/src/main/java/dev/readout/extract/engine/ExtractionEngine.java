package dev.readout.extract.engine;

import dev.readout.schemas.avro.EventMention;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one article into the meetings, calls and statements it reports. Thread-safe once built;
 * loads its models and gazetteers once. No Kafka here: the CLI, benchmarks and stream share it.
 *
 * <p>SKELETON: the engine work replaces this body; the signatures are the contract.
 */
public final class ExtractionEngine {

  /** Written into every mention's {@code extractor_version}. */
  public static final String VERSION = "0.1.0";

  private ExtractionEngine() {}

  /** The engine with the built-in gazetteers. */
  public static ExtractionEngine createDefault() {
    return new ExtractionEngine();
  }

  /** The engine with the built-in gazetteers extended by the user's own files. */
  public static ExtractionEngine create(List<Path> userGazetteers) {
    return new ExtractionEngine();
  }

  /** The mentions of one article; empty (never an error) for text with no events or not English. */
  public List<EventMention> extract(ArticleInput article) {
    return List.of();
  }
}
