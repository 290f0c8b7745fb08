package dev.readout.sink.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a server-sent-events stream frame by frame, as a browser's EventSource would. */
public final class SseReader implements AutoCloseable {

  /** One dispatched message. */
  public record Frame(String event, String id, String data) {}

  private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile Stream<String> lines;

  public SseReader(HttpClient http, String url, String lastEventId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
    if (lastEventId != null) request.header("Last-Event-ID", lastEventId);
    response = http.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
    Thread reader = new Thread(this::read, "sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try {
      lines = response.get(30, TimeUnit.SECONDS).body();
      String event = "message", id = null;
      StringBuilder data = new StringBuilder();
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (!data.isEmpty()) frames.add(new Frame(event, id, data.toString()));
          event = "message";
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("data:")) {
          if (!data.isEmpty()) data.append('\n');
          data.append(line.substring(5).strip());
        }
      }
    } catch (Exception e) {
      // the stream ended or was closed
    }
  }

  /** The next frame, or an assertion error naming {@code whatIsExpected}. */
  public Frame next(Duration timeout, String whatIsExpected) throws InterruptedException {
    Frame f = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (f == null) throw new AssertionError("no server-sent event within " + timeout.toSeconds() + " s: expected " + whatIsExpected);
    return f;
  }

  /** True when nothing more arrives within {@code quiet}. */
  public boolean isQuietFor(Duration quiet) throws InterruptedException {
    return frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  @Override
  public void close() {
    Stream<String> l = lines;
    if (l != null) l.close();
    response.cancel(true);
  }
}
