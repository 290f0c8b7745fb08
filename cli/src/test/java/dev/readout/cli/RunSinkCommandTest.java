package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RunSinkCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new Readout())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void helpListsTheRoutesAndTheSettings() {
    int exit = run("run", "sink", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("/api/events", "/api/events/{id}", "/api/actors", "/api/stream", "/metrics")
        .contains("http.advertised.host", "sink.replay.capacity", "--advertised-host");
  }

  @Test
  void badSettingFailsAtOnceWithAClearMessage() {
    int exit = run("run", "sink", "--set", "sink.replay.capacity=0", "--bootstrap-servers", "127.0.0.1:1");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("readout run sink:").contains("replay capacity must be at least 1");
  }

  @Test
  void outOfRangePortIsRefusedBeforeContactingTheBroker() {
    int exit = run("run", "sink", "--http-port", "70000", "--bootstrap-servers", "127.0.0.1:1");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("http.port must be from 0 to 65535");
  }
}
