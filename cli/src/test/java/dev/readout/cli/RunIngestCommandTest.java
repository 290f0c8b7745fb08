package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.runtime.ReadoutConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunIngestCommandTest {

  @TempDir Path dir;

  @Test
  void flagsOverrideTheConfigFile() throws Exception {
    Path file = dir.resolve("ingest.properties");
    Files.writeString(file, "bootstrap.servers=file:9092\nschema.registry.url=http://file:8081\nhttp.port=1\n");
    RunIngestCommand command = new RunIngestCommand();
    new CommandLine(command).parseArgs("--config", file.toString(), "--bootstrap-servers", "flag:9092",
        "--http-port", "0", "--set", "ingest.dedup.retention.ms=1000", "--state-dir", dir.toString());

    ReadoutConfig config = command.options.config();

    assertThat(config.bootstrapServers()).isEqualTo("flag:9092");
    assertThat(config.schemaRegistryUrl()).isEqualTo("http://file:8081");
    assertThat(config.httpPort(8091)).isZero();
    assertThat(config.get("ingest.dedup.retention.ms")).isEqualTo("1000");
    assertThat(config.stateDir()).isEqualTo(dir);
  }

  @Test
  void aMissingConfigFileIsAClearErrorNotAStackTrace() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Readout());
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("run", "ingest", "--config", dir.resolve("absent.properties").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith("readout run ingest: configuration file").contains("absent.properties")
        .doesNotContain("Exception");
  }

  @Test
  void runWithoutAServiceListsTheServices() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Readout());
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("run")).isZero();
    assertThat(out.toString()).contains("ingest").contains("READOUT_");
  }
}
