package dev.readout.extract.stream;

import dev.readout.extract.stream.FusionOutput.EventChange;
import dev.readout.extract.stream.FusionOutput.MentionAssigned;
import dev.readout.runtime.Activity;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Fuses each incoming mention with what it already knows: stores the mention, indexes it under
 * its blocking keys, gathers its connected component through the index and {@code sameEvent},
 * fuses the component, then emits upserts for the component's events, tombstones for the event
 * ids the component had before and no longer has, and the mentions whose event changed.
 *
 * <p>Since components only grow and fusion is per component, the events emitted last for each
 * component are what offline fusion of all mentions gives, whatever the arrival order.
 */
final class LiveFusionProcessor implements Processor<String, EventMention, String, FusionOutput> {

  // Blocking keys are built from types and actor ids, which never hold a NUL.
  private static final char INDEX_SEPARATOR = '\u0000';
  private static final StringSerializer KEY_SERIALIZER = new StringSerializer();

  private final MentionFusion fusion;
  private final Activity activity = Activity.of(ExtractService.SERVICE);
  private ProcessorContext<String, FusionOutput> context;
  private KeyValueStore<String, EventMention> mentions;
  private KeyValueStore<String, String> index;
  private KeyValueStore<String, String> assignments;

  LiveFusionProcessor(MentionFusion fusion) {
    this.fusion = fusion;
  }

  @Override
  public void init(ProcessorContext<String, FusionOutput> context) {
    this.context = context;
    this.mentions = context.getStateStore(ExtractTopology.MENTION_STORE);
    this.index = context.getStateStore(ExtractTopology.BLOCKING_INDEX_STORE);
    this.assignments = context.getStateStore(ExtractTopology.ASSIGNMENT_STORE);
  }

  @Override
  public void process(Record<String, EventMention> record) {
    EventMention mention = record.value();
    if (mention == null) {
      return;
    }
    EventMention previous = mentions.get(mention.getId());
    if (mention.equals(previous)) {
      return; // a redelivered or replayed mention changes nothing
    }
    Map<String, EventMention> affected = new LinkedHashMap<>();
    if (previous != null) {
      // Re-extracted with other content: its old component may split, so refuse it as well.
      affected.putAll(componentOf(previous));
      unindex(previous, fusion.blockingKeys(mention));
    }
    mentions.put(mention.getId(), mention);
    indexMention(mention);
    affected.putAll(componentOf(mention));
    emit(record, mention, affected);
  }

  private void emit(Record<String, EventMention> record, EventMention incoming, Map<String, EventMention> affected) {
    Map<String, EventType> before = new LinkedHashMap<>();
    for (EventMention member : affected.values()) {
      String eventId = assignments.get(member.getId());
      if (eventId != null) {
        before.putIfAbsent(eventId, member.getType());
      }
    }
    List<Event> events = fusion.fuse(affected.values());
    Set<String> after = new HashSet<>();
    for (Event event : events) {
      after.add(event.getId());
      forward(record, event.getId(), new EventChange(event.getType(), event));
      activity.count("events upserted");
      for (String mentionId : event.getMentionIds()) {
        String was = assignments.get(mentionId);
        if (!event.getId().equals(was) || mentionId.equals(incoming.getId())) {
          assignments.put(mentionId, event.getId());
          EventMention member = Objects.requireNonNull(
              affected.get(mentionId), () -> "fused event " + event.getId() + " names unknown mention " + mentionId);
          EventMention stamped = EventMention.newBuilder(member).setEventId(event.getId()).build();
          forward(record, mentionId, new MentionAssigned(stamped));
        }
      }
    }
    before.forEach((eventId, type) -> {
      if (!after.contains(eventId)) {
        forward(record, eventId, new EventChange(type, null));
        activity.count("events merged away");
      }
    });
  }

  private void forward(Record<String, EventMention> cause, String key, FusionOutput output) {
    context.forward(new Record<>(key, output, cause.timestamp()));
  }

  /** Breadth-first search over index neighbours that {@code sameEvent} confirms. */
  private Map<String, EventMention> componentOf(EventMention start) {
    Map<String, EventMention> component = new LinkedHashMap<>();
    component.put(start.getId(), start);
    Deque<EventMention> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      EventMention current = queue.poll();
      for (String key : fusion.blockingKeys(current)) {
        for (String id : indexed(key)) {
          if (component.containsKey(id)) {
            continue;
          }
          EventMention candidate = mentions.get(id);
          if (candidate != null && fusion.sameEvent(current, candidate)) {
            component.put(id, candidate);
            queue.add(candidate);
          }
        }
      }
    }
    return component;
  }

  /** The ids of the mentions indexed under {@code key}. */
  private List<String> indexed(String key) {
    List<String> ids = new ArrayList<>();
    try (KeyValueIterator<String, String> entries = index.prefixScan(indexPrefix(key), KEY_SERIALIZER)) {
      entries.forEachRemaining(entry -> ids.add(entry.value));
    }
    return ids;
  }

  private void indexMention(EventMention mention) {
    for (String key : fusion.blockingKeys(mention)) {
      index.put(indexPrefix(key) + mention.getId(), mention.getId());
    }
  }

  private void unindex(EventMention stale, Set<String> keysToKeep) {
    for (String key : fusion.blockingKeys(stale)) {
      if (!keysToKeep.contains(key)) {
        index.delete(indexPrefix(key) + stale.getId());
      }
    }
  }

  /**
   * One index entry per (blocking key, mention id), found by prefix scan: adding a mention to a
   * busy key writes one small record instead of rewriting a growing list (and its changelog).
   */
  private static String indexPrefix(String blockingKey) {
    return blockingKey + INDEX_SEPARATOR;
  }
}
