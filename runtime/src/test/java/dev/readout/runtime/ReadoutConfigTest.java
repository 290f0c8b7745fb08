package dev.readout.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadoutConfigTest {

  @TempDir Path dir;

  @Test
  void flagsOverrideEnvironmentWhichOverridesTheFile() throws Exception {
    Path file = dir.resolve("readout.properties");
    Files.writeString(file, """
        bootstrap.servers=file:9092
        schema.registry.url=http://file:8081
        http.port=1111
        state.dir=/from/file
        """);
    Map<String, String> env = Map.of(
        "READOUT_SCHEMA_REGISTRY_URL", "http://env:8081",
        "READOUT_HTTP_PORT", "2222",
        "PATH", "/usr/bin");
    Map<String, String> flags = new HashMap<>();
    flags.put("http.port", "3333");
    flags.put("bootstrap.servers", null);

    ReadoutConfig config = ReadoutConfig.load(file, env, flags);

    assertThat(config.bootstrapServers()).isEqualTo("file:9092");
    assertThat(config.schemaRegistryUrl()).isEqualTo("http://env:8081");
    assertThat(config.httpPort(8080)).isEqualTo(3333);
    assertThat(config.stateDir()).isEqualTo(Path.of("/from/file"));
    assertThat(config.asMap()).doesNotContainKey("path");
  }

  @Test
  void aServiceDefaultFillsOnlyWhatTheUserLeftUnset() {
    ReadoutConfig unset = ReadoutConfig.of(Map.of());
    ReadoutConfig set = ReadoutConfig.of(Map.of(ReadoutConfig.NUM_STREAM_THREADS, "1"));

    assertThat(unset.withDefault(ReadoutConfig.NUM_STREAM_THREADS, "2").get(ReadoutConfig.NUM_STREAM_THREADS)).isEqualTo("2");
    assertThat(set.withDefault(ReadoutConfig.NUM_STREAM_THREADS, "2").get(ReadoutConfig.NUM_STREAM_THREADS)).isEqualTo("1");
  }

  @Test
  void environmentVariableNamesBecomeDottedLowerCaseKeys() {
    Map<String, String> keys = ReadoutConfig.fromEnvironment(Map.of(
        "READOUT_SASL_JAAS_CONFIG", "x", "READOUT_STREAMS_NUM_STANDBY_REPLICAS", "1", "READOUT_JAVA_OPTS", "-Xmx1g"));
    assertThat(keys).containsOnly(
        Map.entry("sasl.jaas.config", "x"), Map.entry("streams.num.standby.replicas", "1"));
  }

  @Test
  void defaultsPointAtALocalBrokerAndRegistryAndBindHttpToLoopback() {
    ReadoutConfig config = ReadoutConfig.of(Map.of());
    assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    assertThat(config.schemaRegistryUrl()).isEqualTo("http://127.0.0.1:8081");
    assertThat(config.httpHost()).isEqualTo("127.0.0.1");
    assertThat(config.httpPort(8091)).isEqualTo(8091);
  }

  @Test
  void missingConfigFileIsAClearError() {
    assertThatThrownBy(() -> ReadoutConfig.load(dir.resolve("nope.properties"), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.properties")
        .hasMessageContaining("does not exist");
  }

  @Test
  void aPortThatIsNotANumberNamesTheSetting() {
    ReadoutConfig config = ReadoutConfig.of(Map.of("http.port", "eighty"));
    assertThatThrownBy(() -> config.httpPort(80)).hasMessageContaining("http.port").hasMessageContaining("eighty");
  }

  @Test
  void streamsPropertiesAreExactlyOnceWithExplicitNamingAndThePerServiceApplicationId() {
    Properties p = ReadoutConfig.of(Map.of("bootstrap.servers", "b:9092", "state.dir", "/tmp/s"))
        .streamsProperties("ingest");
    assertThat(p)
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "readout-ingest")
        .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "b:9092")
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
        .containsEntry(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true")
        .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/tmp/s")
        .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
    new StreamsConfig(p); // Kafka accepts them
  }

  @Test
  void streamsPrefixedSettingsAndClientPrefixesReachStreams() {
    Properties p = ReadoutConfig.of(Map.of(
            "streams.num.standby.replicas", "1", "producer.linger.ms", "5", "processing.guarantee", "at_least_once"))
        .streamsProperties("extract");
    assertThat(p)
        .containsEntry("num.standby.replicas", "1")
        .containsEntry("producer.linger.ms", "5")
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once");
  }

  @Test
  void deadLetterVariantUsesKafkasBuiltInDeadLetterQueue() {
    Properties p = ReadoutConfig.of(Map.of()).streamsProperties("ingest", "readout.articles.dlq");
    assertThat(p)
        .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "readout.articles.dlq")
        .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
            DeadLetterProcessingExceptionHandler.class.getName());
  }

  @Test
  void securitySettingsReachEveryClientAndRegistryAuthReachesTheSerdes() {
    ReadoutConfig config = ReadoutConfig.of(Map.of(
        "security.protocol", "SASL_SSL",
        "sasl.mechanism", "PLAIN",
        "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"s3cret\";",
        "ssl.truststore.location", "/etc/ts.jks",
        "basic.auth.credentials.source", "USER_INFO",
        "basic.auth.user.info", "user:pw",
        "unrelated", "x"));

    for (Properties p : new Properties[] {
        config.streamsProperties("sink"), config.adminProperties(), config.producerProperties(),
        config.consumerProperties("g")}) {
      assertThat(p)
          .containsEntry("security.protocol", "SASL_SSL")
          .containsEntry("sasl.mechanism", "PLAIN")
          .containsKey("sasl.jaas.config")
          .containsEntry("ssl.truststore.location", "/etc/ts.jks")
          .doesNotContainKey("unrelated")
          .doesNotContainKey("basic.auth.user.info");
    }
    assertThat(config.serdeConfig())
        .containsEntry("basic.auth.user.info", "user:pw")
        .containsEntry("basic.auth.credentials.source", "USER_INFO")
        .containsEntry("schema.registry.url", "http://127.0.0.1:8081")
        .doesNotContainKey("sasl.jaas.config");
  }

  @Test
  void secretsNeverAppearInTheRenderedConfiguration() {
    ReadoutConfig config = ReadoutConfig.of(Map.of(
        "sasl.jaas.config", "PlainLoginModule required password=\"s3cret\";",
        "ssl.keystore.password", "kspw",
        "basic.auth.user.info", "user:pw",
        "basic.auth.credentials.source", "USER_INFO",
        "bootstrap.servers", "b:9092"));
    String shown = config.toString() + ReadoutConfig.mask(config.streamsProperties("x"));
    assertThat(shown).doesNotContain("s3cret", "kspw", "user:pw").contains("b:9092", "USER_INFO");
  }
}
