package dev.readout.sink.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.sink.cluster.EventQueries;
import dev.readout.sink.cluster.StreamsEventQueries;
import dev.readout.sink.cluster.UnavailableException;
import dev.readout.sink.json.EventJson;
import dev.readout.sink.live.ChangeBroadcaster;
import dev.readout.sink.query.BadQueryException;
import dev.readout.sink.query.EventQuery;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sink's read-only HTTP API. Public routes answer for the whole cluster; {@code /internal}
 * routes answer for this instance only and are what instances ask each other.
 */
public final class SinkRoutes {

  public static final int MAX_ID_LENGTH = 200;
  public static final int DEFAULT_ACTORS = 100;
  public static final int MAX_ACTORS = 1000;
  /** Each live client holds a connection and a writer; past this many, new ones are refused. */
  public static final int MAX_STREAM_CLIENTS = 500;

  private final EventQueries queries;
  private final ChangeBroadcaster broadcaster;

  public SinkRoutes(EventQueries queries, ChangeBroadcaster broadcaster) {
    this.queries = queries;
    this.broadcaster = broadcaster;
  }

  /** Adds the API to {@code app}, before it starts. */
  public void register(Javalin app) {
    app.before(SecurityHeaders::apply);
    app.get("/api/events", ctx -> json(ctx, queries.events(EventQuery.parse(ctx.queryParamMap()))));
    app.get("/api/events/{id}", ctx -> found(ctx, queries.event(id(ctx))));
    app.get("/api/actors", ctx -> json(ctx, queries.actors(EventQuery.parse(without(ctx, "limit")), actorLimit(ctx))));
    app.sse("/api/stream", client -> {
      if (broadcaster.listenerCount() >= MAX_STREAM_CLIENTS) {
        client.sendEvent("error", "{\"error\":\"too many live clients; retry later\"}");
        client.close();
        return;
      }
      client.ctx().header("Cache-Control", "no-store");
      client.ctx().header("X-Accel-Buffering", "no");
      client.keepAlive();
      SseListener listener = new SseListener(client);
      client.onClose(() -> broadcaster.unsubscribe(listener));
      broadcaster.subscribe(listener, client.ctx().header("Last-Event-ID"));
    });

    int internalLimit = EventQuery.MAX_OFFSET + EventQuery.MAX_LIMIT;
    app.get(StreamsEventQueries.INTERNAL_EVENTS,
        ctx -> json(ctx, queries.localEvents(EventQuery.parse(ctx.queryParamMap(), internalLimit))));
    app.get(StreamsEventQueries.INTERNAL_EVENTS + "/{id}", ctx -> found(ctx, queries.localEvent(id(ctx))));
    app.get(StreamsEventQueries.INTERNAL_ACTORS,
        ctx -> json(ctx, queries.localActors(EventQuery.parse(without(ctx, "limit"), internalLimit))));

    app.exception(BadQueryException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(UnavailableException.class, (e, ctx) -> {
      ctx.header("Retry-After", "1");
      error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    });
  }

  private static void found(Context ctx, Optional<ObjectNode> event) {
    if (event.isPresent()) {
      json(ctx, event.get());
    } else {
      error(ctx, HttpStatus.NOT_FOUND, "no event with id '" + ctx.pathParam("id") + "'");
    }
  }

  private static String id(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new BadQueryException("an event id has 1 to " + MAX_ID_LENGTH + " characters");
    }
    return id;
  }

  private static int actorLimit(Context ctx) {
    String value = ctx.queryParam("limit");
    if (value == null || value.isBlank()) return DEFAULT_ACTORS;
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= MAX_ACTORS) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadQueryException("limit must be a whole number from 1 to " + MAX_ACTORS);
  }

  private static Map<String, List<String>> without(Context ctx, String name) {
    Map<String, List<String>> params = new HashMap<>(ctx.queryParamMap());
    params.remove(name);
    return params;
  }

  static void error(Context ctx, HttpStatus status, String message) {
    ObjectNode body = EventJson.MAPPER.createObjectNode();
    body.put("error", message);
    body.put("status", status.getCode());
    ctx.status(status);
    json(ctx, body);
  }

  static void json(Context ctx, ObjectNode body) {
    ctx.contentType("application/json; charset=utf-8").result(body.toString());
  }
}
