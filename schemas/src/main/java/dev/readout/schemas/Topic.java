package dev.readout.schemas;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * One Kafka topic with the serdes of its keys and values and the configs it is created with.
 *
 * @param name the topic name
 * @param keySerde serde of the record keys
 * @param valueSerde serde of the record values
 * @param partitions partitions when the topic is created
 * @param configs topic-level configs when the topic is created (cleanup policy, retention)
 */
public record Topic<K, V>(
    String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions, Map<String, String> configs) {}
