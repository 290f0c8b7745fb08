package dev.readout.extract.stream;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.fusion.Fuser;
import dev.readout.runtime.Activity;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.runtime.ServiceHttpServer;
import dev.readout.runtime.StreamsService;
import dev.readout.runtime.TopicCreator;
import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.schemas.serde.SchemaWarmUp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extract service ({@code application.id} {@code readout-extract}): creates its topics when
 * missing, then runs {@link ExtractTopology} exactly-once with the health and metrics endpoint,
 * articles the engine fails on going to {@code readout.mentions.dlq}.
 *
 * <pre>{@code
 * ExtractService extract = ExtractService.createDefault(config, true);
 * extract.start();
 * GracefulShutdown.runUntilSignalled(extract.streams(), config.shutdownTimeout());
 * }</pre>
 */
public final class ExtractService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ExtractService.class);

  /** The service's short name: {@code application.id} is {@code readout-extract}. */
  public static final String SERVICE = "extract";
  public static final String APPLICATION_ID = "readout-" + SERVICE;
  /** Health and metrics on this port unless {@code http.port} says otherwise. */
  public static final int DEFAULT_HTTP_PORT = 8092;
  /**
   * Stream threads unless {@code num.stream.threads} says otherwise: the engine's tasks and the
   * fusion tasks then run side by side, each thread with its own transactions, instead of one
   * thread alternating between them and waiting on every commit.
   */
  public static final int DEFAULT_STREAM_THREADS = 2;

  private final ReadoutConfig config;
  private final Topics topics;
  private final StreamsService streams;
  private final String applicationId;
  private final EngineWarmUp engineWarmUp;

  /**
   * @param config the service settings (bootstrap servers, registry, state dir, ...)
   * @param extractor the engine, {@code engine::extract} in production
   * @param fusion the fuser
   * @param withHttp whether to serve {@code /health/*} and {@code /metrics}
   */
  public ExtractService(
      ReadoutConfig config, Function<ArticleInput, List<EventMention>> extractor, MentionFusion fusion, boolean withHttp) {
    this.config = Objects.requireNonNull(config, "config");
    this.topics = new Topics(config.serdeConfig());
    this.engineWarmUp = new EngineWarmUp(extractor, fusion);
    ExtractTopology topology = new ExtractTopology(topics, counted(extractor), fusion);
    ServiceHttpServer http = withHttp
        ? new ServiceHttpServer(SERVICE, config.httpHost(), config.httpPort(DEFAULT_HTTP_PORT))
        : null;
    Properties properties = streamsProperties(config);
    this.applicationId = properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    this.streams = new StreamsService(SERVICE, topology.build(), properties, http);
  }

  /** The service with the built-in gazetteers and the production fuser. */
  public static ExtractService createDefault(ReadoutConfig config, boolean withHttp) {
    return create(config, List.of(), withHttp);
  }

  /** The service with the built-in gazetteers extended by the user's files, and the production fuser. */
  public static ExtractService create(ReadoutConfig config, List<Path> userGazetteers, boolean withHttp) {
    ExtractionEngine engine = userGazetteers.isEmpty()
        ? ExtractionEngine.createDefault()
        : ExtractionEngine.create(userGazetteers);
    return new ExtractService(config, engine::extract, MentionFusion.of(new Fuser()), withHttp);
  }

  /** The service's Streams settings: the shared ones, with {@link #DEFAULT_STREAM_THREADS}. */
  static Properties streamsProperties(ReadoutConfig config) {
    return config.withDefault(ReadoutConfig.NUM_STREAM_THREADS, Integer.toString(DEFAULT_STREAM_THREADS))
        .streamsProperties(SERVICE, Topics.MENTIONS_DLQ);
  }

  /** The topics the service reads and writes. */
  public List<Topic<?, ?>> topics() {
    List<Topic<?, ?>> used = new ArrayList<>(List.of(topics.articles(), topics.mentions(), topics.mentionsDlq()));
    for (EventType type : EventType.values()) {
      used.add(topics.events(type));
    }
    return used;
  }

  /**
   * Creates the missing topics, asks the registry for the schema ids of what the service writes
   * and reads, warms the engine up ({@value EngineWarmUp#BUDGET_MS}), then starts the Streams and
   * the HTTP endpoint.
   */
  public ExtractService start() {
    TopicCreator.ensure(config, topics());
    schemaWarmUp().run();
    long budgetMs = config.getLong(EngineWarmUp.BUDGET_MS, EngineWarmUp.DEFAULT_BUDGET_MS);
    if (budgetMs > 0) {
      try {
        EngineWarmUp.Result warm = engineWarmUp.run(Duration.ofMillis(budgetMs));
        LOG.info("{}: engine warmed up on {} built-in articles ({} mentions) in {} ms", SERVICE, warm.articles(),
            warm.mentions(), warm.took().toMillis());
      } catch (RuntimeException e) {
        // Only speed is at stake: an engine that fails here meets real articles as a cold one would.
        LOG.warn("{}: engine warm-up failed, starting cold: {}", SERVICE, e.toString());
      }
    }
    streams.start();
    return this;
  }

  /**
   * Every Avro value the topology writes (internal topics too, named as Streams names them) and
   * the articles it reads, so the first records do not wait for a registry round trip each.
   */
  SchemaWarmUp schemaWarmUp() {
    var mentionSerde = topics.mentions().valueSerde();
    SchemaWarmUp warmUp = SchemaWarmUp.of(SERVICE)
        .writes(applicationId + "-" + ExtractTopology.MENTIONS_BY_FUSION_KEY + "-repartition", mentionSerde)
        .writes(applicationId + "-" + ExtractTopology.MENTION_STORE + "-changelog", mentionSerde)
        .writes(Topics.MENTIONS, mentionSerde);
    for (EventType type : EventType.values()) {
      Topic<String, Event> events = topics.events(type);
      warmUp.writes(events.name(), events.valueSerde());
    }
    return warmUp.reads(Topics.ARTICLES, topics.articles().valueSerde());
  }

  /** The running Streams with its health, for waiting, shutdown and interactive queries. */
  public StreamsService streams() {
    return streams;
  }

  /** Commits, leaves the group and closes within {@code timeout}; whether it closed in time. */
  public boolean close(Duration timeout) {
    return streams.close(timeout);
  }

  @Override
  public void close() {
    close(config.shutdownTimeout());
  }

  private static Function<ArticleInput, List<EventMention>> counted(Function<ArticleInput, List<EventMention>> extractor) {
    Activity activity = Activity.of(SERVICE);
    return article -> {
      List<EventMention> mentions = extractor.apply(article);
      activity.count("articles");
      activity.count("mentions", mentions.size());
      return mentions;
    };
  }
}
