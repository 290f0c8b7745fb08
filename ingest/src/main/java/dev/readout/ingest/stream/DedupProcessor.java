package dev.readout.ingest.stream;

import dev.readout.ingest.dedup.MinHasher;
import dev.readout.ingest.dedup.NearDuplicateIndex;
import dev.readout.runtime.Activity;
import dev.readout.runtime.StoreEntries;
import dev.readout.schemas.avro.Article;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops exact duplicates (same normalized text seen within the retention) and marks
 * near-duplicates with {@code duplicate_of}. Store entries are timestamped with the time they
 * were seen (wall clock, not publication time: a replayed archive spans years but is seen at
 * once) and count as expired once older than the retention; a wall-clock punctuation deletes
 * expired entries.
 */
final class DedupProcessor implements Processor<String, Article, String, Article> {

  private static final Logger log = LoggerFactory.getLogger(DedupProcessor.class);

  /** Key of the articles this task has processed, in the logged progress store. */
  static final String PROGRESS_KEY = "articles-processed";

  /**
   * Key, in the band store, of the number of processed articles the bands are current with. Equal
   * to the logged count, they are (a clean restart); otherwise (wiped after a crash, left behind
   * by an earlier owner, never built) they are rebuilt, at a cost that grows with the articles in
   * the retention. Band keys start with their band number, so none is this.
   */
  static final String BANDS_MARKER = "\u0000articles-processed";

  private final IngestConfig config;
  private final Activity activity;
  private ProcessorContext<String, Article> context;
  private TimestampedKeyValueStore<String, String> exact;
  private TimestampedKeyValueStore<String, String> bands;
  private TimestampedKeyValueStore<String, byte[]> signatures;
  private KeyValueStore<String, Long> progress;
  private long processed;
  private StoreBackedStorage storage;
  private NearDuplicateIndex nearDuplicates;

  DedupProcessor(IngestConfig config, Activity activity) {
    this.config = config;
    this.activity = activity;
  }

  @Override
  public void init(ProcessorContext<String, Article> context) {
    this.context = context;
    exact = context.getStateStore(IngestTopology.EXACT_DEDUP_STORE);
    bands = context.getStateStore(IngestTopology.NEAR_DUP_BANDS_STORE);
    signatures = context.getStateStore(IngestTopology.NEAR_DUP_SIGNATURES_STORE);
    progress = context.getStateStore(IngestTopology.DEDUP_PROGRESS_STORE);
    storage = new StoreBackedStorage(bands, signatures);
    nearDuplicates = new NearDuplicateIndex(
        MinHasher.defaults(), config.nearDuplicateBands(), config.nearDuplicateThreshold(), storage);
    context.schedule(config.purgeInterval(), PunctuationType.WALL_CLOCK_TIME, this::purge);
    Long done = progress.get(PROGRESS_KEY);
    processed = done == null ? 0 : done;
    ValueAndTimestamp<String> marker = bands.get(BANDS_MARKER);
    if (marker == null || !marker.value().equals(Long.toString(processed))) {
      long started = System.nanoTime();
      int rebuilt = storage.rebuildBands(nearDuplicates::bandKeys,
          context.currentSystemTimeMs() - config.dedupRetention().toMillis());
      markBands();
      if (rebuilt > 0) {
        log.info("{}: near-duplicate bands rebuilt from {} signatures in {} ms", context.taskId(), rebuilt,
            (System.nanoTime() - started) / 1_000_000);
      }
    }
  }

  /** Records that the bands are current with the articles processed so far (see {@link #BANDS_MARKER}). */
  private void markBands() {
    bands.put(BANDS_MARKER, ValueAndTimestamp.make(Long.toString(processed), context.currentSystemTimeMs()));
  }

  @Override
  public void process(Record<String, Article> record) {
    processed++;
    progress.put(PROGRESS_KEY, processed);
    markBands();
    Article article = record.value();
    long now = context.currentSystemTimeMs();
    long cutoff = now - config.dedupRetention().toMillis();
    ValueAndTimestamp<String> seen = exact.get(article.getContentHash());
    if (seen != null && seen.timestamp() >= cutoff) {
      activity.count("exact duplicates dropped");
      log.debug("dropped {}: same text as {}", article.getId(), seen.value());
      return;
    }
    exact.put(article.getContentHash(), ValueAndTimestamp.make(article.getId(), now));
    storage.at(now, cutoff);
    Optional<NearDuplicateIndex.Match> match = nearDuplicates.findOrAdd(article.getId(), article.getText());
    if (match.isPresent()) {
      article.setDuplicateOf(match.get().originalId());
      activity.count("near duplicates marked");
      log.debug("{} is a near-duplicate of {} ({})", article.getId(), match.get().originalId(), match.get().similarity());
    }
    activity.count("articles");
    context.forward(record);
  }

  private void purge(long now) {
    long cutoff = now - config.dedupRetention().toMillis();
    int purged = purge(exact, cutoff) + purge(bands, cutoff) + purge(signatures, cutoff);
    if (purged > 0) {
      log.debug("purged {} expired duplicate-detection entries", purged);
    }
  }

  private static <V> int purge(TimestampedKeyValueStore<String, V> store, long cutoff) {
    return StoreEntries.deleteWhere(store, (key, value) -> value.timestamp() < cutoff);
  }
}
