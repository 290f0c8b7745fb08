package dev.readout.ingest.stream;

import dev.readout.ingest.dedup.NearDuplicateIndex;
import dev.readout.runtime.StoreEntries;
import java.nio.ByteBuffer;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The near-duplicate index in two timestamped state stores; entries carry the time they were
 * written, so {@link DedupProcessor} can expire them. Only the signatures are logged: the band
 * owners, 32 entries an article, are rebuilt from them when the task starts.
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

  /**
   * The owner is the live article indexed first, ties going to the smaller id. Indexing times do
   * not go back, so this is "first claimed" as processed, except within one millisecond: there the
   * id decides, so that {@link #rebuildBands} finds the same owners.
   */
  @Override
  public void claimBand(String bandKey, String articleId) {
    ValueAndTimestamp<String> owner = bands.get(bandKey);
    if (owner == null || owner.timestamp() < cutoff || timestamp < owner.timestamp()
        || timestamp == owner.timestamp() && articleId.compareTo(owner.value()) < 0) {
      bands.put(bandKey, ValueAndTimestamp.make(articleId, timestamp));
    }
  }

  /**
   * Rebuilds the band owners from the signatures, which alone are logged: every article indexed
   * and not expired at {@code cutoff} claims its bands again, at the time it was indexed. The
   * owners do not depend on the order of the claims, so they are those the processing left.
   *
   * @return the signatures read
   */
  int rebuildBands(Function<long[], String[]> bandKeys, long cutoff) {
    StoreEntries.deleteAll(bands);
    int read = 0;
    try (KeyValueIterator<String, ValueAndTimestamp<byte[]>> all = signatures.all()) {
      while (all.hasNext()) {
        KeyValue<String, ValueAndTimestamp<byte[]>> entry = all.next();
        if (entry.value == null || entry.value.timestamp() < cutoff) {
          continue;
        }
        at(entry.value.timestamp(), cutoff);
        for (String key : bandKeys.apply(decode(entry.value.value()))) {
          claimBand(key, entry.key);
        }
        read++;
      }
    }
    return read;
  }

  @Override
  public long[] signature(String articleId) {
    ValueAndTimestamp<byte[]> v = signatures.get(articleId);
    if (v == null || v.timestamp() < cutoff) {
      return null;
    }
    return decode(v.value());
  }

  private static long[] decode(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] sig = new long[bytes.length / Long.BYTES];
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
