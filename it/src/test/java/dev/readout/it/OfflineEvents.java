package dev.readout.it;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.fusion.Fuser;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The truth the pipeline's output is checked against: the engine run offline over the same
 * articles and {@code Fuser.fuse} over their mentions, as compacted tables (event id to event).
 * Near duplicates ({@code duplicate_of} set) are extracted but not fused, as the service does.
 */
final class OfflineEvents {

  final List<EventMention> mentions = new ArrayList<>();
  final Map<EventType, Map<String, Event>> events = new EnumMap<>(EventType.class);

  OfflineEvents(ExtractionEngine engine, Collection<Article> articles) {
    List<EventMention> fused = new ArrayList<>();
    for (Article a : articles) {
      List<EventMention> found = engine.extract(new ArticleInput(a.getId(), a.getText(), a.getPublishedAt(), a.getSource(), a.getUrl()));
      mentions.addAll(found);
      if (a.getDuplicateOf() == null) {
        fused.addAll(found);
      }
    }
    for (EventType type : EventType.values()) {
      events.put(type, new HashMap<>());
    }
    new Fuser().fuse(fused).forEach(e -> events.get(e.getType()).put(e.getId(), e));
  }

  int eventCount() {
    return events.values().stream().mapToInt(Map::size).sum();
  }
}
