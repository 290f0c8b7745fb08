package dev.readout.extract.eval;

import java.time.Instant;
import java.util.List;

/** An article's gold file: its metadata and its annotated events. */
public record GoldArticle(String id, String source, String url, Instant publishedAt, List<GoldEvent> events) {

  public GoldArticle {
    events = List.copyOf(events);
  }
}
