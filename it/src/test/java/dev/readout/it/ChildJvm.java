package dev.readout.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A main class of the test classpath run in its own JVM, its output in a log file. */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static ChildJvm start(Class<?> main, Path log, List<String> args) throws IOException {
    return start(main, log, "warn", args);
  }

  /** @param logLevel slf4j-simple's default level in the child ({@code info} shows Kafka's client configs) */
  static ChildJvm start(Class<?> main, Path log, String logLevel, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "--sun-misc-unsafe-memory-access=allow",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=" + logLevel,
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildJvm(process, log);
  }

  /** Waits until the log holds {@code line}; fails with the log's tail when the JVM dies or time runs out. */
  void awaitLine(String line, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("child JVM exited with " + process.exitValue() + " before printing " + line + ":\n" + tail());
      }
      Thread.sleep(200);
    }
    throw new AssertionError("child JVM did not print " + line + " within " + timeout.toSeconds() + " s:\n" + tail());
  }

  /** The honest {@code kill -9}: SIGKILL, no shutdown hooks run. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  String tail() throws IOException {
    String all = Files.readString(log, StandardCharsets.UTF_8);
    return all.length() <= 4000 ? all : all.substring(all.length() - 4000);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
