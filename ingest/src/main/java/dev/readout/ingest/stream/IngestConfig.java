package dev.readout.ingest.stream;

import dev.readout.ingest.article.IngestLimits;
import dev.readout.ingest.dedup.MinHasher;
import dev.readout.ingest.dedup.NearDuplicateIndex;
import dev.readout.runtime.ReadoutConfig;
import java.time.Duration;

/**
 * The ingest service's own settings, read from {@link ReadoutConfig} keys {@code ingest.*}.
 *
 * @param limits size limits on raw records ({@code ingest.max.record.bytes}, {@code
 *     ingest.max.text.bytes}, {@code ingest.max.field.chars})
 * @param futureTolerance {@code ingest.future.tolerance.ms}: publication times further ahead of
 *     the ingest time are clamped to it (default one hour)
 * @param dedupRetention {@code ingest.dedup.retention.ms}: how long after it was ingested an
 *     article's content is remembered for duplicate detection (default 7 days)
 * @param purgeInterval {@code ingest.dedup.purge.interval.ms}: how often expired entries leave
 *     the stores (default 1 hour; a purge scans the stores, and expired entries are ignored
 *     before they are deleted, so a rare purge costs only disk)
 * @param nearDuplicateThreshold {@code ingest.near.duplicate.threshold}: estimated Jaccard
 *     similarity of 3-word shingles from which an article is a near-duplicate (default 0.5)
 * @param nearDuplicateBands {@code ingest.near.duplicate.bands}: LSH bands over 128 MinHashes
 */
public record IngestConfig(
    IngestLimits limits, Duration futureTolerance, Duration dedupRetention, Duration purgeInterval,
    double nearDuplicateThreshold, int nearDuplicateBands) {

  public static IngestConfig defaults() {
    return from(ReadoutConfig.of(java.util.Map.of()));
  }

  public static IngestConfig from(ReadoutConfig config) {
    IngestLimits limits = new IngestLimits(
        config.getInt("ingest.max.record.bytes", IngestLimits.DEFAULT_MAX_RECORD_BYTES),
        config.getInt("ingest.max.text.bytes", IngestLimits.DEFAULT_MAX_TEXT_BYTES),
        config.getInt("ingest.max.field.chars", IngestLimits.DEFAULT_MAX_FIELD_CHARS));
    String threshold = config.get("ingest.near.duplicate.threshold", Double.toString(NearDuplicateIndex.DEFAULT_THRESHOLD));
    double t;
    try {
      t = Double.parseDouble(threshold);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ingest.near.duplicate.threshold must be a number in (0, 1], got '" + threshold + "'");
    }
    if (!(t > 0 && t <= 1)) {
      throw new IllegalArgumentException("ingest.near.duplicate.threshold must be in (0, 1], got " + t);
    }
    int bands = config.getInt("ingest.near.duplicate.bands", NearDuplicateIndex.DEFAULT_BANDS);
    if (bands < 1 || MinHasher.DEFAULT_HASHES % bands != 0) {
      throw new IllegalArgumentException("ingest.near.duplicate.bands must divide " + MinHasher.DEFAULT_HASHES
          + " (1, 2, 4, 8, 16, 32, 64 or 128), got " + bands);
    }
    return new IngestConfig(
        limits,
        Duration.ofMillis(config.getLong("ingest.future.tolerance.ms", Duration.ofHours(1).toMillis())),
        Duration.ofMillis(config.getLong("ingest.dedup.retention.ms", Duration.ofDays(7).toMillis())),
        Duration.ofMillis(config.getLong("ingest.dedup.purge.interval.ms", Duration.ofHours(1).toMillis())),
        t,
        bands);
  }

  public IngestConfig withDedupRetention(Duration retention) {
    return new IngestConfig(limits, futureTolerance, retention, purgeInterval, nearDuplicateThreshold, nearDuplicateBands);
  }
}
