package dev.readout.ingest.stream;

import dev.readout.ingest.dedup.NearDuplicateIndex;
import java.nio.ByteBuffer;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The near-duplicate index in two timestamped state stores; entries carry the time they were
 * written, so {@link DedupProcessor} can expire them.
 */
final class StoreBackedStorage implements NearDuplicateIndex.Storage {

  private final TimestampedKeyValueStore<String, String> bands;
  private final TimestampedKeyValueStore<String, byte[]> signatures;
  private long timestamp;
  private long cutoff = Long.MIN_VALUE;

  StoreBackedStorage(TimestampedKeyValueStore<String, String> bands, TimestampedKeyValueStore<String, byte[]> signatures) {
    this.bands = bands;
    this.signatures = signatures;
  }

  /**
   * @param timestamp written with the next entries: the current article's
   * @param cutoff entries older than this are expired and read as absent
   */
  void at(long timestamp, long cutoff) {
    this.timestamp = timestamp;
    this.cutoff = cutoff;
  }

  @Override
  public String bandOwner(String bandKey) {
    ValueAndTimestamp<String> v = bands.get(bandKey);
    return v == null || v.timestamp() < cutoff ? null : v.value();
  }

  @Override
  public void putBandOwner(String bandKey, String articleId) {
    bands.put(bandKey, ValueAndTimestamp.make(articleId, timestamp));
  }

  @Override
  public long[] signature(String articleId) {
    ValueAndTimestamp<byte[]> v = signatures.get(articleId);
    if (v == null || v.timestamp() < cutoff) {
      return null;
    }
    ByteBuffer buf = ByteBuffer.wrap(v.value());
    long[] sig = new long[v.value().length / Long.BYTES];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = buf.getLong();
    }
    return sig;
  }

  @Override
  public void putSignature(String articleId, long[] signature) {
    ByteBuffer buf = ByteBuffer.allocate(signature.length * Long.BYTES);
    for (long l : signature) {
      buf.putLong(l);
    }
    signatures.put(articleId, ValueAndTimestamp.make(buf.array(), timestamp));
  }
}
