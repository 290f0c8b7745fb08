package dev.readout.sink.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.sink.json.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/** Asks another sink instance, at its {@code application.server}, for what it stores. */
public final class PeerClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** GETs {@code path?params} from the peer; empty on 404. */
  public Optional<JsonNode> get(HostInfo peer, String path, Map<String, String> params) {
    String query = params.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    URI uri = URI.create("http://" + peer.host() + ":" + peer.port() + path + (query.isEmpty() ? "" : "?" + query));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) return Optional.empty();
      if (response.statusCode() != 200) {
        throw new UnavailableException(
            "sink instance " + peer + " answered " + response.statusCode() + " for " + path + "; retry shortly");
      }
      return Optional.of(EventJson.MAPPER.readTree(response.body()));
    } catch (IOException e) {
      throw new UnavailableException("sink instance " + peer + " did not answer " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("interrupted while asking sink instance " + peer, e);
    }
  }

  /** Encodes a path segment (an event id) for a URL. */
  public static String segment(String s) {
    return enc(s).replace("+", "%20");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
