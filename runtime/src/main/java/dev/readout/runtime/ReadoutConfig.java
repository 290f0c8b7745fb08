package dev.readout.runtime;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * A service's configuration: a properties file, overridden by {@code READOUT_*} environment
 * variables, overridden by command-line flags.
 *
 * <p>Keys are Kafka-style ({@code bootstrap.servers}); the environment variable {@code
 * READOUT_X_Y} sets key {@code x.y}. Kafka client security settings ({@code security.protocol},
 * {@code sasl.*}, {@code ssl.*}) reach every client the runtime builds; registry settings ({@code
 * schema.registry.*}, {@code basic.auth.*}, {@code bearer.auth.*}) reach the registry client.
 * {@link #toString()} masks secrets.
 */
public final class ReadoutConfig {

  public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String HTTP_HOST = "http.host";
  public static final String HTTP_PORT = "http.port";
  public static final String STATE_DIR = "state.dir";
  public static final String PROCESSING_GUARANTEE = "processing.guarantee";
  public static final String REPLICATION_FACTOR = "replication.factor";
  /** Partitions of the topics a service creates, in place of each topic's default (6). */
  public static final String TOPICS_PARTITIONS = "topics.partitions";
  public static final String NUM_STREAM_THREADS = "num.stream.threads";
  public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
  public static final String SHUTDOWN_TIMEOUT_MS = "shutdown.timeout.ms";

  public static final String DEFAULT_BOOTSTRAP_SERVERS = "127.0.0.1:9092";
  public static final String DEFAULT_SCHEMA_REGISTRY_URL = "http://127.0.0.1:8081";
  public static final String DEFAULT_HTTP_HOST = "127.0.0.1";

  /** Prefix of the environment variables read; {@code READOUT_X_Y} sets {@code x.y}. */
  public static final String ENV_PREFIX = "READOUT_";

  // Launcher variables, not service settings.
  private static final Set<String> ENV_IGNORED = Set.of("READOUT_JAVA_OPTS", "READOUT_HOME");
  private static final String MASK = "[hidden]";

  private final Map<String, String> values;

  private ReadoutConfig(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /**
   * Merges the layers, later winning.
   *
   * @param file a properties file, or {@code null} for none
   * @param env the environment (usually {@code System.getenv()}); only {@code READOUT_*} is read
   * @param flags settings given on the command line; {@code null} values are ignored
   * @throws IllegalArgumentException when the file cannot be read
   */
  public static ReadoutConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
    Map<String, String> merged = new LinkedHashMap<>();
    if (file != null) {
      merged.putAll(readFile(file));
    }
    merged.putAll(fromEnvironment(env));
    flags.forEach((k, v) -> {
      if (v != null) {
        merged.put(k, v);
      }
    });
    return new ReadoutConfig(merged);
  }

  /** Exactly the given settings (tests, embedded use); defaults apply to what is absent. */
  public static ReadoutConfig of(Map<String, String> values) {
    return new ReadoutConfig(values);
  }

  /** A copy with {@code key} set to {@code value} unless it is already set. */
  public ReadoutConfig withDefault(String key, String value) {
    return values.containsKey(key) ? this : with(key, value);
  }

  /** A copy with one setting replaced. */
  public ReadoutConfig with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new ReadoutConfig(copy);
  }

  static Map<String, String> fromEnvironment(Map<String, String> env) {
    Map<String, String> out = new TreeMap<>();
    env.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length() && !ENV_IGNORED.contains(name)) {
        out.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
      }
    });
    return out;
  }

  private static Map<String, String> readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("configuration file " + file.toAbsolutePath() + " does not exist");
    }
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot read configuration file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> out = new TreeMap<>();
    props.stringPropertyNames().forEach(k -> out.put(k.trim(), props.getProperty(k).trim()));
    return out;
  }

  public String get(String key) {
    return values.get(key);
  }

  public String get(String key, String defaultValue) {
    return values.getOrDefault(key, defaultValue);
  }

  /** An integer setting. @throws IllegalArgumentException naming the key when it is not one */
  public int getInt(String key, int defaultValue) {
    return (int) getLong(key, defaultValue);
  }

  /** A long setting. @throws IllegalArgumentException naming the key when it is not one */
  public long getLong(String key, long defaultValue) {
    String raw = values.get(key);
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    try {
      return Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " must be a whole number, got '" + raw + "'");
    }
  }

  /** Every setting, unmasked. */
  public Map<String, String> asMap() {
    return values;
  }

  public String bootstrapServers() {
    return get(BOOTSTRAP_SERVERS, DEFAULT_BOOTSTRAP_SERVERS);
  }

  public String schemaRegistryUrl() {
    return get(SCHEMA_REGISTRY_URL, DEFAULT_SCHEMA_REGISTRY_URL);
  }

  public String httpHost() {
    return get(HTTP_HOST, DEFAULT_HTTP_HOST);
  }

  /** The HTTP port; {@code serviceDefault} when unset; 0 picks a free port. */
  public int httpPort(int serviceDefault) {
    return getInt(HTTP_PORT, serviceDefault);
  }

  /** Where Kafka Streams keeps local state: {@code state.dir}, else {@code <readout.home>/.readout/state}. */
  public Path stateDir() {
    String configured = get(STATE_DIR);
    if (configured != null) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("readout.home", "."), ".readout", "state");
  }

  public short replicationFactor() {
    return (short) getInt(REPLICATION_FACTOR, 1);
  }

  /**
   * Partitions for the topics a service creates ({@code topics.partitions}), or 0 when unset: each
   * topic's own default then. Topics that exist keep theirs.
   */
  public int topicsPartitions() {
    int partitions = getInt(TOPICS_PARTITIONS, 0);
    if (partitions < 0) {
      throw new IllegalArgumentException(TOPICS_PARTITIONS + " must be 1 or more, got " + partitions);
    }
    return partitions;
  }

  /** How long a graceful shutdown may take before the service gives up waiting. */
  public java.time.Duration shutdownTimeout() {
    return java.time.Duration.ofMillis(getLong(SHUTDOWN_TIMEOUT_MS, 30_000));
  }

  /** Kafka client security settings ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}). */
  public Map<String, String> clientSecurity() {
    Map<String, String> out = new TreeMap<>();
    values.forEach((k, v) -> {
      if (k.equals(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG) || k.startsWith("sasl.") || k.startsWith("ssl.")) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** The configuration of the registry client and Avro serdes, as {@code Topics} takes it. */
  public Map<String, Object> serdeConfig() {
    Map<String, Object> out = new TreeMap<>();
    values.forEach((k, v) -> {
      if (k.startsWith("schema.registry.") || k.startsWith("basic.auth.") || k.startsWith("bearer.auth.")
          || k.equals("auto.register.schemas") || k.equals("use.latest.version")) {
        out.put(k, v);
      }
    });
    out.put(SCHEMA_REGISTRY_URL, schemaRegistryUrl());
    return out;
  }

  /**
   * Kafka Streams settings of one service: {@code application.id = readout-<service>},
   * exactly-once by default, explicit naming of internal resources enforced, the state dir,
   * the replication factor of internal topics, client security, and anything under {@code
   * streams.} (prefix removed) or Streams' own client prefixes ({@code producer.}, {@code
   * consumer.}, {@code admin.}, {@code topic.}, ...).
   */
  public Properties streamsProperties(String service) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "readout-" + service);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, get(PROCESSING_GUARANTEE, StreamsConfig.EXACTLY_ONCE_V2));
    p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir().toString());
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Short.toString(replicationFactor()));
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(getInt(NUM_STREAM_THREADS, 1)));
    if (get(COMMIT_INTERVAL_MS) != null) {
      p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, get(COMMIT_INTERVAL_MS));
    }
    p.putAll(clientSecurity());
    values.forEach((k, v) -> {
      if (k.startsWith("streams.")) {
        p.put(k.substring("streams.".length()), v);
      } else if (STREAMS_CLIENT_PREFIXES.stream().anyMatch(k::startsWith)) {
        p.put(k, v);
      }
    });
    return p;
  }

  private static final java.util.List<String> STREAMS_CLIENT_PREFIXES = java.util.List.of(
      StreamsConfig.PRODUCER_PREFIX, StreamsConfig.CONSUMER_PREFIX, StreamsConfig.MAIN_CONSUMER_PREFIX,
      StreamsConfig.RESTORE_CONSUMER_PREFIX, StreamsConfig.GLOBAL_CONSUMER_PREFIX, StreamsConfig.ADMIN_CLIENT_PREFIX,
      StreamsConfig.TOPIC_PREFIX);

  /**
   * {@link #streamsProperties(String)} plus Kafka's built-in dead-letter queue (KIP-1034): records
   * that fail to deserialize or to process go to {@code deadLetterTopic} with their original
   * bytes and {@code __streams.errors.*} headers, and the service keeps running; {@link
   * DeadLetterProcessingExceptionHandler} adds a domain reason header.
   */
  public Properties streamsProperties(String service, String deadLetterTopic) {
    Properties p = streamsProperties(service);
    p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class.getName());
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingExceptionHandler.class.getName());
    // Global stores too (the default from Kafka 5.0), and it silences Streams' warning about it.
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    return p;
  }

  /** Admin client settings: bootstrap servers and security. */
  public Properties adminProperties() {
    Properties p = new Properties();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    p.putAll(clientSecurity());
    return p;
  }

  /** Idempotent producer of raw bytes, with security; callers may replace the serializers. */
  public Properties producerProperties() {
    Properties p = adminProperties();
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  /** A read-committed consumer of raw bytes in {@code groupId}, with security, from the earliest offset. */
  public Properties consumerProperties(String groupId) {
    Properties p = adminProperties();
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
  }

  /** Whether a setting's value must never be shown. */
  public static boolean isSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password") || k.contains("secret") || k.equals("sasl.jaas.config")
        || k.endsWith("basic.auth.user.info") || k.endsWith(".token");
  }

  /** Every setting, secrets replaced by a mask; safe to log. */
  public Map<String, String> masked() {
    Map<String, String> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(k, isSecret(k) ? MASK : v));
    return out;
  }

  /** The settings with secrets masked. */
  @Override
  public String toString() {
    return "ReadoutConfig" + masked();
  }

  /** Masks secrets in any Kafka client properties, for logging them. */
  public static Map<String, Object> mask(Map<?, ?> properties) {
    Map<String, Object> out = new TreeMap<>();
    properties.forEach((k, v) -> out.put(String.valueOf(k), isSecret(String.valueOf(k)) ? MASK : v));
    return out;
  }
}
