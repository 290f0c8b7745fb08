package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunExtractCommandTest {

  @TempDir Path tmp;

  @Test
  void helpNamesTheTopicsTheDeadLetterQueueAndTheSettings() {
    CommandRun run = CommandRun.readout("run", "extract", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("readout.articles", "readout.mentions", "readout.events.meeting|call|statement", "readout.mentions.dlq")
        .contains("--bootstrap-servers", "--schema-registry-url", "--http-port", "--gazetteer", "--config");
  }

  @Test
  void runListsTheExtractService() {
    CommandRun run = CommandRun.readout("run", "--help");

    assertThat(run.out()).contains("extract");
  }

  @Test
  void missingConfigurationFileIsAClearErrorNotAStackTrace() {
    Path missing = tmp.resolve("nope.properties");

    CommandRun run = CommandRun.readout("run", "extract", "--config", missing.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("readout run extract:").contains(missing.toString()).doesNotContain("Exception");
  }
}
