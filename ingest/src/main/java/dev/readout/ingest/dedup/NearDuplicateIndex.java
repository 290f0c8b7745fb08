package dev.readout.ingest.dedup;

import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the earlier article a new one is a rewritten copy of: MinHash signatures split into
 * LSH bands; articles sharing a band are candidates, confirmed when their estimated Jaccard
 * similarity reaches the threshold. Only originals are indexed, so every copy points at the
 * first article of its family.
 *
 * <p>Storage is abstract so that the stream keeps the index in state stores and tests keep it in
 * memory.
 */
public final class NearDuplicateIndex {

  /** Where the index lives. */
  public interface Storage {
    /** The article that first had this band key, or {@code null}. */
    String bandOwner(String bandKey);

    /**
     * Makes the article the band's owner if the band has none, or if the article comes before
     * its owner in the storage's order (first claimed, in memory; earlier indexing time, then
     * smaller id, in the stream's stores, so the owners follow from the signatures alone).
     */
    void claimBand(String bandKey, String articleId);

    /** The signature of an indexed article, or {@code null} (expired). */
    long[] signature(String articleId);

    void putSignature(String articleId, long[] signature);
  }

  /** A confirmed near-duplicate. */
  public record Match(String originalId, double similarity) {}

  public static final int DEFAULT_BANDS = 32;
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final MinHasher hasher;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final Storage storage;

  /**
   * @param bands LSH bands; must divide the signature length. More bands (fewer rows each)
   *     find less similar candidates
   * @param threshold the estimated Jaccard similarity of word shingles from which an article
   *     is a near-duplicate
   */
  public NearDuplicateIndex(MinHasher hasher, int bands, double threshold, Storage storage) {
    if (bands < 1 || hasher.hashes() % bands != 0) {
      throw new IllegalArgumentException(bands + " bands do not divide " + hasher.hashes() + " hashes");
    }
    this.hasher = hasher;
    this.bands = bands;
    this.rows = hasher.hashes() / bands;
    this.threshold = threshold;
    this.storage = storage;
  }

  /**
   * The most similar indexed article {@code text} is a near-duplicate of; when there is none,
   * indexes the article as an original.
   */
  public Optional<Match> findOrAdd(String articleId, String text) {
    long[] sig = hasher.signature(text);
    if (sig.length == 0) {
      return Optional.empty();
    }
    String[] keys = bandKeys(sig);
    Set<String> candidates = new LinkedHashSet<>();
    for (String key : keys) {
      String owner = storage.bandOwner(key);
      if (owner != null && !owner.equals(articleId)) {
        candidates.add(owner);
      }
    }
    Match best = null;
    for (String candidate : candidates) {
      long[] other = storage.signature(candidate);
      if (other == null) {
        continue;
      }
      double similarity = MinHasher.similarity(sig, other);
      if (similarity >= threshold && (best == null || similarity > best.similarity())) {
        best = new Match(candidate, similarity);
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    storage.putSignature(articleId, sig);
    for (String key : keys) {
      storage.claimBand(key, articleId);
    }
    return Optional.empty();
  }

  /** The LSH band keys of a signature, one per band. */
  public String[] bandKeys(long[] sig) {
    String[] keys = new String[bands];
    HexFormat hex = HexFormat.of();
    for (int b = 0; b < bands; b++) {
      long h = 0xCBF29CE484222325L;
      for (int r = 0; r < rows; r++) {
        h = (h ^ sig[b * rows + r]) * 0x100000001B3L;
        h ^= h >>> 29;
      }
      keys[b] = b + ":" + hex.toHexDigits(h);
    }
    return keys;
  }
}
