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
 * starts with the application id. Everything else (the broker when it runs in process, the
 * bench's own producer and consumer, JIT) is "other"; process CPU that no Java thread accounts for
 * (GC, RocksDB's native threads) is "unattributed". Heap is one pool for the whole JVM
 * and is reported as such. Threads that end between two samples keep their last sampled values.
 */
final class ResourceSampler {

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
    return "other";
  }

  /** What was used since construction. */
  synchronized Usage usage(double seconds) {
    sample();
    Map<String, long[]> byService = new LinkedHashMap<>();
    services.forEach(s -> byService.put(s, new long[2]));
    byService.put("other", new long[2]);
    latest.forEach((id, now) -> {
      long[] before = baseline.getOrDefault(id, new long[2]);
      long[] sum = byService.get(owner.getOrDefault(id, "other"));
      sum[0] += now[0] - before[0];
      sum[1] += now[1] - before[1];
    });
    Map<String, ServiceUsage> out = new LinkedHashMap<>();
    byService.forEach((service, sum) -> out.put(service, new ServiceUsage(
        sum[0] / 1e9, seconds > 0 ? sum[0] / 1e9 / seconds : 0, seconds > 0 ? sum[1] / 1e6 / seconds : 0)));
    double processCpu = (os.getProcessCpuTime() - processCpuStart) / 1e9;
    double attributed = out.values().stream().mapToDouble(ServiceUsage::cpuSeconds).sum();
    // GC and RocksDB's background threads are not Java threads: only the process total sees them.
    double unattributed = Math.max(0, processCpu - attributed);
    out.put("unattributed", new ServiceUsage(unattributed, seconds > 0 ? unattributed / seconds : 0, 0));
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
