package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(600)
class UpCommandTest {

  @TempDir Path dataDir;

  @Test
  void upStartsBrokerAndRegistryReportsWhereAndStopsCleanly() throws Exception {
    UpCommand up = new UpCommand();
    StringWriter output = new StringWriter();
    StringWriter errors = new StringWriter();
    CommandLine commandLine =
        new CommandLine(up).setOut(new PrintWriter(output, true)).setErr(new PrintWriter(errors, true));
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread runner =
        new Thread(
            () ->
                exitCode.set(
                    commandLine.execute(
                        "--kafka-port", "0", "--registry-port", "0", "--data-dir", dataDir.toString())),
            "readout-up");
    runner.start();

    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!output.toString().contains("Press Ctrl-C to stop.") && runner.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    String started = output.toString();
    assertThat(started).as("output of up (errors: %s)", errors).contains("Press Ctrl-C to stop.");
    assertThat(started).containsPattern("Kafka ready on 127\\.0\\.0\\.1:\\d+ in \\d+\\.\\d s");
    assertThat(started).containsPattern("Schema Registry ready on http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7 in");

    String bootstrap = find(started, "bootstrap\\.servers += (\\S+)");
    String registryUrl = find(started, "schema\\.registry\\.url += (\\S+)");
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
          .as("the broker up reports at %s answers", bootstrap)
          .hasSize(1);
    }
    int registryPort = java.net.URI.create(registryUrl).getPort();
    assertThat(listening(registryPort)).as("registry listens on %s", registryUrl).isTrue();

    up.requestStop();
    runner.join(Duration.ofMinutes(2).toMillis());
    assertThat(runner.isAlive()).as("up returns after a stop request").isFalse();
    assertThat(exitCode.get()).isZero();
    assertThat(output.toString()).contains("Stopped; data kept in");
    int kafkaPort = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    assertThat(listening(kafkaPort)).as("Kafka port closed after stop").isFalse();
    assertThat(listening(registryPort)).as("registry port closed after stop").isFalse();
    assertThat(Files.isDirectory(dataDir.resolve("kafka"))).as("Kafka data kept").isTrue();
    assertThat(Files.isDirectory(dataDir.resolve("registry"))).as("registry data kept").isTrue();
  }

  @Test
  void helpExplainsTheOptionsAndTheirDefaults() {
    StringWriter output = new StringWriter();
    int code = new CommandLine(new Readout()).setOut(new PrintWriter(output, true)).execute("up", "--help");
    assertThat(code).isZero();
    assertThat(output.toString())
        .contains("--kafka-port")
        .contains("default: 9092")
        .contains("default: 8081")
        .contains("default: .readout/data");
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("'%s' in:%n%s", regex, text).isTrue();
    return m.group(1);
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
