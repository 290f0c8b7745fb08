package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code readout demo} as a user runs it: a separate JVM that reaches events of all three types
 * and, on Ctrl-C (SIGINT), stops the services, the registry's JVM and the broker, leaving no
 * process behind.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DemoProcessTest {

  private static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).resolve("..").toAbsolutePath().normalize();
  private static final Pattern TALLY =
      Pattern.compile("(\\d+) calls?, (\\d+) meetings?, (\\d+) statements?");

  @Test
  void demoReachesEveryEventTypeAndStopsCleanlyOnSigint() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process demo =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "-Dreadout.home=" + ROOT,
                Readout.class.getName(),
                "demo", "--speed", "max", "--http-port", "0",
                ROOT.resolve("samples/feed").toString())
            .redirectErrorStream(true)
            .start();
    List<String> lines = new ArrayList<>();
    Thread reader = startReading(demo, lines);
    try {
      boolean allTypes = awaitLine(lines, demo, DemoProcessTest::hasEveryType, Duration.ofMinutes(8));
      assertThat(allTypes)
          .as("the demo reaches calls, meetings and statements; its output:%n%s", String.join("\n", lines))
          .isTrue();
      List<ProcessHandle> children = demo.descendants().toList();
      assertThat(children).as("the registry runs as a child JVM of the demo").isNotEmpty();

      new ProcessBuilder("kill", "-INT", Long.toString(demo.pid())).start().waitFor();

      assertThat(demo.waitFor(3, TimeUnit.MINUTES))
          .as("the demo exits after SIGINT; its output:%n%s", String.join("\n", lines))
          .isTrue();
      reader.join(Duration.ofSeconds(10).toMillis());
      assertThat(lines).as("the demo says it stopped").anyMatch(l -> l.startsWith("Stopped"));
      for (ProcessHandle child : children) {
        assertThat(child.isAlive()).as("child process %s left behind after SIGINT", child.pid()).isFalse();
      }
    } finally {
      demo.descendants().forEach(ProcessHandle::destroyForcibly);
      demo.destroyForcibly();
    }
  }

  private static boolean hasEveryType(String line) {
    Matcher m = TALLY.matcher(line);
    return m.find()
        && Integer.parseInt(m.group(1)) > 0
        && Integer.parseInt(m.group(2)) > 0
        && Integer.parseInt(m.group(3)) > 0;
  }

  private static Thread startReading(Process process, List<String> lines) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  synchronized (lines) {
                    lines.add(line);
                  }
                }
              } catch (IOException closed) {
                // The process ended.
              }
            },
            "demo-output");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private static boolean awaitLine(
      List<String> lines, Process process, java.util.function.Predicate<String> wanted, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (lines) {
        if (lines.stream().anyMatch(wanted)) {
          return true;
        }
      }
      if (!process.isAlive()) {
        return false;
      }
      Thread.sleep(250);
    }
    return false;
  }
}
