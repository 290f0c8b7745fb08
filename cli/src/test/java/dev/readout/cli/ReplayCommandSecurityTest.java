package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReplayCommandSecurityTest {

  @TempDir Path dir;

  @Test
  void clusterSecuritySettingsFromTheConfigFileReachTheReplayClients() throws Exception {
    Path config = dir.resolve("cluster.properties");
    Files.writeString(config, String.join("\n",
        "security.protocol=SASL_SSL",
        "sasl.mechanism=PLAIN",
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"p\";",
        "ssl.truststore.location=/etc/kafka/truststore.jks",
        "bootstrap.servers=from-file:9092"));
    ReplayCommand replay = new ReplayCommand();
    new CommandLine(replay).parseArgs("--config", config.toString(), "--bootstrap-servers", "broker-1:9093", "feed");

    var client = replay.clientConfig();

    assertThat(client)
        .as("replay's admin client and producer settings")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "PLAIN")
        .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.jks")
        .containsKey("sasl.jaas.config")
        .containsEntry("bootstrap.servers", "broker-1:9093");
  }
}
