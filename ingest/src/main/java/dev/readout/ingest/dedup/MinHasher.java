package dev.readout.ingest.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures over word shingles: the share of equal positions in two signatures
 * estimates the Jaccard similarity of the two texts' shingle sets.
 *
 * <p>Words are maximal runs of letters and digits, lower-cased; shingles are {@code
 * shingleSize} consecutive words. Hashing is deterministic (fixed seeds), so signatures stored
 * by one process compare with those of another.
 */
public final class MinHasher {

  public static final int DEFAULT_HASHES = 128;
  public static final int DEFAULT_SHINGLE_SIZE = 3;

  private final int shingleSize;
  private final long[] seeds;

  public MinHasher(int hashes, int shingleSize) {
    if (hashes < 1 || shingleSize < 1) {
      throw new IllegalArgumentException("hashes and shingle size must be positive");
    }
    this.shingleSize = shingleSize;
    this.seeds = new long[hashes];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < hashes; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  public static MinHasher defaults() {
    return new MinHasher(DEFAULT_HASHES, DEFAULT_SHINGLE_SIZE);
  }

  public int hashes() {
    return seeds.length;
  }

  /** The signature of {@code text}; empty when the text has no words. */
  public long[] signature(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = Math.max(1, words.size() - shingleSize + 1);
    for (int start = 0; start < shingles; start++) {
      long h = 0xCBF29CE484222325L;
      for (int w = start; w < Math.min(words.size(), start + shingleSize); w++) {
        h = fnv(h, words.get(w));
      }
      for (int i = 0; i < seeds.length; i++) {
        long v = mix(h ^ seeds[i]);
        if (Long.compareUnsigned(v, sig[i]) < 0) {
          sig[i] = v;
        }
      }
    }
    return sig;
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
