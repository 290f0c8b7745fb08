package dev.readout.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.runtime.ServiceHttpServer;
import dev.readout.schemas.registry.SchemaRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * Kafka client security (SASL/SSL) and registry credentials given once in the configuration
 * reach every client a service builds, are masked wherever configuration is shown, and the
 * services' HTTP endpoints listen on loopback unless told otherwise.
 */
class SecuritySettingsTest {

  static final String JAAS_SECRET = "jaas-s3cret-7f3a";
  static final String TRUSTSTORE_SECRET = "truststore-s3cret-91c2";
  static final String KEY_SECRET = "key-s3cret-44d0";
  static final String REGISTRY_SECRET = "registry-s3cret-e5b8";

  /** The Kafka client security settings a secured deployment sets. */
  static Map<String, String> security() {
    Map<String, String> s = new HashMap<>();
    s.put("security.protocol", "SASL_SSL");
    s.put("sasl.mechanism", "SCRAM-SHA-512");
    s.put("sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"readout\" password=\"" + JAAS_SECRET + "\";");
    s.put("ssl.truststore.location", "/etc/readout/truststore.p12");
    s.put("ssl.truststore.password", TRUSTSTORE_SECRET);
    s.put("ssl.key.password", KEY_SECRET);
    s.put("ssl.endpoint.identification.algorithm", "https");
    return s;
  }

  private static ReadoutConfig securedConfig() {
    Map<String, String> values = new HashMap<>(security());
    values.put(ReadoutConfig.BOOTSTRAP_SERVERS, "kafka-1.example:9093");
    values.put("basic.auth.credentials.source", "USER_INFO");
    values.put("basic.auth.user.info", "readout:" + REGISTRY_SECRET);
    return ReadoutConfig.of(values);
  }

  @Test
  void securitySettingsReachProducerConsumerAndAdminClients() {
    ReadoutConfig config = securedConfig();
    Map<String, Properties> clients = Map.of(
        "producer", config.producerProperties(),
        "consumer", config.consumerProperties("readout-test"),
        "admin", config.adminProperties());
    clients.forEach((client, props) -> security().forEach((key, value) ->
        assertThat(props.get(key)).as("%s setting %s", client, key).isEqualTo(value)));
  }

  @Test
  void securitySettingsReachEveryClientInsideKafkaStreamsOfEveryService() {
    ReadoutConfig config = securedConfig();
    for (String service : List.of("ingest", "extract", "sink")) {
      StreamsConfig streams = new StreamsConfig(config.streamsProperties(service, "readout." + service + ".dlq"));
      Map<String, Map<String, Object>> clients = Map.of(
          "main consumer", streams.getMainConsumerConfigs("readout-" + service, "c", 0),
          "restore consumer", streams.getRestoreConsumerConfigs("c"),
          "global consumer", streams.getGlobalConsumerConfigs("c"),
          "producer", streams.getProducerConfigs("c"),
          "admin", streams.getAdminConfigs("c"));
      clients.forEach((client, props) -> security().forEach((key, value) ->
          assertThat(String.valueOf(props.get(key))).as("%s's Streams %s setting %s", service, client, key)
              .isEqualTo(value)));
    }
  }

  @Test
  void registryClientSendsTheConfiguredBasicAuthCredentials() throws IOException {
    AtomicReference<String> authorization = new AtomicReference<>();
    HttpServer registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    registry.createContext("/", exchange -> {
      authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = "{\"schema\": \"\\\"string\\\"\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    registry.start();
    try {
      ReadoutConfig config = securedConfig()
          .with(ReadoutConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:" + registry.getAddress().getPort());
      SchemaRegistry client = SchemaRegistry.fromConfig(config.serdeConfig());
      assertThat(client.schemaById(1).getType()).isEqualTo(org.apache.avro.Schema.Type.STRING);
      assertThat(authorization.get()).as("Authorization header the registry received")
          .isEqualTo("Basic " + Base64.getEncoder().encodeToString(("readout:" + REGISTRY_SECRET).getBytes(StandardCharsets.UTF_8)));
      assertThat(client.toString()).as("the registry client's description").doesNotContain(REGISTRY_SECRET);
    } finally {
      registry.stop(0);
    }
  }

  @Test
  void configurationShownAnywhereHasEverySecretMasked() {
    ReadoutConfig config = securedConfig();
    String shown = config + " " + config.masked() + " " + ReadoutConfig.mask(config.streamsProperties("extract"))
        + " " + ReadoutConfig.mask(config.producerProperties());
    for (String secret : List.of(JAAS_SECRET, TRUSTSTORE_SECRET, KEY_SECRET, REGISTRY_SECRET)) {
      assertThat(shown).as("configuration as shown").doesNotContain(secret);
    }
    assertThat(shown).contains("sasl.jaas.config").contains("SCRAM-SHA-512");
  }

  @Test
  void httpEndpointsListenOnLoopbackByDefault() throws IOException {
    ReadoutConfig defaults = ReadoutConfig.of(Map.of());
    assertThat(defaults.httpHost()).isEqualTo("127.0.0.1");
    try (ServiceHttpServer http = new ServiceHttpServer("it", defaults.httpHost(), 0).start()) {
      try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), http.port())) {
        assertThat(loopback.isConnected()).as("reachable on 127.0.0.1").isTrue();
      }
      Optional<InetAddress> external = externalAddress();
      if (external.isPresent()) {
        assertThatThrownBy(() -> new Socket(external.get(), http.port()).close())
            .as("the endpoint must not answer on %s", external.get()).isInstanceOf(IOException.class);
      }
    }
  }

  private static Optional<InetAddress> externalAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }
}
