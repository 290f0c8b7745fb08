package dev.readout.extract.stream;

import dev.readout.extract.stream.FusionOutput.EventChange;
import dev.readout.extract.stream.FusionOutput.MentionAssigned;
import dev.readout.runtime.Activity;
import dev.readout.runtime.StoreEntries;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuses each incoming mention with what it already knows. The events it keeps are the connected
 * components of {@code sameEvent} over the mentions seen so far, each with its member list. A new
 * mention is compared only with the mentions that share a blocking key with it; the events of
 * those that match, and the new mention, become one event (a component joined to a new member is
 * still a component, and nothing outside the matched events can join it). So the work per mention
 * is its candidates plus one merge of the event it lands in (none for a large event, merged on
 * the tick), not a search of the whole component.
 *
 * <p>Emits the upsert of that event (for an event of more than {@link #EAGER_UPSERT_MAX_MENTIONS}
 * mentions, at the next {@link #LARGE_EVENT_UPSERT_INTERVAL} tick instead), a tombstone for each
 * event it absorbed, and each mention whose event id changed. A re-extracted mention with new
 * content is first taken out of its old event, which is fused again and may split. Since components only grow, and otherwise split only
 * as offline fusion would, the events emitted last are what offline fusion of all mentions gives,
 * whatever the arrival order.
 */
final class LiveFusionProcessor implements Processor<String, EventMention, String, FusionOutput> {

  /**
   * Events with more mentions than this are upserted at most once per {@link
   * #LARGE_EVENT_UPSERT_INTERVAL} rather than at every new mention: an upsert carries all of an
   * event's mention and article ids, so a story reported a thousand times would otherwise rewrite
   * a growing record a thousand times (quadratic output). Smaller events go out at once.
   */
  static final int EAGER_UPSERT_MAX_MENTIONS = 20;
  static final Duration LARGE_EVENT_UPSERT_INTERVAL = Duration.ofMillis(250);

  // Blocking keys (types and actor ids) and event ids never hold a NUL.
  private static final char SEPARATOR = '\u0000';
  private static final StringSerializer KEY_SERIALIZER = new StringSerializer();
  /** Key of the mentions this task has processed, in the logged progress store. */
  static final String PROGRESS_KEY = "mentions-processed";

  /**
   * Key, in the index store, of the number of processed mentions the stores not logged are current
   * with. Equal to the logged count, they are; otherwise (wiped after a crash, left behind by an
   * earlier owner of the task, never built) they are rebuilt. Blocking keys are never empty, so no
   * prefix scan reaches it. Its name carries the layout of the member entries (v2: keyed by member
   * key), so stores written by an earlier version are rebuilt, not misread.
   */
  static final String DERIVED_MARKER = "\u0000mentions-processed-v2";
  private static final Logger LOG = LoggerFactory.getLogger(LiveFusionProcessor.class);

  private final MentionFusion fusion;
  private final FusionCache<EventMention> cache;
  private final Activity activity = Activity.of(ExtractService.SERVICE);
  private ProcessorContext<String, FusionOutput> context;
  private KeyValueStore<String, EventMention> mentions;
  private KeyValueStore<String, String> index;
  private KeyValueStore<String, String> assignments;
  private KeyValueStore<String, String> members;
  private KeyValueStore<String, String> pendingUpserts;
  private KeyValueStore<String, Long> progress;
  private long processed;
  private final FusionCache<EventMembers> membersCache;
  /** Mention ids by blocking key, sorted: a prefix scan of RocksDB per key was a tenth of fusion's cost. */
  private final FusionCache<List<String>> indexCache;

  LiveFusionProcessor(MentionFusion fusion, int cacheCapacity) {
    this.fusion = fusion;
    this.cache = new FusionCache<>(cacheCapacity);
    this.membersCache = new FusionCache<>(cacheCapacity);
    this.indexCache = new FusionCache<>(cacheCapacity);
  }

  @Override
  public void init(ProcessorContext<String, FusionOutput> context) {
    this.context = context;
    this.mentions = context.getStateStore(ExtractTopology.MENTION_STORE);
    this.index = context.getStateStore(ExtractTopology.BLOCKING_INDEX_STORE);
    this.assignments = context.getStateStore(ExtractTopology.ASSIGNMENT_STORE);
    this.members = context.getStateStore(ExtractTopology.EVENT_MEMBERS_STORE);
    this.pendingUpserts = context.getStateStore(ExtractTopology.PENDING_UPSERTS_STORE);
    this.progress = context.getStateStore(ExtractTopology.PROGRESS_STORE);
    context.schedule(LARGE_EVENT_UPSERT_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::upsertPending);
    // A task re-initialized after a failure has its stores restored to the last commit.
    cache.clear();
    membersCache.clear();
    indexCache.clear();
    Long done = progress.get(PROGRESS_KEY);
    processed = done == null ? 0 : done;
    if (!Long.toString(processed).equals(index.get(DERIVED_MARKER))) {
      rebuildDerivedStores();
      index.put(DERIVED_MARKER, Long.toString(processed));
    }
  }

  /**
   * Rebuilds the stores that are not logged because they follow from logged ones, restored to the
   * last commit by now: the blocking-key index and each event's member entries, from the mention
   * store and the mention-to-event assignments. Logging them cost about four and two changelog
   * records per mention, and two more changelog topics in every transaction. Whatever an earlier
   * owner of this task left in them locally may be behind the logged stores, so they are cleared
   * first. Called only when they are not current ({@link #DERIVED_MARKER}): after a clean
   * shutdown they are, and a restart does not pay for a rebuild that grows with the state.
   */
  private void rebuildDerivedStores() {
    long started = System.nanoTime();
    StoreEntries.deleteAll(index);
    StoreEntries.deleteAll(members);
    long indexed = 0;
    try (KeyValueIterator<String, EventMention> stored = mentions.all()) {
      while (stored.hasNext()) {
        EventMention mention = stored.next().value;
        if (mention != null) {
          addToIndex(mention);
          String eventId = assignments.get(mention.getId());
          if (eventId != null) {
            members.put(memberEntry(eventId, mention), mention.getId());
          }
          indexed++;
        }
      }
    }
    if (indexed > 0) {
      LOG.info("{}: blocking index and event members rebuilt from {} stored mentions in {} ms",
          context.taskId(), indexed, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private void addToIndex(EventMention mention) {
    for (String key : fusion.blockingKeys(mention)) {
      index.put(prefix(key) + mention.getId(), mention.getId());
      List<String> cached = indexCache.get(key);
      if (cached != null) {
        int at = Collections.binarySearch(cached, mention.getId());
        if (at < 0) {
          cached.add(-at - 1, mention.getId());
        }
      }
    }
  }

  @Override
  public void close() {
    cache.clear();
    membersCache.clear();
    indexCache.clear();
  }

  @Override
  public void process(Record<String, EventMention> record) {
    EventMention mention = record.value();
    if (mention == null) {
      return;
    }
    EventMention previous = load(mention.getId());
    if (mention.equals(previous)) {
      return; // a redelivered or replayed mention changes nothing
    }
    Changes changes = new Changes();
    if (previous != null) {
      withdraw(previous, changes);
    }
    mentions.put(mention.getId(), mention);
    cache.put(mention.getId(), mention);
    addToIndex(mention);
    join(mention, changes);
    changes.emit(record);
    processed++;
    progress.put(PROGRESS_KEY, processed);
    index.put(DERIVED_MARKER, Long.toString(processed));
  }

  /**
   * Upserts the large events that changed since the last call, fused from their members as they
   * are now. Which ones are due is kept in a store, so a crash between a change and its upsert
   * loses nothing: the restored store still names them.
   */
  private void upsertPending(long now) {
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> entries = pendingUpserts.all()) {
      entries.forEachRemaining(due::add);
    }
    for (KeyValue<String, String> entry : due) {
      List<EventMention> component = new ArrayList<>();
      for (String memberId : membersOf(entry.key)) {
        EventMention member = load(memberId);
        if (member != null) {
          component.add(member);
        }
      }
      if (!component.isEmpty()) {
        Event event = fusion.merge(component);
        context.forward(new Record<>(event.getId(), new EventChange(event.getType(), event), now));
        activity.count("events upserted");
      }
      pendingUpserts.delete(entry.key);
    }
  }

  /** Adds a stored mention to the events it matches, merging them into one. */
  private void join(EventMention mention, Changes changes) {
    Set<String> matchedEvents = new LinkedHashSet<>();
    Map<String, EventMention> loose = new LinkedHashMap<>();
    loose.put(mention.getId(), mention);
    Set<String> compared = new HashSet<>();
    for (String key : fusion.blockingKeys(mention)) {
      for (String id : indexed(key)) {
        if (id.equals(mention.getId()) || !compared.add(id)) {
          continue;
        }
        if (memberOfAny(matchedEvents, id)) {
          continue; // its event is joined already: another of its members cannot change that
        }
        EventMention candidate = load(id);
        if (candidate != null && fusion.sameEvent(mention, candidate)) {
          String eventId = assignments.get(id);
          if (eventId != null) {
            matchedEvents.add(eventId);
          } else {
            loose.put(id, candidate); // stored without an event (not expected): joins as itself, not lost
          }
        }
      }
    }
    int size = loose.size();
    for (String eventId : matchedEvents) {
      size += membersOf(eventId).size();
    }
    if (size > EAGER_UPSERT_MAX_MENTIONS) {
      joinLarge(mention.getType(), matchedEvents, loose, changes);
      return;
    }
    Map<String, EventMention> component = new LinkedHashMap<>(loose);
    Map<String, String> eventBefore = new LinkedHashMap<>();
    for (String eventId : matchedEvents) {
      for (String memberId : membersOf(eventId)) {
        EventMention member = load(memberId);
        if (member != null) {
          component.put(memberId, member);
          eventBefore.put(memberId, eventId);
        }
      }
    }
    Event event = fusion.merge(component.values());
    changes.upsert(event, component.values());
    for (String eventId : matchedEvents) {
      if (!eventId.equals(event.getId())) {
        changes.remove(eventId, event.getType());
      }
    }
    for (EventMention member : component.values()) {
      if (!event.getId().equals(eventBefore.get(member.getId()))) {
        changes.assign(member, event.getId());
      }
    }
  }

  /**
   * Joins into an event large enough to be upserted on the tick: its id and members follow from
   * the member ids alone, so it is not merged here (merging is O(members) per mention; the tick
   * merges once). Its id follows from its smallest member id, which each cached member list keeps
   * at hand. When that id is one of the matched events' (the common case: a mention joins a large
   * event and its id is not the smallest), that event keeps its stored members and only the
   * mentions joining it are added and stamped: one member entry for one new mention, however
   * large the event. Otherwise every member is stamped with the new id anyway.
   */
  private void joinLarge(EventType type, Set<String> matchedEvents, Map<String, EventMention> loose, Changes changes) {
    String first = null;
    for (EventMention mention : loose.values()) {
      first = smaller(first, fusion.memberKey(mention));
    }
    for (String eventId : matchedEvents) {
      EventMembers ids = membersOf(eventId);
      if (!ids.isEmpty()) {
        first = smaller(first, ids.firstKey());
      }
    }
    String eventId = fusion.eventId(type, first);
    List<EventMention> moved = new ArrayList<>(loose.values());
    for (String absorbed : matchedEvents) {
      if (!absorbed.equals(eventId)) {
        for (String memberId : membersOf(absorbed)) {
          EventMention member = load(memberId);
          if (member != null) {
            moved.add(member);
          }
        }
        changes.remove(absorbed, type);
      }
    }
    if (matchedEvents.contains(eventId)) {
      changes.joinLater(eventId, type, moved);
    } else {
      changes.upsertLater(eventId, type, moved);
    }
    for (EventMention member : moved) {
      changes.assign(member, eventId);
    }
  }

  /** Whether the mention is a member of one of these events (their member lists are cached). */
  private boolean memberOfAny(Set<String> eventIds, String mentionId) {
    for (String eventId : eventIds) {
      if (membersOf(eventId).contains(mentionId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mention with its event id, sharing the other fields with it: Avro's builder deep-copies
   * every field, which cost more than the rest of stamping, and neither copy is ever modified.
   */
  static EventMention stamped(EventMention mention, String eventId) {
    EventMention copy = new EventMention();
    for (int field = 0; field < EventMention.SCHEMA$.getFields().size(); field++) {
      copy.put(field, mention.get(field));
    }
    copy.setEventId(eventId);
    return copy;
  }

  private static String smaller(String current, String key) {
    return current == null || key.compareTo(current) < 0 ? key : current;
  }

  /** Takes a mention about to be replaced out of its event, which is fused again without it. */
  private void withdraw(EventMention stale, Changes changes) {
    for (String key : fusion.blockingKeys(stale)) {
      index.delete(prefix(key) + stale.getId());
      List<String> cached = indexCache.get(key);
      if (cached != null) {
        cached.remove(stale.getId());
      }
    }
    String eventId = assignments.get(stale.getId());
    if (eventId == null) {
      return;
    }
    List<EventMention> rest = new ArrayList<>();
    for (String memberId : membersOf(eventId)) {
      EventMention member = memberId.equals(stale.getId()) ? null : load(memberId);
      if (member != null) {
        rest.add(member);
      }
    }
    changes.remove(eventId, stale.getType());
    assignments.delete(stale.getId());
    for (Event event : rest.isEmpty() ? List.<Event>of() : fusion.fuse(rest)) {
      Set<String> memberIds = new HashSet<>(event.getMentionIds());
      List<EventMention> eventMembers = rest.stream().filter(member -> memberIds.contains(member.getId())).toList();
      changes.upsert(event, eventMembers);
      if (!event.getId().equals(eventId)) {
        for (EventMention member : eventMembers) {
          changes.assign(member, event.getId());
        }
      }
    }
  }

  /** The members of an event; cached, so not to be kept across a change of its members. */
  private EventMembers membersOf(String eventId) {
    EventMembers ids = membersCache.get(eventId);
    if (ids == null) {
      Map<String, String> idByKey = new LinkedHashMap<>();
      try (KeyValueIterator<String, String> entries = members.prefixScan(prefix(eventId), KEY_SERIALIZER)) {
        entries.forEachRemaining(entry -> idByKey.put(entry.key.substring(eventId.length() + 1), entry.value));
      }
      ids = new EventMembers(idByKey);
      membersCache.put(eventId, ids);
    }
    return ids;
  }

  /** The member entry of a mention: event id + NUL + its member key, so a prefix scan lists members in key order. */
  private String memberEntry(String eventId, EventMention mention) {
    return prefix(eventId) + fusion.memberKey(mention);
  }

  /**
   * Writes only the difference to the event's stored members: a mention joining an event of
   * thousands adds one entry, where rewriting a member list would write (and send to the
   * changelog) the whole list each time.
   */
  private void storeMembers(String eventId, Collection<EventMention> now) {
    EventMembers before = membersOf(eventId);
    Map<String, String> idByKey = new LinkedHashMap<>();
    for (EventMention mention : now) {
      idByKey.put(fusion.memberKey(mention), mention.getId());
    }
    List<String> stale = new ArrayList<>();
    for (String id : before) {
      String key = before.keyOf(id);
      if (!id.equals(idByKey.get(key))) {
        stale.add(key);
      }
    }
    for (String key : stale) {
      members.delete(prefix(eventId) + key);
    }
    idByKey.forEach((key, id) -> {
      if (!key.equals(before.keyOf(id))) {
        members.put(prefix(eventId) + key, id);
      }
    });
    membersCache.put(eventId, new EventMembers(idByKey));
  }

  /** Adds members to an event's stored ones: one entry each, the others untouched. */
  private void addMembers(String eventId, Collection<EventMention> joining) {
    EventMembers ids = membersOf(eventId);
    for (EventMention mention : joining) {
      String key = fusion.memberKey(mention);
      String before = ids.keyOf(mention.getId());
      if (before != null && !before.equals(key)) {
        members.delete(prefix(eventId) + before);
      }
      members.put(prefix(eventId) + key, mention.getId());
      ids.add(key, mention.getId());
    }
  }

  private EventMention load(String id) {
    EventMention mention = cache.get(id);
    if (mention == null) {
      mention = mentions.get(id);
      if (mention != null) {
        cache.put(mention.getId(), mention);
      }
    }
    return mention;
  }

  /** The ids of the mentions indexed under {@code key}, in id order; not to be kept across a change of the index. */
  private List<String> indexed(String key) {
    List<String> ids = indexCache.get(key);
    if (ids == null) {
      ids = scan(index, key);
      indexCache.put(key, ids);
    }
    return ids;
  }

  /** The values stored under {@code key} + NUL, in key order. */
  private static List<String> scan(KeyValueStore<String, String> store, String key) {
    List<String> ids = new ArrayList<>();
    try (KeyValueIterator<String, String> entries = store.prefixScan(prefix(key), KEY_SERIALIZER)) {
      entries.forEachRemaining(entry -> ids.add(entry.value));
    }
    return ids;
  }

  /**
   * One entry per (blocking key or event id, mention id), found by prefix scan: adding a mention
   * to a busy key writes one small record instead of rewriting a growing list (and its changelog).
   */
  private static String prefix(String key) {
    return key + SEPARATOR;
  }

  /**
   * What one incoming mention changes. The stores are written at once, since joining reads what
   * withdrawing wrote; the records are emitted once at the end, each event and mention in its
   * final state: an event removed and upserted again while handling the same mention (a
   * re-extracted mention that lands where it was) is one upsert, never a tombstone and an upsert.
   */
  private final class Changes {
    private final Map<String, Event> upserts = new LinkedHashMap<>();
    private final Map<String, EventType> removals = new LinkedHashMap<>();
    private final Map<String, EventMention> assigned = new LinkedHashMap<>();

    /** @param members the event's mentions, those {@code event.mention_ids} lists */
    void upsert(Event event, Collection<EventMention> members) {
      storeMembers(event.getId(), members);
      upserts.put(event.getId(), event);
      removals.remove(event.getId());
    }

    /** An upsert left to the next tick: the members are stored now, the event fused then. */
    void upsertLater(String eventId, EventType type, Collection<EventMention> members) {
      storeMembers(eventId, members);
      dueAtTick(eventId, type);
    }

    /** As {@link #upsertLater}, for an event that keeps its id and members and gains these. */
    void joinLater(String eventId, EventType type, Collection<EventMention> joining) {
      addMembers(eventId, joining);
      dueAtTick(eventId, type);
    }

    private void dueAtTick(String eventId, EventType type) {
      upserts.remove(eventId);
      removals.remove(eventId);
      if (pendingUpserts.get(eventId) == null) {
        pendingUpserts.put(eventId, type.name());
      }
    }

    void remove(String eventId, EventType type) {
      storeMembers(eventId, List.of());
      upserts.remove(eventId);
      removals.put(eventId, type);
    }

    void assign(EventMention mention, String eventId) {
      assignments.put(mention.getId(), eventId);
      assigned.put(mention.getId(), stamped(mention, eventId));
    }

    void emit(Record<String, EventMention> cause) {
      for (Event event : upserts.values()) {
        if (event.getMentionCount() > EAGER_UPSERT_MAX_MENTIONS) {
          if (pendingUpserts.get(event.getId()) == null) {
            pendingUpserts.put(event.getId(), event.getType().name());
          }
          continue;
        }
        if (pendingUpserts.get(event.getId()) != null) {
          pendingUpserts.delete(event.getId()); // shrank (a re-extracted mention left it): current now
        }
        forward(cause, event.getId(), new EventChange(event.getType(), event));
        activity.count("events upserted");
      }
      removals.forEach((eventId, type) -> {
        pendingUpserts.delete(eventId);
        forward(cause, eventId, new EventChange(type, null));
        activity.count("events merged away");
      });
      for (EventMention stamped : assigned.values()) {
        forward(cause, stamped.getId(), new MentionAssigned(stamped));
      }
    }

    private void forward(Record<String, EventMention> cause, String key, FusionOutput output) {
      context.forward(new Record<>(key, output, cause.timestamp()));
    }
  }
}
