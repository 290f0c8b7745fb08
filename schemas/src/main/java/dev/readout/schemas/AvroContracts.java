package dev.readout.schemas;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.serde.TrustedClasses;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Readout's top-level Avro contracts, and the one switch that lets Avro 1.12 instantiate their
 * generated classes.
 *
 * <p>Avro 1.12 refuses to instantiate classes its security validator does not trust, and it
 * does so not only when decoding but also when a builder fills a default (an enum or nested
 * record) or copies a record. The deserializer trusts its reader classes, but code that only
 * builds records (the engine, the fuser, the CLI) may run in a JVM where no deserializer was ever
 * created: those entry points call {@link #trust()} first.
 */
public final class AvroContracts {

  /** The released top-level records; their nested types come along. */
  public static final List<Schema> TOP_LEVEL =
      List.of(Article.getClassSchema(), EventMention.getClassSchema(), Event.getClassSchema());

  private AvroContracts() {}

  /** Trusts the generated classes of every Readout contract; idempotent and cheap. */
  public static void trust() {
    TOP_LEVEL.forEach(TrustedClasses::trustNamedTypesOf);
  }
}
