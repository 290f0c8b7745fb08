package dev.readout.sink.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.sink.query.EventQuery;
import java.util.Optional;

/**
 * What the HTTP API asks: the cluster-wide answers the public routes give, and the local answers
 * one instance gives another. Answers are JSON, the form they travel in between instances.
 */
public interface EventQueries {

  /** {@code {total, limit, offset, events:[...]}} over every instance. */
  ObjectNode events(EventQuery query);

  /** The event with its {@code mentions} (evidence), wherever it is stored. */
  Optional<ObjectNode> event(String id);

  /** {@code {actors:[{id,name,kind,country,total,counts:{TYPE:n}}]}}, most active first. */
  ObjectNode actors(EventQuery query, int limit);

  /** {@code {total, events}}: this instance's best {@code offset + limit} matches. */
  ObjectNode localEvents(EventQuery query);

  /** The event if this instance stores it. */
  Optional<ObjectNode> localEvent(String id);

  /** {@code {actors:[...]}}: every actor of this instance's matching events. */
  ObjectNode localActors(EventQuery query);
}
