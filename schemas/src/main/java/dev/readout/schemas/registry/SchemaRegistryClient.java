package dev.readout.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A client of the Confluent Schema Registry REST API (also served by Apicurio Registry under
 * {@code /apis/ccompat/v7}, Karapace and Redpanda), on {@code java.net.http} and Jackson.
 *
 * <pre>{@code
 * SchemaRegistry registry = new SchemaRegistryClient(SchemaRegistryConfig.from(
 *     Map.of("schema.registry.url", "http://127.0.0.1:8081")));
 * int id = registry.register("readout.articles-value", Article.getClassSchema());
 * }</pre>
 *
 * <p>An id's schema and a subject's id for a schema never change, so both are cached and the
 * serde's hot path makes no HTTP call. URLs are tried in order when one cannot be reached.
 */
public final class SchemaRegistryClient implements SchemaRegistry {

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** Enough of an error body to explain it; registries answer errors in a few hundred bytes. */
  private static final int MAX_ERROR_BODY = 2_000;

  private final List<URI> urls;
  private final Optional<String> authorization;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
  private volatile int preferredUrl;

  public SchemaRegistryClient(SchemaRegistryConfig config) {
    if (config.isMock()) {
      throw new IllegalArgumentException("mock:// URLs are served by MockSchemaRegistry, not over HTTP");
    }
    this.urls = config.urls();
    this.authorization =
        config.userInfo()
            .map(u -> "Basic " + Base64.getEncoder().encodeToString(u.getBytes(StandardCharsets.UTF_8)));
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  @Override
  public int register(String subject, Schema schema) {
    Integer cached = cachedId(subject, schema);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
    int id = requiredInt(answer, "id");
    remember(subject, schema, id);
    return id;
  }

  @Override
  public int lookup(String subject, Schema schema) {
    Integer cached = cachedId(subject, schema);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
    int id = requiredInt(answer, "id");
    remember(subject, schema, id);
    return id;
  }

  @Override
  public Schema schemaById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = send("GET", "/schemas/ids/" + id, null);
    Schema schema = parse(answer, "/schemas/ids/" + id);
    Schema previous = schemasById.putIfAbsent(id, schema);
    return previous == null ? schema : previous;
  }

  @Override
  public RegisteredSchema latest(String subject) {
    String path = "/subjects/" + encode(subject) + "/versions/latest";
    JsonNode answer = send("GET", path, null);
    Schema schema = parse(answer, path);
    int id = requiredInt(answer, "id");
    schemasById.putIfAbsent(id, schema);
    remember(subject, schema, id);
    return new RegisteredSchema(subject, requiredInt(answer, "version"), id, schema);
  }

  @Override
  public boolean isCompatible(String subject, Schema schema) {
    String path = "/compatibility/subjects/" + encode(subject) + "/versions/latest";
    try {
      JsonNode answer = send("POST", path, schemaBody(schema));
      return answer.path("is_compatible").asBoolean(false);
    } catch (SchemaRegistryException e) {
      // Nothing registered yet: anything is compatible with nothing.
      if (e.isNotFound()
          && (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
              || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND)) {
        return true;
      }
      throw e;
    }
  }

  @Override
  public Compatibility compatibility() {
    JsonNode answer = send("GET", "/config", null);
    JsonNode level = answer.hasNonNull("compatibilityLevel") ? answer.get("compatibilityLevel") : answer.get("compatibility");
    if (level == null) {
      throw new SchemaRegistryException(200, -1, "The registry's /config answer names no compatibility level: " + answer);
    }
    return Compatibility.parse(level.asText());
  }

  @Override
  public void setCompatibility(Compatibility level) {
    ObjectNode body = json.createObjectNode().put("compatibility", level.name());
    send("PUT", "/config", body);
  }

  private Integer cachedId(String subject, Schema schema) {
    Map<Schema, Integer> ids = idsBySubject.get(subject);
    return ids == null ? null : ids.get(schema);
  }

  private void remember(String subject, Schema schema, int id) {
    idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, id);
    schemasById.putIfAbsent(id, schema);
  }

  private ObjectNode schemaBody(Schema schema) {
    // No schemaType: AVRO is the default everywhere, and older registries reject the field.
    return json.createObjectNode().put("schema", schema.toString());
  }

  private Schema parse(JsonNode answer, String path) {
    JsonNode text = answer.get("schema");
    if (text == null || !text.isTextual()) {
      throw new SchemaRegistryException(200, -1, "The registry's answer to " + path + " has no schema: " + abbreviate(answer.toString()));
    }
    try {
      return new Schema.Parser().parse(text.asText());
    } catch (SchemaParseException e) {
      throw new SchemaRegistryException(200, -1, "The registry's schema at " + path + " is not Avro: " + e.getMessage(), e);
    }
  }

  private static int requiredInt(JsonNode answer, String field) {
    JsonNode value = answer.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new SchemaRegistryException(200, -1, "The registry's answer has no '" + field + "': " + abbreviate(answer.toString()));
    }
    return value.asInt();
  }

  /** Sends to the preferred URL, falling over to the next ones when a registry cannot be reached. */
  private JsonNode send(String method, String path, JsonNode body) {
    int first = preferredUrl;
    IOException lastFailure = null;
    for (int i = 0; i < urls.size(); i++) {
      int index = (first + i) % urls.size();
      URI base = urls.get(index);
      try {
        JsonNode answer = send(base, method, path, body);
        preferredUrl = index;
        return answer;
      } catch (IOException e) {
        lastFailure = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException(0, -1, "Interrupted during " + method + " " + path, e);
      }
    }
    throw new SchemaRegistryException(
        0, -1,
        "No Schema Registry answered " + method + " " + path + " at "
            + urls.stream().map(SchemaRegistryConfig::redact).toList() + ": " + lastFailure,
        lastFailure);
  }

  private JsonNode send(URI base, String method, String path, JsonNode body) throws IOException, InterruptedException {
    URI target = URI.create(SchemaRegistryConfig.redact(base) + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", CONTENT_TYPE + ", application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", CONTENT_TYPE);
    }
    authorization.ifPresent(a -> request.header("Authorization", a));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    int status = response.statusCode();
    if (status / 100 == 2) {
      try {
        return json.readTree(response.body());
      } catch (IOException e) {
        throw new SchemaRegistryException(status, -1, method + " " + target + " answered with invalid JSON: " + abbreviate(response.body()), e);
      }
    }
    throw error(method, target, status, response.body());
  }

  private SchemaRegistryException error(String method, URI target, int status, String body) {
    int errorCode = -1;
    String message = abbreviate(body == null ? "" : body.strip());
    try {
      JsonNode error = json.readTree(body);
      if (error != null && error.isObject()) {
        errorCode = error.path("error_code").asInt(-1);
        if (error.hasNonNull("message")) {
          message = abbreviate(error.get("message").asText());
        }
      }
    } catch (IOException notJson) {
      // A proxy or server page rather than the registry: its text is the best explanation.
    }
    String hint =
        switch (status) {
          case 401, 403 -> " (check " + SchemaRegistryConfig.BASIC_AUTH_USER_INFO + ")";
          case 409 -> " (the schema is incompatible with the subject's earlier versions)";
          default -> "";
        };
    return new SchemaRegistryException(
        status, errorCode,
        "Schema Registry refused " + method + " " + target + ": HTTP " + status
            + (errorCode >= 0 ? " error_code " + errorCode : "") + ": " + message + hint);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY) + "...";
  }

  @Override
  public String toString() {
    return "SchemaRegistryClient" + urls.stream().map(SchemaRegistryConfig::redact).toList();
  }
}
