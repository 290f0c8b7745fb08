package dev.readout.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A pid file recording a child process and the JVM that owns it. When the owner dies without
 * cleaning up (SIGKILL, an IDE's stop button), the child lives on holding its port and files; the
 * next owner of the same data directory finds it through this file and stops it. Start times
 * guard against pid reuse: a process is only stopped if it is the very one recorded, and only if
 * its owner is gone.
 */
final class OwnedProcess {

  private OwnedProcess() {}

  /** Records {@code child} as owned by this JVM. */
  static void record(Path pidFile, ProcessHandle child) {
    ProcessHandle owner = ProcessHandle.current();
    String line = describe(child) + " " + describe(owner);
    try {
      Files.writeString(pidFile, line + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Without the file an orphan cannot be found later; the child still runs fine now.
    }
  }

  static void forget(Path pidFile) {
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException ignored) {
      // A leftover file names a dead process and is ignored next time.
    }
  }

  /**
   * Stops the process the file records if it still runs and its owner does not; returns a
   * description of what was stopped, if anything.
   */
  static Optional<String> stopOrphan(Path pidFile, Duration timeout) {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> parts;
    try {
      parts = List.of(Files.readString(pidFile, StandardCharsets.UTF_8).trim().split(" "));
    } catch (IOException e) {
      return Optional.empty();
    }
    if (parts.size() != 4) {
      return Optional.empty();
    }
    Optional<ProcessHandle> child = find(parts.get(0), parts.get(1));
    Optional<ProcessHandle> owner = find(parts.get(2), parts.get(3));
    if (child.isEmpty() || owner.isPresent()) {
      return Optional.empty();
    }
    ProcessHandle orphan = child.get();
    CompletableFuture<ProcessHandle> exited = orphan.onExit();
    orphan.destroy();
    try {
      exited.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      orphan.destroyForcibly();
      try {
        exited.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException ignored) {
        // Reported below; the caller's start then fails on the port with a clear message.
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    } catch (ExecutionException ignored) {
      // onExit does not fail.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.of("process " + orphan.pid() + " left running by a process that died (owner pid " + parts.get(2) + ")");
  }

  private static String describe(ProcessHandle process) {
    return process.pid() + " " + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  /** The live process with this pid and start time, if it is still the same one. */
  private static Optional<ProcessHandle> find(String pid, String startMillis) {
    try {
      long started = Long.parseLong(startMillis);
      return ProcessHandle.of(Long.parseLong(pid))
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().startInstant().map(Instant::toEpochMilli).orElse(0L) == started);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
