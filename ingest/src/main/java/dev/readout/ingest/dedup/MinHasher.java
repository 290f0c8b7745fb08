package dev.readout.ingest.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures over word shingles: the share of equal positions in two signatures
 * estimates the Jaccard similarity of the two texts' shingle sets.
 *
 * <p>Words are maximal runs of letters and digits, lower-cased; shingles are {@code
 * shingleSize} consecutive words. One-permutation hashing: each shingle is hashed once, the top
 * bits of the hash pick one of the signature's positions (bins) and a position keeps the smallest
 * hash it receives. A bin no shingle reached (short texts) takes the value of another bin, chosen
 * by a fixed sequence of the bin's own, so two texts fill the same empty bin from the same place
 * and the estimate stays unbiased (optimal densification, Shrivastava 2017). Hashing every
 * shingle once per position instead cost 128 hash rounds per word and a third of ingest's CPU.
 * Hashing is deterministic (fixed seeds), so signatures stored by one process compare with those
 * of another.
 */
public final class MinHasher {

  public static final int DEFAULT_HASHES = 128;
  public static final int DEFAULT_SHINGLE_SIZE = 3;

  private static final long SEED = 0x9E3779B97F4A7C15L;

  private final int shingleSize;
  private final int hashes;
  private final int binShift;

  /** @param hashes the signature's length, a power of two */
  public MinHasher(int hashes, int shingleSize) {
    if (hashes < 1 || shingleSize < 1) {
      throw new IllegalArgumentException("hashes and shingle size must be positive");
    }
    if (Integer.bitCount(hashes) != 1) {
      throw new IllegalArgumentException("hashes must be a power of two: " + hashes);
    }
    this.shingleSize = shingleSize;
    this.hashes = hashes;
    this.binShift = 64 - Integer.numberOfTrailingZeros(hashes);
  }

  public static MinHasher defaults() {
    return new MinHasher(DEFAULT_HASHES, DEFAULT_SHINGLE_SIZE);
  }

  public int hashes() {
    return hashes;
  }

  /** The signature of {@code text}; empty when the text has no words. */
  public long[] signature(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] sig = new long[hashes];
    boolean[] filled = new boolean[hashes];
    int shingles = Math.max(1, words.size() - shingleSize + 1);
    for (int start = 0; start < shingles; start++) {
      long h = 0xCBF29CE484222325L;
      for (int w = start; w < Math.min(words.size(), start + shingleSize); w++) {
        h = fnv(h, words.get(w));
      }
      long v = mix(h ^ SEED);
      int bin = hashes == 1 ? 0 : (int) (v >>> binShift);
      if (!filled[bin] || Long.compareUnsigned(v, sig[bin]) < 0) {
        sig[bin] = v;
        filled[bin] = true;
      }
    }
    densify(sig, filled);
    return sig;
  }

  /** Fills each empty bin from the first filled bin of a sequence that depends on the bin alone. */
  private void densify(long[] sig, boolean[] filled) {
    long[] source = sig.clone();
    for (int bin = 0; bin < hashes; bin++) {
      if (filled[bin]) {
        continue;
      }
      int from = -1;
      long state = mix(SEED + bin);
      // At least one bin is filled; random probes find one within a few tries, and a scan after
      // enough of them bounds the work whatever the luck.
      for (int attempt = 0; attempt < 4 * hashes && from < 0; attempt++) {
        state = mix(state + SEED);
        int candidate = (int) Long.remainderUnsigned(state, hashes);
        if (filled[candidate]) {
          from = candidate;
        }
      }
      for (int scan = 1; from < 0; scan++) {
        int candidate = (bin + scan) % hashes;
        if (filled[candidate]) {
          from = candidate;
        }
      }
      sig[bin] = source[from];
    }
  }

  /** Estimated Jaccard similarity of the texts behind two signatures of this hasher. */
  public static double similarity(long[] a, long[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  private static long fnv(long h, String word) {
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001B3L;
    }
    h ^= ' ';
    return h * 0x100000001B3L;
  }

  // SplitMix64 finalizer: spreads every input bit over the output.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
