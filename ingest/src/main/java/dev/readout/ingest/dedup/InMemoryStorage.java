package dev.readout.ingest.dedup;

import java.util.HashMap;
import java.util.Map;

/** {@link NearDuplicateIndex.Storage} in hash maps, for tests and one-off batch runs. */
public final class InMemoryStorage implements NearDuplicateIndex.Storage {

  private final Map<String, String> bands = new HashMap<>();
  private final Map<String, long[]> signatures = new HashMap<>();

  @Override
  public String bandOwner(String bandKey) {
    return bands.get(bandKey);
  }

  @Override
  public void claimBand(String bandKey, String articleId) {
    bands.putIfAbsent(bandKey, articleId);
  }

  @Override
  public long[] signature(String articleId) {
    return signatures.get(articleId);
  }

  @Override
  public void putSignature(String articleId, long[] signature) {
    signatures.put(articleId, signature);
  }

  /** Articles indexed as originals. */
  public int size() {
    return signatures.size();
  }
}
