package dev.readout.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's requests and error paths against a scripted HTTP server; the happy path against a
 * real registry is proven in the local module's Apicurio tests.
 */
class SchemaRegistryClientTest {

  private static final Schema SCHEMA = SchemaBuilder.record("Thing").fields().requiredString("id").endRecord();

  record Reply(int status, String contentType, String body) {}

  record Seen(String method, String path, String contentType, String authorization, String body) {}

  private HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private synchronized void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("Authorization"),
            body));
    Reply reply = replies.isEmpty() ? new Reply(500, "text/plain", "no scripted reply") : replies.poll();
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private void reply(int status, String json) {
    replies.add(new Reply(status, SchemaRegistryClient.CONTENT_TYPE, json));
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private SchemaRegistryClient client(Map<String, Object> extra) {
    Map<String, Object> config = new java.util.HashMap<>(extra);
    config.putIfAbsent("schema.registry.url", url());
    return new SchemaRegistryClient(SchemaRegistryConfig.from(config));
  }

  private SchemaRegistryClient client() {
    return client(Map.of());
  }

  @Test
  void registersUnderTheSubjectWithTheRegistryContentTypeAndCachesTheId() {
    reply(200, "{\"id\":7}");
    SchemaRegistryClient client = client();

    assertThat(client.register("readout.articles-value", SCHEMA)).isEqualTo(7);
    assertThat(client.register("readout.articles-value", SCHEMA)).isEqualTo(7);
    assertThat(client.schemaById(7)).as("registering also caches id -> schema").isEqualTo(SCHEMA);

    assertThat(seen).as("one HTTP call; the rest came from the cache").hasSize(1);
    Seen request = seen.getFirst();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/subjects/readout.articles-value/versions");
    assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
    assertThat(request.body()).contains("\"schema\"").contains("Thing");
  }

  @Test
  void schemaByIdIsFetchedOnceThenServedFromTheCache() {
    reply(200, "{\"schema\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(SCHEMA.toString()) + "}");
    SchemaRegistryClient client = client();
    assertThat(client.schemaById(3)).isEqualTo(SCHEMA);
    assertThat(client.schemaById(3)).isEqualTo(SCHEMA);
    assertThat(seen).hasSize(1);
    assertThat(seen.getFirst().path()).isEqualTo("/schemas/ids/3");
  }

  @Test
  void sendsBasicAuthFromUserInfo() {
    reply(200, "{\"id\":1}");
    client(Map.of("basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "alice:s3cret"))
        .register("s-value", SCHEMA);
    assertThat(seen.getFirst().authorization())
        .isEqualTo("Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void unauthorizedCarriesTheStatusAndSaysWhichSettingToCheck() {
    reply(401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
    assertThatThrownBy(() -> client().register("s-value", SCHEMA))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.isUnauthorized()).isTrue();
              assertThat(e.getMessage()).contains("basic.auth.user.info");
            });
  }

  @Test
  void incompatibleSchemaCarriesTheRegistrysCodeAndMessage() {
    reply(409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier schema\"}");
    assertThatThrownBy(() -> client().register("s-value", SCHEMA))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.isIncompatible()).isTrue();
              assertThat(e.errorCode()).isEqualTo(409);
              assertThat(e.getMessage()).contains("incompatible with an earlier schema").contains("s-value");
            });
  }

  @Test
  void unknownSubjectIsNotFoundWithErrorCode40401() {
    reply(404, "{\"error_code\":40401,\"message\":\"Subject 'x-value' not found.\"}");
    assertThatThrownBy(() -> client().latest("x-value"))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.isNotFound()).isTrue();
              assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
            });
  }

  @Test
  void serverErrorWithoutJsonKeepsTheBodyAsExplanation() {
    replies.add(new Reply(500, "text/html", "<h1>proxy exploded</h1>"));
    assertThatThrownBy(() -> client().schemaById(1))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.status()).isEqualTo(500);
              assertThat(e.errorCode()).isEqualTo(-1);
              assertThat(e.getMessage()).contains("proxy exploded");
            });
  }

  @Test
  void compatibilityIsReadAndSetThroughConfig() {
    reply(200, "{\"compatibilityLevel\":\"BACKWARD_TRANSITIVE\"}");
    reply(200, "{\"compatibility\":\"FULL\"}");
    SchemaRegistryClient client = client();
    assertThat(client.compatibility()).isEqualTo(Compatibility.BACKWARD_TRANSITIVE);
    client.setCompatibility(Compatibility.FULL);
    assertThat(seen.get(1).method()).isEqualTo("PUT");
    assertThat(seen.get(1).path()).isEqualTo("/config");
    assertThat(seen.get(1).body()).isEqualTo("{\"compatibility\":\"FULL\"}");
  }

  @Test
  void compatibilityTestAsksAboutTheLatestVersion() {
    reply(200, "{\"is_compatible\":false}");
    reply(404, "{\"error_code\":40401,\"message\":\"Subject not found\"}");
    SchemaRegistryClient client = client();
    assertThat(client.isCompatible("s-value", SCHEMA)).isFalse();
    assertThat(seen.getFirst().path()).isEqualTo("/compatibility/subjects/s-value/versions/latest");
    assertThat(client.isCompatible("new-value", SCHEMA)).as("nothing registered yet").isTrue();
  }

  @Test
  void fallsOverToTheNextUrlWhenOneDoesNotAnswer() throws IOException {
    int deadPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadPort = socket.getLocalPort();
    }
    reply(200, "{\"id\":5}");
    SchemaRegistryClient client =
        client(Map.of("schema.registry.url", "http://127.0.0.1:" + deadPort + ", " + url()));
    assertThat(client.register("s-value", SCHEMA)).isEqualTo(5);
  }

  @Test
  void unreachableRegistryIsStatusZeroNamingTheUrl() throws IOException {
    int deadPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadPort = socket.getLocalPort();
    }
    SchemaRegistryClient client = client(Map.of("schema.registry.url", "http://127.0.0.1:" + deadPort));
    assertThatThrownBy(() -> client.schemaById(1))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.status()).isZero();
              assertThat(e.getMessage()).contains("127.0.0.1:" + deadPort);
            });
  }

  @Test
  void badConfigurationIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> SchemaRegistryConfig.from(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema.registry.url");
    assertThatThrownBy(() -> SchemaRegistryConfig.from(Map.of("schema.registry.url", "ftp://x")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http://");
    assertThatThrownBy(
            () ->
                SchemaRegistryConfig.from(
                    Map.of("schema.registry.url", url(), "basic.auth.credentials.source", "USER_INFO")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("basic.auth.user.info");
  }

  @Test
  void passwordsNeverAppearInDescriptions() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.from(
            Map.of("schema.registry.url", "http://bob:hunter2@127.0.0.1:1", "basic.auth.credentials.source", "URL"));
    assertThat(config.userInfo()).contains("bob:hunter2");
    assertThat(config.toString()).doesNotContain("hunter2");
  }
}
