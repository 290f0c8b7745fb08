package dev.readout.bench;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Records a service's producers sent, per topic, from their {@code producer-topic-metrics}: the
 * output, repartition and changelog records one article costs, which the broker stores and the
 * exactly-once transactions carry. A count, so it does not depend on how busy the machine was.
 */
final class RecordsWritten {

  private static final String GROUP = "producer-topic-metrics";
  private static final String SENT = "record-send-total";

  private RecordsWritten() {}

  /** Records sent per topic, summed over the service's producers (one per stream thread). */
  static Map<String, Long> byTopic(Map<MetricName, ? extends Metric> metrics) {
    Map<String, Long> byTopic = new TreeMap<>();
    metrics.forEach((name, metric) -> {
      String topic = name.tags().get("topic");
      if (GROUP.equals(name.group()) && SENT.equals(name.name()) && topic != null
          && metric.metricValue() instanceof Number sent) {
        byTopic.merge(topic, Math.round(sent.doubleValue()), Long::sum);
      }
    });
    return byTopic;
  }
}
