package dev.readout.bench;

import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.stream.ExtractService;
import dev.readout.ingest.stream.IngestService;
import dev.readout.local.LocalStack;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.runtime.TopicCreator;
import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The end-to-end load harness: publishes generated articles to {@code readout.articles.raw} at a
 * target rate, through ingest and extract (started in this JVM unless they run elsewhere), and
 * measures throughput, latency from publish to the first event upsert, consumer lag, CPU and
 * memory.
 *
 * <pre>{@code
 * BenchReport report = new Bench(options, System.err).run();
 * System.out.print(report.table());
 * }</pre>
 */
public final class Bench {

  /** Output must stay quiet this long, with no lag, before the run counts as settled. */
  private static final Duration QUIET = Duration.ofSeconds(5);
  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final List<String> SERVICES = List.of("ingest", "extract");

  /**
   * The least time after the warm-up for a throughput "after warm-up": a run that ends just after
   * it leaves only the drain of its last articles, whose rate says little.
   */
  static final Duration MIN_STEADY_WINDOW = Duration.ofSeconds(10);

  private final BenchOptions options;
  private final PrintStream progress;

  public Bench(BenchOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
  }

  public BenchReport run() throws Exception {
    String runId = Long.toString(System.currentTimeMillis(), 36);
    List<ArticleGenerator.Template> templates = ArticleGenerator.load(options.templates());
    ArticleGenerator generator = new ArticleGenerator(templates, runId, options.articles(), 42, options.stories());
    List<ArticleGenerator.Generated> articles = new ArrayList<>(options.articles());
    for (int i = 0; i < options.articles(); i++) {
      articles.add(generator.next(i));
    }
    progress.printf(Locale.ROOT, "Generated %d articles from %d templates (ids bench-%s-*)%n", articles.size(),
        templates.size(), runId);

    ComponentTimings components = null;
    if (options.componentSample() > 0) {
      progress.println("Timing the engine and the Avro serde alone...");
      components = ComponentTimings.measure(ExtractionEngine.createDefault(),
          articles.subList(0, Math.min(options.componentSample(), articles.size())));
    }

    LocalStack stack = null;
    Path stateDir = Files.createTempDirectory("readout-bench-state");
    List<AutoCloseable> services = new ArrayList<>();
    try {
      String bootstrap = options.bootstrapServers();
      String registry = options.schemaRegistryUrl();
      if (bootstrap == null) {
        stack = LocalStack.builder().progress(progress::println).start();
        bootstrap = stack.bootstrapServers();
        registry = stack.schemaRegistryUrl();
      }
      Map<String, String> settings = new HashMap<>(options.extraConfig());
      settings.put(ReadoutConfig.BOOTSTRAP_SERVERS, bootstrap);
      settings.put(ReadoutConfig.SCHEMA_REGISTRY_URL, registry);
      settings.putIfAbsent(ReadoutConfig.HTTP_PORT, "0");
      if (options.partitions() > 0) {
        // The services create the event topics: with the input's partitions, not their default.
        settings.putIfAbsent(ReadoutConfig.TOPICS_PARTITIONS, Integer.toString(options.partitions()));
      }
      ReadoutConfig config = ReadoutConfig.of(settings);
      Topics topics = new Topics(config.serdeConfig());
      int partitions = createInputTopics(config, topics);

      if (options.servicesInProcess()) {
        IngestService ingest = new IngestService(config.with(ReadoutConfig.STATE_DIR, stateDir.resolve("ingest").toString()));
        services.add(ingest);
        ingest.start();
        for (int i = 0; i < options.extractInstances(); i++) {
          ExtractService extract = ExtractService.createDefault(
              config.with(ReadoutConfig.STATE_DIR, stateDir.resolve("extract-" + i).toString()), false);
          services.add(extract);
          extract.start();
        }
        awaitRunning(ingest, services);
      }
      BenchReport report = measure(config, topics, articles, generator.id(0).substring(0, generator.id(0).length() - 1),
          partitions, components);
      return options.servicesInProcess() ? report.withRecordsWritten(recordsWritten(services)) : report;
    } finally {
      for (int i = services.size() - 1; i >= 0; i--) {
        services.get(i).close();
      }
      if (stack != null) {
        stack.close();
      }
      deleteQuietly(stateDir);
    }
  }

  /** Records each in-process service's producers sent, per topic (extract instances summed). */
  private static Map<String, Map<String, Long>> recordsWritten(List<AutoCloseable> services) {
    Map<String, Map<String, Long>> written = new java.util.TreeMap<>();
    for (AutoCloseable service : services) {
      String name;
      Map<String, Long> byTopic;
      if (service instanceof IngestService ingest) {
        name = "ingest";
        byTopic = RecordsWritten.byTopic(ingest.runtime().streams().metrics());
      } else if (service instanceof ExtractService extract) {
        name = "extract";
        byTopic = RecordsWritten.byTopic(extract.streams().streams().metrics());
      } else {
        continue;
      }
      byTopic.forEach((topic, n) -> written.computeIfAbsent(name, k -> new java.util.TreeMap<>()).merge(topic, n, Long::sum));
    }
    return written;
  }

  private int createInputTopics(ReadoutConfig config, Topics topics) {
    int partitions = options.partitions() > 0 ? options.partitions() : Topics.DEFAULT_PARTITIONS;
    if (options.partitions() > 0) {
      List<Topic<?, ?>> inputs = List.of(withPartitions(topics.articlesRaw(), partitions),
          withPartitions(topics.articles(), partitions), withPartitions(topics.mentions(), partitions));
      List<String> created = TopicCreator.ensure(config, inputs);
      if (created.size() < inputs.size()) {
        progress.println("Note: some input topics existed already and keep their partition count: "
            + inputs.stream().map(Topic::name).filter(n -> !created.contains(n)).toList());
      }
    }
    return partitions;
  }

  private static <K, V> Topic<K, V> withPartitions(Topic<K, V> topic, int partitions) {
    return new Topic<>(topic.name(), topic.keySerde(), topic.valueSerde(), partitions, topic.configs());
  }

  private void awaitRunning(IngestService ingest, List<AutoCloseable> services) throws InterruptedException {
    progress.println("Waiting for ingest and " + options.extractInstances() + " extract instance(s) to run...");
    if (!ingest.runtime().awaitRunning(STARTUP)) {
      throw new IllegalStateException("ingest did not reach RUNNING within " + STARTUP.toSeconds() + " s: " + ingest.state());
    }
    for (AutoCloseable service : services) {
      if (service instanceof ExtractService extract && !extract.streams().awaitRunning(STARTUP)) {
        throw new IllegalStateException("extract did not reach RUNNING within " + STARTUP.toSeconds() + " s: "
            + extract.streams().state());
      }
    }
  }

  private BenchReport measure(ReadoutConfig config, Topics topics, List<ArticleGenerator.Generated> articles,
      String idPrefix, int partitions, ComponentTimings components) throws Exception {
    long[] sentNanos = new long[articles.size()];
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<Exception> firstFailure = new AtomicReference<>();
    ResourceSampler resources = new ResourceSampler(SERVICES);
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "readout-bench-sampler");
      t.setDaemon(true);
      return t;
    });
    try (Admin admin = Admin.create(lagAdminProperties(config));
        OutputWatcher output = new OutputWatcher(config, topics, idPrefix);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(config))) {
      LagSampler lag = new LagSampler(admin, List.of("readout-" + SERVICES.get(0), "readout-" + SERVICES.get(1)));
      AtomicInteger sent = new AtomicInteger();
      long began = System.nanoTime();
      sampler.scheduleAtFixedRate(resources::sample, 1, 1, TimeUnit.SECONDS);
      sampler.scheduleAtFixedRate(() -> {
        Map<String, Long> lags = lag.sample();
        progress.printf(Locale.ROOT, "  %5.0f s: published %d/%d, articles with events %d, lag %s%n",
            (System.nanoTime() - began) / 1e9, sent.get(), articles.size(), output.articlesWithEvents(), lags);
      }, 2, 5, TimeUnit.SECONDS);

      progress.printf(Locale.ROOT, "Publishing %d articles at %s...%n", articles.size(),
          options.maxRate() ? "max rate" : String.format(Locale.ROOT, "%.0f/s", options.rate()));
      for (int i = 0; i < articles.size(); i++) {
        if (!options.maxRate()) {
          long due = began + (long) (i * 1e9 / options.rate());
          long wait = due - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
        }
        ArticleGenerator.Generated a = articles.get(i);
        sentNanos[i] = System.nanoTime();
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, null, a.publishedAt().toEpochMilli(),
            a.id().getBytes(StandardCharsets.UTF_8), a.json()), (meta, e) -> {
              if (e != null) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, e);
              }
            });
        sent.incrementAndGet();
      }
      producer.flush();
      double publishSeconds = (System.nanoTime() - began) / 1e9;
      if (failed.get() > 0) {
        throw new IllegalStateException(failed.get() + " articles could not be published", firstFailure.get());
      }

      boolean settled = awaitSettled(output, lag);
      long end = output.lastOutputNanos();
      if (output.failure() != null) {
        throw new IllegalStateException("reading the output failed", output.failure());
      }
      double seconds = Math.max(1e-3, (end - began) / 1e9);
      long[] latencies = new long[articles.size()];
      long[] steady = new long[articles.size()];
      int n = 0;
      int steadyCount = 0;
      long warmupEnds = began + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
      int doneAfterWarmup = 0;
      TreeMap<Integer, List<Long>> bySlice = new TreeMap<>();
      for (int i = 0; i < articles.size(); i++) {
        Long seen = output.firstEventNanos(articles.get(i).id());
        if (seen != null && seen >= warmupEnds) {
          doneAfterWarmup++;
        }
        if (seen != null) {
          latencies[n++] = Math.max(0, (seen - sentNanos[i]) / 1_000_000);
          bySlice.computeIfAbsent((int) ((sentNanos[i] - began) / 1_000_000_000L / LatencySlice.SECONDS),
              k -> new ArrayList<>()).add(latencies[n - 1]);
          if (sentNanos[i] >= warmupEnds) {
            steady[steadyCount++] = latencies[n - 1];
          }
        }
      }
      sampler.shutdownNow();
      return new BenchReport(articles.size(), options.maxRate() ? 0 : options.rate(), articles.size() / publishSeconds,
          options.extractInstances(), partitions, output.articlesWithMentions(), output.articlesWithEvents(),
          output.distinctEvents(), seconds, articles.size() / seconds, LatencyStats.of(java.util.Arrays.copyOf(latencies, n)),
          lag.max(), lag.sample(), options.servicesInProcess() ? resources.usage(seconds) : null, components, settled,
          output.records(), output.valueBytes() / 1e6, output.largestEvent(),
          options.warmupSeconds(), LatencyStats.of(java.util.Arrays.copyOf(steady, steadyCount)),
          steadyThroughput(options.warmupSeconds(), end - warmupEnds, doneAfterWarmup),
          slices(bySlice), Map.of());
    } finally {
      sampler.shutdownNow();
    }
  }

  /**
   * Articles per second after the warm-up: those done after it, over the time from its end to the
   * last output; 0 when nothing was done after it or, with a warm-up, when less than {@link
   * #MIN_STEADY_WINDOW} followed it.
   */
  static double steadyThroughput(int warmupSeconds, long nanosAfterWarmup, int doneAfterWarmup) {
    if (doneAfterWarmup == 0 || nanosAfterWarmup <= 0
        || warmupSeconds > 0 && nanosAfterWarmup < MIN_STEADY_WINDOW.toNanos()) {
      return 0;
    }
    return doneAfterWarmup / (nanosAfterWarmup / 1e9);
  }

  private static List<LatencySlice> slices(TreeMap<Integer, List<Long>> bySlice) {
    List<LatencySlice> out = new ArrayList<>();
    bySlice.forEach((slice, millis) -> out.add(new LatencySlice(slice * LatencySlice.SECONDS,
        (slice + 1) * LatencySlice.SECONDS, LatencyStats.of(millis.stream().mapToLong(Long::longValue).toArray()))));
    return out;
  }

  private boolean awaitSettled(OutputWatcher output, LagSampler lag) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeoutSeconds());
    while (System.nanoTime() < deadline) {
      boolean quiet = System.nanoTime() - output.lastOutputNanos() > QUIET.toNanos();
      if (quiet && lag.sample().values().stream().allMatch(l -> l == 0)) {
        return true;
      }
      Thread.sleep(500);
    }
    progress.println("The pipeline did not settle within " + options.timeoutSeconds() + " s; reporting what arrived.");
    return false;
  }

  private static Properties lagAdminProperties(ReadoutConfig config) {
    Properties p = config.adminProperties();
    // Named so that its thread's CPU counts as the bench's own, not the broker's.
    p.put(AdminClientConfig.CLIENT_ID_CONFIG, "readout-bench-lag");
    return p;
  }

  private static Properties producerProperties(ReadoutConfig config) {
    Properties p = config.producerProperties();
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "readout-bench-producer");
    return p;
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory; the OS cleans it eventually
    }
  }
}
