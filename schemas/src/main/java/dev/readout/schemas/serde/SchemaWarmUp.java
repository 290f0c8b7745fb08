package dev.readout.schemas.serde;

import dev.readout.schemas.registry.SchemaRegistryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the Schema Registry at a service's start what its first records would otherwise wait for:
 * each Avro value serde of a topic the service writes registers (or looks up, or takes the latest
 * version of, as configured) its schema, and each one it reads readies the reader of its schema.
 * On a cold start these were one registry round trip per topic (35 to 360 ms each against a cold
 * Apicurio), six of them on the path of the first article: about a third of its latency.
 *
 * <p>Nothing here changes what the serdes do: a step that fails is logged and left to the first
 * record, which asks again and fails (or succeeds) exactly as it would have. Serdes that are not
 * {@link AvroSerde}s need nothing and are skipped.
 *
 * <pre>{@code
 * SchemaWarmUp.of("extract")
 *     .writes(Topics.MENTIONS, topics.mentions().valueSerde())
 *     .reads(Topics.ARTICLES, topics.articles().valueSerde())
 *     .run();
 * }</pre>
 */
public final class SchemaWarmUp {

  private static final Logger log = LoggerFactory.getLogger(SchemaWarmUp.class);

  /** What a run did: the topics whose schema ids are known now, and those left to the first record. */
  public record Outcome(List<String> prepared, List<String> deferred) {
    public Outcome {
      prepared = List.copyOf(prepared);
      deferred = List.copyOf(deferred);
    }
  }

  private record Step(String topic, AvroSerde<?> serde, boolean write) {}

  private final String service;
  private final List<Step> steps = new ArrayList<>();

  private SchemaWarmUp(String service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  /** @param service the service's short name, for the log */
  public static SchemaWarmUp of(String service) {
    return new SchemaWarmUp(service);
  }

  /** The service writes values to {@code topic} with {@code valueSerde}. */
  public SchemaWarmUp writes(String topic, Serde<?> valueSerde) {
    return add(topic, valueSerde, true);
  }

  /** The service reads values of {@code topic} with {@code valueSerde}. */
  public SchemaWarmUp reads(String topic, Serde<?> valueSerde) {
    return add(topic, valueSerde, false);
  }

  private SchemaWarmUp add(String topic, Serde<?> valueSerde, boolean write) {
    Objects.requireNonNull(topic, "topic");
    if (valueSerde instanceof AvroSerde<?> avro) {
      steps.add(new Step(topic, avro, write));
    }
    return this;
  }

  /**
   * Runs every step in order; never throws for a registry failure (see the class comment). Once
   * the registry does not answer at all, the remaining steps are deferred without asking: each
   * would wait for the same connection timeout, delaying the start for nothing.
   */
  public Outcome run() {
    long began = System.nanoTime();
    List<String> prepared = new ArrayList<>();
    List<String> deferred = new ArrayList<>();
    boolean unreachable = false;
    for (Step step : steps) {
      if (unreachable) {
        deferred.add(step.topic());
        continue;
      }
      try {
        int id = step.write() ? step.serde().prepareWrite(step.topic()) : step.serde().prepareRead(step.topic());
        log.debug("{}: {} {} with schema id {}", service, step.write() ? "writes" : "reads", step.topic(), id);
        prepared.add(step.topic());
      } catch (SchemaRegistryException | SerializationException e) {
        deferred.add(step.topic());
        SchemaRegistryException cause = registryCause(e);
        unreachable = cause != null && cause.status() == 0;
        if (!step.write() && cause != null && cause.isNotFound()) {
          // Nothing written to it with this schema yet: the first record fetches its writer's schema.
          log.debug("{}: no schema of {} to ready yet: {}", service, step.topic(), e.getMessage());
        } else {
          log.warn("{}: could not ready the schema of {} at start ({}); its first record will ask the registry again",
              service, step.topic(), e.getMessage());
        }
      }
    }
    log.info("{}: schemas of {} topic(s) ready in {} ms{}", service, prepared.size(),
        (System.nanoTime() - began) / 1_000_000, deferred.isEmpty() ? "" : ", left to the first record: " + deferred);
    return new Outcome(prepared, deferred);
  }

  private static SchemaRegistryException registryCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SchemaRegistryException registryException) {
        return registryException;
      }
    }
    return null;
  }
}
