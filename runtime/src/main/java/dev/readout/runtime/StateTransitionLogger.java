package dev.readout.runtime;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each Kafka Streams state transition as one line, with the time spent in the old state. */
public final class StateTransitionLogger implements KafkaStreams.StateListener {

  private static final Logger log = LoggerFactory.getLogger(StateTransitionLogger.class);

  private final String service;
  private volatile Instant since = Instant.now();

  public StateTransitionLogger(String service) {
    this.service = service;
  }

  @Override
  public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
    Instant now = Instant.now();
    long ms = Duration.between(since, now).toMillis();
    since = now;
    if (newState == KafkaStreams.State.ERROR) {
      log.error("{}: {} -> {} after {} ms", service, oldState, newState, ms);
    } else {
      log.info("{}: {} -> {} after {} ms", service, oldState, newState, ms);
    }
  }
}
