package dev.readout.runtime;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/** Tracks how much of the state stores' changelogs has been restored, for {@code /health/ready}. */
public final class RestoreProgress implements StateRestoreListener {

  private final AtomicLong toRestore = new AtomicLong();
  private final AtomicLong restored = new AtomicLong();
  private final AtomicLong activeRestorations = new AtomicLong();

  @Override
  public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
    toRestore.addAndGet(Math.max(0, endingOffset - startingOffset));
    activeRestorations.incrementAndGet();
  }

  @Override
  public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
    restored.addAndGet(numRestored);
  }

  @Override
  public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
    activeRestorations.decrementAndGet();
  }

  @Override
  public void onRestoreSuspended(TopicPartition partition, String store, long totalRestored) {
    activeRestorations.decrementAndGet();
  }

  /** Records restored so far. */
  public long restored() {
    return restored.get();
  }

  /** Records to restore in the restorations started so far. */
  public long toRestore() {
    return toRestore.get();
  }

  /** Store partitions being restored now. */
  public long active() {
    return Math.max(0, activeRestorations.get());
  }
}
