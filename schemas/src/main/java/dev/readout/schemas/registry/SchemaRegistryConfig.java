package dev.readout.schemas.registry;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.config.ConfigException;

/**
 * The registry settings of a serde or client, read with Confluent's configuration keys so that a
 * Confluent serde configuration works unchanged.
 *
 * @param urls the registry base URLs, tried in order when one does not answer
 * @param userInfo {@code user:password} for HTTP basic authentication, if any
 * @param autoRegister whether a serializer registers its schema ({@code auto.register.schemas})
 * @param useLatestVersion whether a serializer writes with the subject's latest schema
 */
public record SchemaRegistryConfig(
    List<URI> urls, Optional<String> userInfo, boolean autoRegister, boolean useLatestVersion) {

  public static final String URL = "schema.registry.url";
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  /** Confluent's older spelling of {@link #BASIC_AUTH_USER_INFO}, still accepted. */
  public static final String SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";

  public static final String MOCK_SCHEME = "mock";

  private static final Map<SchemaRegistryConfig, SchemaRegistry> SHARED = new ConcurrentHashMap<>();

  public SchemaRegistryConfig {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new ConfigException(URL, "", "names no registry");
    }
  }

  /** Reads the settings from a serde configuration; {@link ConfigException} says which is wrong. */
  public static SchemaRegistryConfig from(Map<String, ?> config) {
    Object raw = config.get(URL);
    if (raw == null || String.valueOf(raw).isBlank()) {
      throw new ConfigException(
          "Missing " + URL + ": the Schema Registry URL, e.g. http://127.0.0.1:8081 or mock://tests");
    }
    List<URI> urls = new ArrayList<>();
    for (String part : String.valueOf(raw).split(",")) {
      String url = part.trim();
      if (url.isEmpty()) {
        continue;
      }
      URI uri;
      try {
        uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(URL, raw, "'" + url + "' is not a URL: " + e.getMessage());
      }
      String scheme = uri.getScheme();
      if (!MOCK_SCHEME.equals(scheme) && !"http".equals(scheme) && !"https".equals(scheme)) {
        throw new ConfigException(URL, raw, "'" + url + "' must start with http://, https:// or mock://");
      }
      urls.add(uri);
    }
    if (urls.stream().anyMatch(u -> MOCK_SCHEME.equals(u.getScheme())) && urls.size() > 1) {
      throw new ConfigException(URL, raw, "a mock:// registry cannot be combined with other URLs");
    }
    return new SchemaRegistryConfig(
        urls,
        userInfo(config, urls),
        bool(config, AUTO_REGISTER_SCHEMAS, true),
        bool(config, USE_LATEST_VERSION, false));
  }

  private static Optional<String> userInfo(Map<String, ?> config, List<URI> urls) {
    Object configured = config.get(BASIC_AUTH_CREDENTIALS_SOURCE);
    String source = configured == null ? "URL" : String.valueOf(configured).trim();
    switch (source) {
      case "USER_INFO" -> {
        Object info = config.get(BASIC_AUTH_USER_INFO);
        if (info == null) {
          info = config.get(SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO);
        }
        if (info == null || !String.valueOf(info).contains(":")) {
          throw new ConfigException(
              BASIC_AUTH_USER_INFO, info == null ? null : "(hidden)", "must be user:password when "
                  + BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO");
        }
        return Optional.of(String.valueOf(info));
      }
      case "URL" -> {
        return Optional.ofNullable(urls.getFirst().getUserInfo());
      }
      default ->
          throw new ConfigException(
              BASIC_AUTH_CREDENTIALS_SOURCE, source, "supported sources are USER_INFO and URL");
    }
  }

  private static boolean bool(Map<String, ?> config, String key, boolean defaultValue) {
    Object value = config.get(key);
    if (value == null) {
      return defaultValue;
    }
    String text = String.valueOf(value).trim();
    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
      throw new ConfigException(key, value, "must be true or false");
    }
    return Boolean.parseBoolean(text);
  }

  /** Whether this names the in-memory registry of a scope. */
  public boolean isMock() {
    return MOCK_SCHEME.equals(urls.getFirst().getScheme());
  }

  /** The registry these settings name, shared with every serde configured the same way. */
  public SchemaRegistry registry() {
    if (isMock()) {
      return MockSchemaRegistry.forScope(mockScope());
    }
    // Serializer flags do not change the client: share one client (and its caches) per registry.
    SchemaRegistryConfig key = new SchemaRegistryConfig(urls, userInfo, true, false);
    return SHARED.computeIfAbsent(key, SchemaRegistryClient::new);
  }

  private String mockScope() {
    URI uri = urls.getFirst();
    String scope = uri.getAuthority() != null ? uri.getAuthority() : uri.getSchemeSpecificPart();
    return scope == null ? "" : scope.replaceFirst("^//", "");
  }

  @Override
  public String toString() {
    // Never print the password.
    return "SchemaRegistryConfig[urls=" + urls.stream().map(SchemaRegistryConfig::redact).toList()
        + ", basicAuth=" + userInfo.isPresent() + ", autoRegister=" + autoRegister
        + ", useLatestVersion=" + useLatestVersion + "]";
  }

  static String redact(URI uri) {
    if (uri.getUserInfo() == null) {
      return uri.toString();
    }
    return uri.toString().replace(uri.getRawUserInfo() + "@", "");
  }
}
