package dev.readout.ingest.stream;

import dev.readout.runtime.Activity;
import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code readout.articles.raw} → prepare (validate, normalize, language, id; failures to the
 * dead-letter topic) → one partition → drop exact duplicates, mark near-duplicates →
 * {@code readout.articles}.
 *
 * <p>Duplicate detection must see every article, whatever partition its producer chose, so it
 * runs after a repartition onto a single partition; preparation, the costly part, stays
 * parallel. Articles arrive at news pace, well within one task's reach.
 */
public final class IngestTopology {

  public static final String SERVICE = "ingest";

  public static final String SOURCE = "ingest-source";
  public static final String PREPARE = "ingest-prepare";
  /** The repartition onto one partition; its topic is {@code readout-ingest-ingest-dedup-input-repartition}. */
  public static final String DEDUP_INPUT = "ingest-dedup-input";
  public static final String DEDUP = "ingest-dedup";
  public static final String SINK = "ingest-sink";

  /** Content hash → first article id, timestamped with its publication time. */
  public static final String EXACT_DEDUP_STORE = "ingest-exact-dedup-store";
  /**
   * LSH band key → id of the first article with that band. Not logged: rebuilt from
   * {@link #NEAR_DUP_SIGNATURES_STORE} whenever the dedup task starts.
   */
  public static final String NEAR_DUP_BANDS_STORE = "ingest-near-dup-bands-store";
  /** Article id → MinHash signature of an original article. */
  public static final String NEAR_DUP_SIGNATURES_STORE = "ingest-near-dup-signatures-store";

  /** How many articles the dedup task has processed: tells whether the band store is current. */
  public static final String DEDUP_PROGRESS_STORE = "ingest-dedup-progress-store";

  private IngestTopology() {}

  /** The topology, with serdes from {@code topics}. */
  public static Topology build(IngestConfig config, Topics topics) {
    Topic<String, byte[]> raw = topics.articlesRaw();
    Topic<String, Article> articles = topics.articles();
    Activity activity = Activity.of(SERVICE);
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE))
        .process(() -> new PrepareProcessor(config, activity), Named.as(PREPARE))
        .repartition(Repartitioned.<String, Article>as(DEDUP_INPUT)
            .withKeySerde(articles.keySerde()).withValueSerde(articles.valueSerde()).withNumberOfPartitions(1))
        .process(new DedupSupplier(config, activity), Named.as(DEDUP))
        .to(articles.name(), Produced.with(articles.keySerde(), articles.valueSerde()).withName(SINK));
    return builder.build();
  }

  private record DedupSupplier(IngestConfig config, Activity activity)
      implements ProcessorSupplier<String, Article, String, Article> {

    @Override
    public Processor<String, Article, String, Article> get() {
      return new DedupProcessor(config, activity);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
      return Set.of(
          Stores.timestampedKeyValueStoreBuilder(
              Stores.persistentTimestampedKeyValueStore(EXACT_DEDUP_STORE), Serdes.String(), Serdes.String()),
          Stores.timestampedKeyValueStoreBuilder(
              Stores.persistentTimestampedKeyValueStore(NEAR_DUP_BANDS_STORE), Serdes.String(), Serdes.String())
              .withLoggingDisabled(),
          Stores.timestampedKeyValueStoreBuilder(
              Stores.persistentTimestampedKeyValueStore(NEAR_DUP_SIGNATURES_STORE), Serdes.String(), Serdes.ByteArray()),
          // Cached: the count changes with every article, its changelog needs it once per commit.
          Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DEDUP_PROGRESS_STORE), Serdes.String(), Serdes.Long())
              .withCachingEnabled());
    }
  }
}
