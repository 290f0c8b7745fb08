package dev.readout.sink.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.sink.json.EventJson;
import dev.readout.sink.query.ActorTally;
import dev.readout.sink.query.EventPage;
import dev.readout.sink.query.EventQuery;
import dev.readout.sink.query.LocalEvents;
import dev.readout.sink.topology.SinkTopology;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers queries from the Streams stores of all sink instances: a key goes to the instance that
 * owns it (found with {@link KafkaStreams#queryMetadataForKey}); a list fans out to every
 * instance and the pages are merged. Evidence comes from the global mentions store, which every
 * instance holds whole.
 */
public final class StreamsEventQueries implements EventQueries {

  public static final String INTERNAL_EVENTS = "/internal/events";
  public static final String INTERNAL_ACTORS = "/internal/actors";

  private static final Comparator<JsonNode> NEWEST_FIRST =
      Comparator.comparing((JsonNode n) -> Instant.parse(n.path("last_reported_at").asText("1970-01-01T00:00:00Z")))
          .reversed()
          .thenComparing(n -> n.path("id").asText());

  private final KafkaStreams streams;
  private final HostInfo self;
  private final PeerClient peers;

  public StreamsEventQueries(KafkaStreams streams, HostInfo self, PeerClient peers) {
    this.streams = streams;
    this.self = self;
    this.peers = peers;
  }

  @Override
  public ObjectNode events(EventQuery query) {
    EventQuery firstPages = query.page(query.offset() + query.limit(), 0);
    long total = 0;
    List<JsonNode> merged = new ArrayList<>();
    for (HostInfo host : hosts()) {
      JsonNode answer = host.equals(self)
          ? localEvents(firstPages)
          : peers.get(host, INTERNAL_EVENTS, firstPages.toParams()).orElseThrow(() -> missingRoute(host));
      total += answer.path("total").asLong();
      answer.path("events").forEach(merged::add);
    }
    merged.sort(NEWEST_FIRST);
    ObjectNode result = EventJson.MAPPER.createObjectNode();
    result.put("total", total);
    result.put("limit", query.limit());
    result.put("offset", query.offset());
    ArrayNode events = result.putArray("events");
    merged.stream().skip(query.offset()).limit(query.limit()).forEach(events::add);
    return result;
  }

  @Override
  public Optional<ObjectNode> event(String id) {
    KeyQueryMetadata owner =
        streams.queryMetadataForKey(SinkTopology.EVENTS_STORE, id, Serdes.String().serializer());
    if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
      throw new UnavailableException("the event stores are not ready (the sink is starting or rebalancing); retry shortly");
    }
    Optional<ObjectNode> event = owner.activeHost().equals(self)
        ? localEvent(id)
        : peers.get(owner.activeHost(), INTERNAL_EVENTS + "/" + PeerClient.segment(id), Map.of())
            .map(n -> (ObjectNode) n);
    event.ifPresent(this::attachEvidence);
    return event;
  }

  @Override
  public ObjectNode actors(EventQuery query, int limit) {
    Map<String, JsonNode> first = new HashMap<>();
    Map<String, ActorTally> tallies = new HashMap<>();
    for (HostInfo host : hosts()) {
      JsonNode answer = host.equals(self)
          ? localActors(query)
          : peers.get(host, INTERNAL_ACTORS, query.toParams()).orElseThrow(() -> missingRoute(host));
      for (JsonNode a : answer.path("actors")) {
        String id = a.path("id").asText();
        first.putIfAbsent(id, a);
        ActorTally tally = tallies.computeIfAbsent(id, k -> new ActorTally(
            k, a.path("name").asText(), a.path("kind").asText(), a.hasNonNull("country") ? a.get("country").asText() : null));
        a.path("counts").properties().forEach(c -> tally.add(EventType.valueOf(c.getKey()), c.getValue().asLong()));
      }
    }
    List<ActorTally> sorted = new ArrayList<>(tallies.values());
    sorted.sort(Comparator.comparingLong(ActorTally::total).reversed().thenComparing(ActorTally::name));
    ObjectNode result = EventJson.MAPPER.createObjectNode();
    result.put("total", sorted.size());
    ArrayNode actors = result.putArray("actors");
    sorted.stream().limit(limit).forEach(t -> actors.add(tallyJson(t)));
    return result;
  }

  @Override
  public ObjectNode localEvents(EventQuery query) {
    EventPage page = local().page(query);
    ObjectNode result = EventJson.MAPPER.createObjectNode();
    result.put("total", page.total());
    ArrayNode events = result.putArray("events");
    page.events().forEach(e -> events.add(EventJson.event(e)));
    return result;
  }

  @Override
  public Optional<ObjectNode> localEvent(String id) {
    return local().get(id).map(EventJson::event);
  }

  @Override
  public ObjectNode localActors(EventQuery query) {
    ObjectNode result = EventJson.MAPPER.createObjectNode();
    ArrayNode actors = result.putArray("actors");
    local().actors(query).values().forEach(t -> actors.add(tallyJson(t)));
    return result;
  }

  private void attachEvidence(ObjectNode event) {
    ReadOnlyKeyValueStore<String, EventMention> mentions = store(SinkTopology.MENTIONS_STORE);
    List<EventMention> found = new ArrayList<>();
    for (JsonNode id : event.path("mention_ids")) {
      EventMention m = mentions.get(id.asText());
      if (m != null) found.add(m);
    }
    found.sort(Comparator.comparing(EventMention::getPublishedAt).thenComparing(EventMention::getId));
    ArrayNode evidence = event.putArray("mentions");
    found.forEach(m -> evidence.add(EventJson.evidence(m)));
  }

  private static UnavailableException missingRoute(HostInfo host) {
    return new UnavailableException("sink instance " + host + " does not answer internal queries (another version?)");
  }

  private static ObjectNode tallyJson(ActorTally t) {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("id", t.id());
    n.put("name", t.name());
    n.put("kind", t.kind());
    n.put("country", t.country());
    n.put("total", t.total());
    ObjectNode counts = n.putObject("counts");
    for (EventType type : EventType.values()) counts.put(type.name(), t.count(type));
    return n;
  }

  /** Every instance that holds part of the events store, this one included. */
  private Set<HostInfo> hosts() {
    Set<HostInfo> hosts = new LinkedHashSet<>();
    hosts.add(self);
    for (StreamsMetadata m : streams.streamsMetadataForStore(SinkTopology.EVENTS_STORE)) {
      hosts.add(m.hostInfo());
    }
    return hosts;
  }

  private LocalEvents local() {
    ReadOnlyKeyValueStore<String, Event> store = store(SinkTopology.EVENTS_STORE);
    return new LocalEvents(store);
  }

  private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
    try {
      return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    } catch (InvalidStateStoreException e) {
      throw new UnavailableException("the store " + name + " is not ready (the sink is starting or rebalancing); retry shortly", e);
    }
  }
}
