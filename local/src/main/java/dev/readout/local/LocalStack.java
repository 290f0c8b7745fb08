package dev.readout.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * A real Kafka broker and a Schema Registry on 127.0.0.1: what {@code ./readout up} and {@code
 * ./readout demo} run, and what integration tests start once per class.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start()) {
 *   Map<String, Object> config = new HashMap<>(stack.clientConfig());
 *   // bootstrap.servers and schema.registry.url are set
 * }
 * }</pre>
 *
 * <p>With a data directory, the broker keeps its log in {@code <dir>/kafka} and the registry its
 * schemas in {@code <dir>/registry}, so a restart keeps topics, offsets and schema ids.
 */
public final class LocalStack implements AutoCloseable {

  private final EmbeddedKafka kafka;
  private final LocalRegistry registry;
  private final boolean shared;

  private LocalStack(EmbeddedKafka kafka, LocalRegistry registry, boolean shared) {
    this.kafka = kafka;
    this.registry = registry;
    this.shared = shared;
  }

  /** Holds the JVM-wide stack, started on first use. */
  private static final class Shared {
    static final LocalStack INSTANCE = startShared();

    private static LocalStack startShared() {
      LocalStack started = builder().start();
      LocalStack stack = new LocalStack(started.kafka, started.registry, true);
      Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "readout-shared-stack-shutdown"));
      return stack;
    }
  }

  /**
   * One stack for the whole JVM (a test fork), started on first call and stopped when the JVM
   * exits: test classes that only need some broker and registry skip a start each. Its {@link
   * #close()} does nothing; use topic names of your own, since other classes share it.
   */
  public static LocalStack shared() {
    return Shared.INSTANCE;
  }

  /** Both on free ports with temporary data. */
  public static LocalStack start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  public EmbeddedKafka kafka() {
    return kafka;
  }

  public LocalRegistry registry() {
    return registry;
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** The registry's Confluent-compatible URL, for {@code schema.registry.url}. */
  public String schemaRegistryUrl() {
    return registry.url();
  }

  /** {@code bootstrap.servers} and {@code schema.registry.url}, to merge into any client or serde config. */
  public Map<String, Object> clientConfig() {
    return Map.of("bootstrap.servers", bootstrapServers(), "schema.registry.url", schemaRegistryUrl());
  }

  /** Stops the registry and the broker; safe to call twice; does nothing on the {@link #shared()} stack. */
  @Override
  public void close() {
    if (!shared) {
      stop();
    }
  }

  private void stop() {
    RuntimeException failure = null;
    try {
      registry.close();
    } catch (RuntimeException e) {
      failure = e;
    }
    try {
      kafka.close();
    } catch (RuntimeException e) {
      if (failure != null) {
        e.addSuppressed(failure);
      }
      failure = e;
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Options for the stack; every one has a sensible default. */
  public static final class Builder {
    private int kafkaPort;
    private int registryPort;
    private Path dataDir;
    private Consumer<String> progress = line -> {};

    private Builder() {}

    /** The broker's client port; 0 (the default) picks a free one. */
    public Builder kafkaPort(int port) {
      this.kafkaPort = port;
      return this;
    }

    /** The registry's HTTP port; 0 (the default) picks a free one. */
    public Builder registryPort(int port) {
      this.registryPort = port;
      return this;
    }

    /** Where both keep their data between runs; by default temporary directories. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
      return this;
    }

    /** Receives one line per step ("Kafka ready on 127.0.0.1:9092 in 3.9 s"). */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** Starts the registry's JVM and the broker side by side; returns when both answer. */
    public LocalStack start() {
      long began = System.nanoTime();
      LocalRegistry.Builder registryBuilder = LocalRegistry.builder().port(registryPort);
      EmbeddedKafka.Builder kafkaBuilder = EmbeddedKafka.builder().port(kafkaPort);
      if (dataDir != null) {
        registryBuilder.dataDir(dataDir.resolve("registry"));
        kafkaBuilder.dataDir(dataDir.resolve("kafka"));
      }
      progress.accept("Starting Kafka and Apicurio Registry" + (dataDir == null ? "" : " with data in " + dataDir.toAbsolutePath()) + "...");
      // The registry is a separate JVM that takes longest: start it first and meanwhile the broker.
      CompletableFuture<LocalRegistry> registry =
          CompletableFuture.supplyAsync(
              () -> {
                LocalRegistry started = registryBuilder.start();
                progress.accept("Schema Registry ready on " + started.url() + " in " + seconds(began));
                return started;
              });
      EmbeddedKafka kafka;
      try {
        kafka = kafkaBuilder.start();
      } catch (RuntimeException e) {
        registry.thenAccept(LocalRegistry::close);
        throw e;
      }
      progress.accept("Kafka ready on " + kafka.bootstrapServers() + " in " + seconds(began));
      try {
        return new LocalStack(kafka, registry.join(), false);
      } catch (CompletionException e) {
        kafka.close();
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }

    private static String seconds(long began) {
      return String.format(Locale.ROOT, "%.1f s", Duration.ofNanos(System.nanoTime() - began).toMillis() / 1000.0);
    }
  }
}
