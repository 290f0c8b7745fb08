package dev.readout.sink.http;

import dev.readout.sink.live.Change;
import dev.readout.sink.live.ChangeListener;
import io.javalin.http.sse.SseClient;

/** A browser or program connected to {@code /api/stream}. */
final class SseListener implements ChangeListener {

  private final SseClient client;

  SseListener(SseClient client) {
    this.client = client;
  }

  @Override
  public boolean deliver(Change change) {
    if (client.terminated()) return false;
    client.sendEvent(change.op(), change.data(), change.id());
    return !client.terminated();
  }
}
