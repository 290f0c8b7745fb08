package dev.readout.ingest.stream;

import static dev.readout.ingest.testing.Corpus.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.ingest.article.ArticlePreparer;
import dev.readout.ingest.testing.Corpus;
import dev.readout.runtime.Activity;
import dev.readout.schemas.avro.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.Test;

/**
 * The near-duplicate band owners are not logged: a dedup task that starts over has its logged
 * stores (signatures, exact hashes, progress) restored and rebuilds the owners from the
 * signatures unless they are current. These tests start a new processor over the stores an
 * earlier one wrote, the bands emptied, stale or current.
 */
class NearDuplicateBandsRebuildTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

  private final IngestConfig config = IngestConfig.defaults().withDedupRetention(Duration.ofDays(1));
  private final ArticlePreparer preparer = new ArticlePreparer(config.limits(), config.futureTolerance());
  private final TimestampedKeyValueStore<String, String> exact = store(IngestTopology.EXACT_DEDUP_STORE, Serdes.String());
  private final TimestampedKeyValueStore<String, String> bands = store(IngestTopology.NEAR_DUP_BANDS_STORE, Serdes.String());
  private final TimestampedKeyValueStore<String, byte[]> signatures =
      store(IngestTopology.NEAR_DUP_SIGNATURES_STORE, Serdes.ByteArray());
  private final KeyValueStore<String, Long> progress = Stores.keyValueStoreBuilder(
          Stores.inMemoryKeyValueStore(IngestTopology.DEDUP_PROGRESS_STORE), Serdes.String(), Serdes.Long())
      .withLoggingDisabled()
      .build();
  private MockProcessorContext<String, Article> context;

  private static <V> TimestampedKeyValueStore<String, V> store(String name, Serde<V> values) {
    return Stores.timestampedKeyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
        .withLoggingDisabled()
        .build();
  }

  /** A dedup processor over the shared stores, as a task is after its logged stores are restored. */
  private DedupProcessor start(Instant at) {
    context = new MockProcessorContext<>();
    context.setCurrentSystemTimeMs(at.toEpochMilli());
    for (KeyValueStore<String, ?> store : List.of(exact, bands, signatures, progress)) {
      if (!store.isOpen()) {
        store.init(context.getStateStoreContext(), store);
      }
      context.addStateStore(store);
    }
    DedupProcessor processor = new DedupProcessor(config, Activity.of("ingest-test"));
    processor.init(context);
    return processor;
  }

  private Article process(DedupProcessor processor, byte[] json) {
    Article article = preparer.prepare(json, NOW).article();
    processor.process(new Record<>(article.getId(), article, article.getPublishedAt().toEpochMilli()));
    return article;
  }

  private Map<String, String> owners() {
    Map<String, String> owners = new TreeMap<>();
    try (KeyValueIterator<String, ValueAndTimestamp<String>> all = bands.all()) {
      all.forEachRemaining(entry -> owners.put(entry.key, entry.value.value() + "@" + entry.value.timestamp()));
    }
    owners.remove(DedupProcessor.BANDS_MARKER);
    return owners;
  }

  private void loseBands() {
    for (String key : owners().keySet()) {
      bands.delete(key); // what a restarted task finds: the bands are not logged
    }
    bands.delete(DedupProcessor.BANDS_MARKER);
  }

  @Test
  void bandsRebuiltWhenTheTaskStartsAreTheOwnersProcessingLeft() {
    DedupProcessor first = start(NOW);
    for (Corpus.Entry entry : Corpus.load()) {
      process(first, entry.json());
    }
    Map<String, String> claimed = owners();
    assertThat(claimed).as("processing claims bands for the originals").isNotEmpty();

    loseBands();
    start(NOW.plusSeconds(60));

    assertThat(owners()).as("band owners rebuilt from the signatures").isEqualTo(claimed);
  }

  @Test
  void rewriteArrivingAfterARestartIsStillMarkedAsANearDuplicate() {
    Corpus.Entry original = Corpus.get("seed-002");
    process(start(NOW), original.json());
    loseBands();

    DedupProcessor restarted = start(NOW.plusSeconds(60));
    String rewritten = "(AP) Updated.\n" + original.text().replace(" the ", " a ").replace(" said", " stated");
    Article rewrite = process(restarted, json("id", "rewrite", "source", "Copycat",
        "published_at", "2025-02-15T22:00:00Z", "text", rewritten));

    assertThat(rewrite.getDuplicateOf()).as("found through the rebuilt bands").isEqualTo(original.id());
  }

  @Test
  void staleOwnersAndExpiredArticlesAreNotKeptByTheRebuild() {
    process(start(NOW), Corpus.get("seed-002").json());
    // An earlier owner's local bands: behind the logged count, with an owner nobody knows.
    bands.put("0:stale", ValueAndTimestamp.make("gone", NOW.toEpochMilli()));
    bands.put(DedupProcessor.BANDS_MARKER, ValueAndTimestamp.make("0", NOW.toEpochMilli()));

    start(NOW.plus(Duration.ofDays(2))); // past the one-day retention

    assertThat(owners()).as("nothing live to own a band: the article expired, the stale entry is dropped").isEmpty();
  }

  @Test
  void bandsThatAreCurrentAreNotRebuiltOnACleanRestart() {
    process(start(NOW), Corpus.get("seed-002").json());
    bands.put("0:sentinel", ValueAndTimestamp.make("kept", NOW.toEpochMilli())); // would not survive a rebuild

    start(NOW.plusSeconds(60));

    assertThat(owners()).as("a clean restart keeps the current bands as they are").containsKey("0:sentinel");
  }

  @Test
  void twoOriginalsIndexedInTheSameMillisecondLeaveTheBandToTheSmallerIdWhicheverCameFirst() {
    start(NOW);
    StoreBackedStorage storage = new StoreBackedStorage(bands, signatures);
    long at = NOW.toEpochMilli();
    storage.at(at, at - Duration.ofDays(1).toMillis());
    storage.claimBand("7:abc", "kenya-2");
    storage.claimBand("7:abc", "kenya-1");
    storage.at(at + 1, at + 1 - Duration.ofDays(1).toMillis());
    storage.claimBand("7:abc", "kenya-0");

    assertThat(storage.bandOwner("7:abc")).as("same millisecond: the smaller id; a later one: not at all")
        .isEqualTo("kenya-1");
  }
}
