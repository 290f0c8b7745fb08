package dev.readout.sink.http;

import dev.readout.sink.live.Change;
import dev.readout.sink.live.ChangeListener;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A browser or program connected to {@code /api/stream}. Changes wait in a bounded queue that a
 * thread of its own writes out, so a slow client never holds up the others; one that falls a
 * whole queue behind is disconnected, and its reconnect (with Last-Event-ID) catches up from the
 * replay buffer. An idle stream gets a comment line now and then, which keeps proxies from
 * closing it and finds clients that are gone.
 */
final class SseListener implements ChangeListener {

  static final int QUEUE = 1000;
  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final SseClient client;
  private final BlockingQueue<Change> queue = new ArrayBlockingQueue<>(QUEUE);
  private volatile boolean closed;

  SseListener(SseClient client) {
    this.client = client;
    Thread.ofVirtual().name("sink-sse-writer").start(this::write);
  }

  @Override
  public boolean deliver(Change change) {
    if (closed || client.terminated()) return false;
    if (!queue.offer(change)) {
      close();
      return false;
    }
    return true;
  }

  private void write() {
    try {
      // Only this thread writes to the client, so frames never interleave.
      client.sendComment("connected");
      while (!closed && !client.terminated()) {
        Change change = queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        if (change == null) {
          client.sendComment("keepalive");
        } else {
          client.sendEvent(change.op(), change.data(), change.id());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the client went away; the broadcaster forgets it on the next change
    } finally {
      close();
    }
  }

  void close() {
    closed = true;
    client.close();
  }
}
