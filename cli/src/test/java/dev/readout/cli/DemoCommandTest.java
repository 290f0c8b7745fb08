package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(900)
class DemoCommandTest {

  private static final Path SAMPLE_FEED =
      Path.of(System.getProperty("basedir", ".")).resolve("../samples/feed").normalize();

  @TempDir Path dataDir;

  @Test
  void demoRunsThePipelineOnTheSampleFeedServesTheDashboardAndStopsCleanly() throws Exception {
    DemoCommand demo = new DemoCommand();
    StringWriter output = new StringWriter();
    StringWriter errors = new StringWriter();
    CommandLine commandLine =
        new CommandLine(demo).setOut(new PrintWriter(output, true)).setErr(new PrintWriter(errors, true));
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread runner = new Thread(() -> exitCode.set(commandLine.execute(
        "--speed", "max", "--http-port", "0", "--data-dir", dataDir.toString(), SAMPLE_FEED.toString())),
        "readout-demo-test");
    runner.start();

    awaitOutput(output, runner, "Ctrl-C to stop.", Duration.ofMinutes(8));
    String started = output.toString();
    assertThat(started).as("demo output (errors: %s)", errors).contains("Published 24 articles to readout.articles.raw");
    String dashboard = find(started, "Dashboard +(\\S+)");
    HttpResponse<String> page = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(dashboard)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("GET %s", dashboard).isEqualTo(200);
    awaitOutput(output, runner, "[1-9]\\d* meetings?", Duration.ofMinutes(3));

    demo.requestStop();
    runner.join(Duration.ofMinutes(3).toMillis());

    assertThat(runner.isAlive()).as("the demo stops when asked").isFalse();
    assertThat(exitCode.get()).isZero();
    assertThat(output.toString()).contains("Stopped; data kept in " + dataDir.toAbsolutePath().normalize());
    assertThat(Files.exists(dataDir.resolve("kafka"))).as("broker data kept in --data-dir").isTrue();
  }

  private static void awaitOutput(StringWriter output, Thread runner, String regex, Duration timeout)
      throws InterruptedException {
    Pattern pattern = Pattern.compile(regex);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!pattern.matcher(output.toString()).find() && runner.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(output.toString()).as("demo output").containsPattern(pattern);
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("'%s' in %s", regex, text).isTrue();
    return m.group(1);
  }
}
