package dev.readout.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.Topic;
import dev.readout.testkit.BrokerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link StreamsService} and {@link GracefulShutdown} on a real broker. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StreamsServiceIntegrationTest {

  @RegisterExtension static final BrokerExtension KAFKA = new BrokerExtension();

  @TempDir Path stateDir;

  private ReadoutConfig config() {
    return ReadoutConfig.of(Map.of(ReadoutConfig.BOOTSTRAP_SERVERS, KAFKA.bootstrapServers(),
        ReadoutConfig.STATE_DIR, stateDir.toString()));
  }

  private static Topology copy(String from, String to) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(from, Consumed.with(Serdes.String(), Serdes.String()).withName("test-source"))
        .to(to, Produced.with(Serdes.String(), Serdes.String()).withName("test-sink"));
    return builder.build();
  }

  @Test
  void readyOnlyWhileRunningAndClosedCleanly() throws Exception {
    ReadoutConfig config = config();
    TopicCreator.ensure(config, List.of(
        new Topic<>("svc.in", Serdes.String(), Serdes.String(), 1, Map.of()),
        new Topic<>("svc.out", Serdes.String(), Serdes.String(), 1, Map.of())));
    ServiceHttpServer http = new ServiceHttpServer("svc", "127.0.0.1", 0);
    StreamsService service = new StreamsService("svc", copy("svc.in", "svc.out"), config.streamsProperties("svc"), http);
    service.start();
    try {
      assertThat(service.awaitRunning(Duration.ofSeconds(120))).as("state %s", service.state()).isTrue();
      HttpResponse<String> ready = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/health/ready")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"state\":\"RUNNING\"");
    } finally {
      assertThat(service.close(Duration.ofSeconds(60))).as("closed within the timeout").isTrue();
    }
    assertThat(service.state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
  }

  @Test
  void runUntilSignalledReturnsFailureWhenTheStreamsDieByThemselves() throws Exception {
    // A source topic that does not exist stops the client with an error.
    StreamsService service = new StreamsService("svc-missing", copy("svc.missing", "svc.out2"),
        config().streamsProperties("svc-missing"), null);
    service.start();
    int exit = CompletableFuture.supplyAsync(() -> {
      try {
        return GracefulShutdown.runUntilSignalled(service, Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }).get(3, TimeUnit.MINUTES);
    assertThat(exit).isEqualTo(1);
    assertThat(service.state()).isIn(KafkaStreams.State.ERROR, KafkaStreams.State.NOT_RUNNING);
  }
}
