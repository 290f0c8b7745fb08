package dev.readout.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this JVM's threads that {@code ThreadMXBean} does not list, read per OS thread
 * from {@code /proc/self/task}: the JIT compilers, the garbage collector and RocksDB's background
 * threads. Without it their time is one "unattributed" figure, and a short run's JIT compilation
 * (a third of its CPU) looks like pipeline cost. Linux only; elsewhere every figure is zero.
 */
final class NativeThreadCpu {

  /** {@code /proc/<pid>/task/<tid>/stat} counts in USER_HZ, which Linux fixes at 100 for user space. */
  private static final double TICKS_PER_SECOND = 100.0;
  private static final Path TASKS = Path.of("/proc/self/task");

  /** The kinds of hidden threads told apart, in report order. */
  static final String JIT = "jit";
  static final String GC = "gc";
  static final String ROCKSDB = "rocksdb";

  private final Map<String, Long> baseline = new HashMap<>();

  NativeThreadCpu() {
    read(baseline);
  }

  /** CPU seconds per kind since construction (threads that ended meanwhile are not counted). */
  Map<String, Double> sinceStart() {
    Map<String, Long> now = new HashMap<>();
    read(now);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put(JIT, 0.0);
    out.put(GC, 0.0);
    out.put(ROCKSDB, 0.0);
    now.forEach((key, ticks) -> {
      String kind = key.substring(key.indexOf('|') + 1);
      long delta = ticks - baseline.getOrDefault(key, 0L);
      out.merge(kind, Math.max(0, delta) / TICKS_PER_SECOND, Double::sum);
    });
    return out;
  }

  /** Reads ticks per hidden thread, keyed {@code <tid>|<kind>}. */
  private static void read(Map<String, Long> into) {
    if (!Files.isDirectory(TASKS)) {
      return;
    }
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        try {
          String kind = kindOf(Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip());
          if (kind != null) {
            into.put(task.getFileName() + "|" + kind, ticks(Files.readString(task.resolve("stat"), StandardCharsets.UTF_8)));
          }
        } catch (IOException | RuntimeException e) {
          // the thread ended between listing and reading: it is simply not counted
        }
      }
    } catch (IOException e) {
      // no /proc: nothing to attribute
    }
  }

  /** The kind of a hidden thread by its OS name (15 characters at most), or null for any other. */
  static String kindOf(String comm) {
    if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
      return JIT;
    }
    if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread")) {
      return GC;
    }
    if (comm.startsWith("rocksdb:")) {
      return ROCKSDB;
    }
    return null;
  }

  /**
   * utime + stime from a stat line. The thread's name (field 2) is in parentheses and may hold
   * spaces, so fields are counted after its closing parenthesis: utime and stime are fields 14 and
   * 15, the 12th and 13th after it.
   */
  static long ticks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}
