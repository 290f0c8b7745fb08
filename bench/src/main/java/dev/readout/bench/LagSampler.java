package dev.readout.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag of the services' groups: for every partition a group has committed on (inputs and
 * internal repartition topics), the last stable offset minus the committed offset, summed.
 */
final class LagSampler {

  private final Admin admin;
  private final List<String> groups;
  private final Map<String, Long> max = new LinkedHashMap<>();
  private final Map<String, Long> last = new LinkedHashMap<>();

  LagSampler(Admin admin, List<String> groups) {
    this.admin = admin;
    this.groups = List.copyOf(groups);
    groups.forEach(g -> {
      max.put(g, 0L);
      last.put(g, -1L);
    });
  }

  /** Samples every group's lag; a group without commits yet has lag -1 (unknown). */
  synchronized Map<String, Long> sample() {
    for (String group : groups) {
      long lag = lag(group);
      last.put(group, lag);
      max.merge(group, lag, Math::max);
    }
    return Map.copyOf(last);
  }

  private long lag(String group) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      if (committed.isEmpty()) {
        return -1;
      }
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
          .get(10, TimeUnit.SECONDS);
      long sum = 0;
      for (var entry : committed.entrySet()) {
        if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
          sum += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
        }
      }
      return sum;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    } catch (Exception e) {
      return -1;
    }
  }

  synchronized Map<String, Long> max() {
    return Map.copyOf(max);
  }

  synchronized Map<String, Long> last() {
    return Map.copyOf(last);
  }
}
