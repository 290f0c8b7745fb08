package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReplayCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void exportsTheSelectedArticlesAndSummarizesWithoutABroker() throws Exception {
    Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
        "{\"id\":\"x1\",\"source\":\"W\",\"published_at\":\"2026-02-01T10:00:00Z\",\"text\":\"One.\"}",
        "{\"id\":\"x2\",\"source\":\"W\",\"published_at\":\"2026-02-02T10:00:00Z\",\"text\":\"Two.\"}",
        "oops",
        "{\"id\":\"x3\",\"source\":\"W\",\"published_at\":\"2026-02-03T10:00:00Z\",\"text\":\"Three.\"}"));
    Path exported = dir.resolve("out.jsonl");

    int code = execute(dir.resolve("a.jsonl").toString(), "--to", "2026-02-02", "--export-jsonl", exported.toString());

    assertThat(code).as("exit code with an unreadable line").isEqualTo(2);
    assertThat(Files.readAllLines(exported)).hasSize(2).allMatch(l -> l.startsWith("{\"id\":\"x"));
    assertThat(out.toString()).contains("Published 2 articles to " + exported, "1 published after --to",
        dir.resolve("a.jsonl") + ":3: not valid JSON");
    assertThat(err.toString()).contains("replay: skipped " + dir.resolve("a.jsonl") + ":3");
  }

  @Test
  void aWrongSpeedIsAUsageErrorThatSaysWhatIsAccepted() {
    int code = execute("--speed", "fast", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("speed must be max, realtime or <N>x", "Usage:");
  }

  @Test
  void anUnreachableBrokerFailsWithItsAddress() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    int code = execute("--bootstrap-servers", "127.0.0.1:" + port, dir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no Kafka broker answered at 127.0.0.1:" + port);
  }

  private int execute(String... args) {
    return new CommandLine(new ReplayCommand())
        .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
  }
}
