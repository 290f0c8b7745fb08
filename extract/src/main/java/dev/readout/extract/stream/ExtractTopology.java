package dev.readout.extract.stream;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.stream.FusionOutput.EventChange;
import dev.readout.extract.stream.FusionOutput.MentionAssigned;
import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The extract service's topology: {@code readout.articles} → engine → live fusion →
 * {@code readout.mentions} (stamped with their event id) and {@code readout.events.<type>}
 * (upserts keyed by event id, a tombstone when an event is absorbed by another).
 *
 * <p><b>Near-duplicates</b> (articles with {@code duplicate_of}, a rewritten copy of an earlier
 * article) are still extracted and their mentions published, so their evidence is kept; they do
 * not enter fusion, so a copy neither inflates an event's mention and source counts nor creates an
 * event of its own. Their mentions carry no {@code event_id}. Exact copies never get here: ingest
 * drops them.
 *
 * <p><b>Failures</b>: an article the engine throws on goes, with the exception, to the dead-letter
 * topic configured by {@code errors.dead.letter.queue.topic.name} (Kafka's own DLQ, KIP-1034; the
 * service sets it to {@code readout.mentions.dlq}) and the stream goes on.
 */
public final class ExtractTopology {

  public static final String ARTICLES_SOURCE = "extract-articles-source";
  public static final String DUPLICATE_SPLIT = "extract-articles-";
  public static final String NEAR_DUPLICATES_BRANCH = "near-duplicates";
  public static final String ORIGINALS_BRANCH = "originals";
  public static final String ENGINE = "extract-engine";
  public static final String NEAR_DUPLICATE_ENGINE = "extract-engine-near-duplicates";
  public static final String NEAR_DUPLICATE_MENTIONS_SINK = "extract-near-duplicate-mentions-sink";
  /** Repartition topic {@code readout-extract-extract-mentions-by-fusion-key-repartition}. */
  public static final String MENTIONS_BY_FUSION_KEY = "extract-mentions-by-fusion-key";
  public static final String FUSION = "extract-fusion";
  public static final String MENTION_STORE = "extract-fusion-mention-store";
  /**
   * Blocking key + NUL + mention id → mention id; read by prefix scan. Not logged: rebuilt from
   * {@link #MENTION_STORE} whenever the fusion task starts.
   */
  public static final String BLOCKING_INDEX_STORE = "extract-fusion-index-store";
  public static final String ASSIGNMENT_STORE = "extract-fusion-assignment-store";
  /**
   * Event id + NUL + mention id → mention id, one entry per member; read by prefix scan. Not
   * logged: the inverse of {@link #ASSIGNMENT_STORE}, rebuilt from it whenever the fusion task starts.
   */
  public static final String EVENT_MEMBERS_STORE = "extract-fusion-event-members-store";
  /** Event id → type of the large events changed since their last upsert. */
  public static final String PENDING_UPSERTS_STORE = "extract-fusion-pending-upserts-store";
  /** How many mentions the fusion task has processed: tells whether the stores not logged are current. */
  public static final String PROGRESS_STORE = "extract-fusion-progress-store";
  public static final String FUSION_SPLIT = "extract-fusion-";
  public static final String MENTIONS_BRANCH = "mentions";
  public static final String MENTIONS_VALUES = "extract-fused-mentions-values";
  public static final String MENTIONS_SINK = "extract-mentions-sink";

  /** Name of the branch, values and sink nodes of one event type, e.g. {@code extract-events-call-sink}. */
  public static String eventsNode(EventType type, String what) {
    return "extract-events-" + type.name().toLowerCase(Locale.ROOT) + "-" + what;
  }

  private final Topics topics;
  private final Function<ArticleInput, List<EventMention>> extractor;
  private final MentionFusion fusion;
  private final int fusionCacheCapacity;

  /**
   * @param topics the topic registry (serdes configured)
   * @param extractor the engine, {@code engine::extract} in production
   * @param fusion the fuser, {@code MentionFusion.of(new Fuser())} in production
   */
  public ExtractTopology(
      Topics topics, Function<ArticleInput, List<EventMention>> extractor, MentionFusion fusion) {
    this(topics, extractor, fusion, FusionCache.DEFAULT_CAPACITY);
  }

  /** As above, with the number of decoded mentions each fusion task keeps in memory. */
  public ExtractTopology(
      Topics topics, Function<ArticleInput, List<EventMention>> extractor, MentionFusion fusion, int fusionCacheCapacity) {
    this.topics = Objects.requireNonNull(topics, "topics");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.fusion = Objects.requireNonNull(fusion, "fusion");
    if (fusionCacheCapacity < 1) {
      throw new IllegalArgumentException("fusion cache capacity must be positive: " + fusionCacheCapacity);
    }
    this.fusionCacheCapacity = fusionCacheCapacity;
  }

  public Topology build() {
    StreamsBuilder builder = new StreamsBuilder();
    Topic<String, Article> articlesTopic = topics.articles();
    Topic<String, EventMention> mentionsTopic = topics.mentions();
    Serde<EventMention> mentionSerde = mentionsTopic.valueSerde();

    Map<String, KStream<String, Article>> articles = builder
        .stream(articlesTopic.name(), Consumed.with(articlesTopic.keySerde(), articlesTopic.valueSerde())
            .withName(ARTICLES_SOURCE))
        .split(Named.as(DUPLICATE_SPLIT))
        .branch((id, article) -> article != null && article.getDuplicateOf() != null, Branched.as(NEAR_DUPLICATES_BRANCH))
        .defaultBranch(Branched.as(ORIGINALS_BRANCH));

    articles.get(DUPLICATE_SPLIT + NEAR_DUPLICATES_BRANCH)
        .flatMap((id, article) -> mentionsOf(article, EventMention::getId), Named.as(NEAR_DUPLICATE_ENGINE))
        .to(mentionsTopic.name(), Produced.with(mentionsTopic.keySerde(), mentionSerde).withName(NEAR_DUPLICATE_MENTIONS_SINK));

    // Mentions of one event come from articles on any partition, and fusion must see every
    // mention that can join a component: so mentions meet by the fuser's partition key, which
    // any two mentions of one event share (a statement's speaker; a meeting's or call's type).
    // Statements, most of the mentions, so spread over every partition; meetings and calls each
    // stay in one task. Every mention crosses the broker once more.
    KStream<String, FusionOutput> fused = articles.get(DUPLICATE_SPLIT + ORIGINALS_BRANCH)
        .flatMap((id, article) -> mentionsOf(article, fusion::partitionKey), Named.as(ENGINE))
        .repartition(Repartitioned.with(Serdes.String(), mentionSerde).withName(MENTIONS_BY_FUSION_KEY))
        .process(new FusionSupplier(fusion, mentionSerde, fusionCacheCapacity), Named.as(FUSION));

    var outputs = fused.split(Named.as(FUSION_SPLIT))
        .branch((key, output) -> output instanceof MentionAssigned, Branched.withConsumer(stamped -> stamped
            .mapValues(output -> ((MentionAssigned) output).mention(), Named.as(MENTIONS_VALUES))
            .to(mentionsTopic.name(), Produced.with(mentionsTopic.keySerde(), mentionSerde).withName(MENTIONS_SINK)),
            MENTIONS_BRANCH));
    for (EventType type : EventType.values()) {
      Topic<String, Event> eventsTopic = topics.events(type);
      outputs = outputs.branch(
          (key, output) -> output instanceof EventChange change && change.type() == type,
          Branched.withConsumer(changes -> changes
              .mapValues(output -> ((EventChange) output).event(), Named.as(eventsNode(type, "values")))
              .to(eventsTopic.name(), Produced.with(eventsTopic.keySerde(), eventsTopic.valueSerde())
                  .withName(eventsNode(type, "sink"))),
              eventsNode(type, "branch")));
    }
    outputs.noDefaultBranch();
    return builder.build();
  }

  private List<KeyValue<String, EventMention>> mentionsOf(Article article, Function<EventMention, String> key) {
    if (article == null) {
      return List.of();
    }
    List<EventMention> mentions;
    try {
      mentions = extractor.apply(new ArticleInput(
          article.getId(), article.getText(), article.getPublishedAt(), article.getSource(), article.getUrl()));
    } catch (RuntimeException e) {
      throw new ArticleExtractionException(article.getId(), e);
    }
    List<KeyValue<String, EventMention>> keyed = new ArrayList<>(mentions.size());
    for (EventMention mention : mentions) {
      keyed.add(KeyValue.pair(key.apply(mention), mention));
    }
    return keyed;
  }

  /** The fusion processor with its six stores, so the DSL connects and creates them. */
  private record FusionSupplier(MentionFusion fusion, Serde<EventMention> mentionSerde, int cacheCapacity)
      implements ProcessorSupplier<String, EventMention, String, FusionOutput> {

    @Override
    public Processor<String, EventMention, String, FusionOutput> get() {
      return new LiveFusionProcessor(fusion, cacheCapacity);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
      return Set.of(
          Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MENTION_STORE), Serdes.String(), mentionSerde),
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(BLOCKING_INDEX_STORE), Serdes.String(), Serdes.String())
              .withLoggingDisabled(),
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(ASSIGNMENT_STORE), Serdes.String(), Serdes.String()),
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(EVENT_MEMBERS_STORE), Serdes.String(), Serdes.String())
              .withLoggingDisabled(),
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(PENDING_UPSERTS_STORE), Serdes.String(), Serdes.String()),
          // Cached: the count changes with every mention, its changelog needs it once per commit.
          Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROGRESS_STORE), Serdes.String(), Serdes.Long())
              .withCachingEnabled());
    }
  }
}
