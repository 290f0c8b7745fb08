package dev.readout.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time and allocation of the services running in this JVM, attributed by thread name, plus
 * the JVM's process CPU time and heap.
 *
 * <p>A thread belongs to a service when its name contains {@code readout-<service>}: Kafka
 * Streams names its stream threads and its clients' network threads after the client id, which
 * starts with the application id. The bench's own producer, consumer and sampler are "bench";
 * everything else (the broker when it runs in process, the JVM's own Java threads) is "other".
 * Process CPU that no Java thread accounts for is split by {@link NativeThreadCpu} into the JIT
 * compilers, the garbage collector and RocksDB's background threads; what is left of it is
 * "unattributed". Heap is one pool for the whole JVM and is reported as such. Threads that end
 * between two samples keep their last sampled values.
 */
final class ResourceSampler {

  static final String BENCH = "bench";
  static final String OTHER = "other";
  static final String UNATTRIBUTED = "unattributed";

  private final List<String> services;
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Map<Long, long[]> baseline = new HashMap<>();
  private final Map<Long, long[]> latest = new HashMap<>();
  private final Map<Long, String> owner = new HashMap<>();
  private final long processCpuStart;
  private final NativeThreadCpu hidden = new NativeThreadCpu();
  private long maxHeapUsed;

  ResourceSampler(List<String> services) {
    this.services = List.copyOf(services);
    if (threads.isThreadCpuTimeSupported()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    threads.setThreadAllocatedMemoryEnabled(true);
    processCpuStart = os.getProcessCpuTime();
    read(baseline);
  }

  /** Takes one sample; call every second or so. */
  synchronized void sample() {
    read(latest);
    maxHeapUsed = Math.max(maxHeapUsed, memory.getHeapMemoryUsage().getUsed());
  }

  private void read(Map<Long, long[]> into) {
    long[] ids = threads.getAllThreadIds();
    long[] cpu = threads.getThreadCpuTime(ids);
    long[] allocated = threads.getThreadAllocatedBytes(ids);
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      if (infos[i] == null || cpu[i] < 0) {
        continue;
      }
      into.put(ids[i], new long[] {cpu[i], Math.max(0, allocated[i])});
      owner.putIfAbsent(ids[i], serviceOf(infos[i].getThreadName()));
    }
  }

  private String serviceOf(String threadName) {
    for (String service : services) {
      if (threadName.contains("readout-" + service)) {
        return service;
      }
    }
    return threadName.contains("readout-bench") ? BENCH : OTHER;
  }

  /** What was used since construction. */
  synchronized Usage usage(double seconds) {
    sample();
    Map<String, long[]> byService = new LinkedHashMap<>();
    services.forEach(s -> byService.put(s, new long[2]));
    byService.put(BENCH, new long[2]);
    byService.put(OTHER, new long[2]);
    latest.forEach((id, now) -> {
      long[] before = baseline.getOrDefault(id, new long[2]);
      long[] sum = byService.get(owner.getOrDefault(id, OTHER));
      sum[0] += now[0] - before[0];
      sum[1] += now[1] - before[1];
    });
    Map<String, ServiceUsage> out = new LinkedHashMap<>();
    byService.forEach((service, sum) -> out.put(service, new ServiceUsage(
        sum[0] / 1e9, seconds > 0 ? sum[0] / 1e9 / seconds : 0, seconds > 0 ? sum[1] / 1e6 / seconds : 0)));
    double processCpu = (os.getProcessCpuTime() - processCpuStart) / 1e9;
    double attributed = out.values().stream().mapToDouble(ServiceUsage::cpuSeconds).sum();
    // JIT, GC and RocksDB's background threads are not listed as Java threads: /proc sees them.
    double unlisted = Math.max(0, processCpu - attributed);
    for (Map.Entry<String, Double> kind : hidden.sinceStart().entrySet()) {
      double cpu = Math.min(unlisted, kind.getValue());
      unlisted -= cpu;
      out.put(kind.getKey(), new ServiceUsage(cpu, seconds > 0 ? cpu / seconds : 0, 0));
    }
    out.put(UNATTRIBUTED, new ServiceUsage(unlisted, seconds > 0 ? unlisted / seconds : 0, 0));
    return new Usage(processCpu, seconds > 0 ? processCpu / seconds : 0, os.getAvailableProcessors(),
        os.getSystemLoadAverage(), maxHeapUsed / (1024 * 1024), memory.getHeapMemoryUsage().getMax() / (1024 * 1024), out);
  }

  /**
   * @param cpuSeconds CPU time of the service's threads
   * @param cores average cores busy (CPU seconds per wall second)
   * @param allocatedMbPerSecond heap allocation rate of its threads
   */
  record ServiceUsage(double cpuSeconds, double cores, double allocatedMbPerSecond) {}

  /** Process-wide figures (and the machine's 1-minute load average at the end) and the per-service split. */
  record Usage(double processCpuSeconds, double processCores, int availableCores, double systemLoadAverage,
               long maxHeapUsedMb, long heapMaxMb,
               Map<String, ServiceUsage> services) {}
}
