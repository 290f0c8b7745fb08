package dev.readout.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.local.EmbeddedKafka;
import dev.readout.runtime.ReadoutConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log of a real service start, at INFO (where Kafka prints every client's configuration),
 * with passwords in its configuration: the keys show, their values never do.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SecretsInLogsIntegrationTest {

  @TempDir Path tmp;

  @Test
  void extractServiceStartLogsItsConfigurationWithEverySecretMasked() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(tmp.resolve("kafka")).start()) {
      List<String> settings = new ArrayList<>(List.of(
          ReadoutConfig.BOOTSTRAP_SERVERS + "=" + kafka.bootstrapServers(),
          // Starting needs no registry call: schemas are registered on the first record.
          ReadoutConfig.SCHEMA_REGISTRY_URL + "=http://127.0.0.1:9/apis/ccompat/v7",
          ReadoutConfig.STATE_DIR + "=" + tmp.resolve("state"),
          // The broker speaks plaintext: the SSL and SASL secrets are configured but unused.
          "security.protocol=PLAINTEXT",
          "basic.auth.credentials.source=USER_INFO",
          "basic.auth.user.info=readout:" + SecuritySettingsTest.REGISTRY_SECRET));
      SecuritySettingsTest.security().forEach((k, v) -> {
        if (!k.equals("security.protocol")) {
          settings.add(k + "=" + v);
        }
      });
      Path log = tmp.resolve("extract.log");
      try (ChildJvm extract = ChildJvm.start(ExtractProcess.class, log, "info", settings)) {
        extract.awaitLine(ExtractProcess.READY, Duration.ofMinutes(3));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(output).as("the start logged the clients' configuration").contains("sasl.jaas.config")
          .contains("ssl.truststore.password");
      for (String secret : List.of(SecuritySettingsTest.JAAS_SECRET, SecuritySettingsTest.TRUSTSTORE_SECRET,
          SecuritySettingsTest.KEY_SECRET, SecuritySettingsTest.REGISTRY_SECRET)) {
        assertThat(output).as("the service's log (%s) shows a secret", log).doesNotContain(secret);
      }
    }
  }
}
