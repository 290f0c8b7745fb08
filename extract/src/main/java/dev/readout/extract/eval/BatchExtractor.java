package dev.readout.extract.eval;

import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.fusion.EventIds;
import dev.readout.extract.fusion.Fuser;
import dev.readout.schemas.avro.EventMention;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the engine over a batch of articles and fuses the mentions across all of them, as the
 * {@code extract} and {@code eval} commands do: the result's mentions carry their
 * {@code event_id}, in article order, then in the engine's order.
 */
public final class BatchExtractor {

  /** Progress of a batch: the article just done, its position (1-based) and the total. */
  public record Progress(LoadedArticle article, int done, int total, int mentions) {}

  private final ExtractionEngine engine;
  private final Fuser fuser;

  public BatchExtractor(ExtractionEngine engine, Fuser fuser) {
    this.engine = engine;
    this.fuser = fuser;
  }

  public List<EventMention> run(List<LoadedArticle> articles, Consumer<Progress> progress) {
    List<EventMention> mentions = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      LoadedArticle article = articles.get(i);
      List<EventMention> found = engine.extract(article.input());
      mentions.addAll(found);
      progress.accept(new Progress(article, i + 1, articles.size(), found.size()));
    }
    return EventIds.stamp(mentions, fuser.fuse(mentions));
  }
}
