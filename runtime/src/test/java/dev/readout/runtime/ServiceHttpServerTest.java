package dev.readout.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceHttpServerTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private ServiceHttpServer server;
  private KafkaStreams streams;

  @AfterEach
  void tearDown() {
    if (server != null) {
      server.close();
    }
    if (streams != null) {
      streams.close();
    }
  }

  @Test
  void notReadyBeforeStreamsRunButLiveAndServingMetrics() throws Exception {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("t", Consumed.with(Serdes.String(), Serdes.String()).withName("http-test-source"));
    Properties props = ReadoutConfig.of(Map.of("bootstrap.servers", "127.0.0.1:1", "state.dir",
        System.getProperty("java.io.tmpdir") + "/readout-http-test")).streamsProperties("http-test");
    streams = new KafkaStreams(builder.build(), props);
    server = new ServiceHttpServer("http-test", "127.0.0.1", 0);
    server.bind(streams, new RestoreProgress());
    server.app().get("/extra", ctx -> ctx.result("added by the service"));
    server.start();

    HttpResponse<String> ready = get("/health/ready");
    assertThat(ready.statusCode()).as("ready while Streams are CREATED").isEqualTo(503);
    assertThat(ready.body()).contains("\"state\":\"CREATED\"").contains("\"restore\"");
    assertThat(get("/health/live").statusCode()).isEqualTo(200);

    HttpResponse<String> metrics = get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("service=\"http-test\"");

    assertThat(get("/extra").body()).isEqualTo("added by the service");
  }

  @Test
  void activityCountsShowOnMetrics() throws Exception {
    server = new ServiceHttpServer("metrics-test", "127.0.0.1", 0).start();
    Activity.of("metrics-test").count("articles", 3);
    assertThat(get("/metrics").body()).contains("readout_activity_total").contains("what=\"articles\"");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
