package dev.readout.sink.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fans every event change out to live listeners and keeps the last {@code capacity} changes so a
 * listener that reconnects with its last seen id misses nothing that is still buffered.
 *
 * <p>Ids are {@code <boot>.<sequence>}: the boot part changes when the process restarts, so an id
 * from an earlier run (or another instance) is recognized and answered with a {@link
 * Change#RESET} rather than a wrong replay.
 */
public final class ChangeBroadcaster {

  private final int capacity;
  private final String boot = Long.toString(UUID.randomUUID().getMostSignificantBits() >>> 20, 36);
  private final Deque<Change> buffer = new ArrayDeque<>();
  private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
  private long sequence;

  public ChangeBroadcaster(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("replay capacity must be at least 1, got " + capacity);
    this.capacity = capacity;
  }

  /** Records a change and sends it to every listener. */
  public synchronized Change publish(String op, String data) {
    Change change = new Change(boot + "." + (++sequence), op, data);
    buffer.addLast(change);
    if (buffer.size() > capacity) buffer.removeFirst();
    for (ChangeListener l : listeners) {
      if (!deliver(l, change)) listeners.remove(l);
    }
    return change;
  }

  /**
   * Adds a listener. With a last seen id, first replays what came after it, or sends a reset when
   * that id is unknown or has left the buffer. Nothing published concurrently is lost or doubled.
   */
  public synchronized void subscribe(ChangeListener listener, String lastEventId) {
    if (lastEventId != null && !lastEventId.isBlank()) {
      for (Change c : replayAfter(lastEventId.strip())) {
        if (!deliver(listener, c)) return;
      }
    }
    listeners.add(listener);
  }

  public void unsubscribe(ChangeListener listener) {
    listeners.remove(listener);
  }

  public int listenerCount() {
    return listeners.size();
  }

  private List<Change> replayAfter(String lastId) {
    long last = sequenceOf(lastId);
    long oldest = buffer.isEmpty() ? sequence + 1 : sequenceOf(buffer.peekFirst().id());
    if (last < 0 || last > sequence || last < oldest - 1) {
      return List.of(new Change(boot + "." + sequence, Change.RESET, "{\"op\":\"reset\"}"));
    }
    List<Change> replay = new ArrayList<>();
    for (Change c : buffer) {
      if (sequenceOf(c.id()) > last) replay.add(c);
    }
    return replay;
  }

  /** The sequence of an id of this boot, or -1 for anything else. */
  private long sequenceOf(String id) {
    int dot = id.indexOf('.');
    if (dot < 0 || !id.substring(0, dot).equals(boot)) return -1;
    try {
      return Long.parseLong(id.substring(dot + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean deliver(ChangeListener l, Change c) {
    try {
      return l.deliver(c);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
