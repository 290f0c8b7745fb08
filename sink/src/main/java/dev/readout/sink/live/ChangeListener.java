package dev.readout.sink.live;

/** Receives changes; answers false once it is gone, so the broadcaster forgets it. */
@FunctionalInterface
public interface ChangeListener {
  boolean deliver(Change change);
}
