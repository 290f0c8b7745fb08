package dev.readout.replay.source;

import java.io.IOException;

/** A place articles are read from: a directory, a JSON Lines file, an RSS or Atom feed. */
public interface ArticleSource {

  /** What the source is, for reports ({@code samples/feed (directory)}). */
  String describe();

  /**
   * Reads every article, handing each one or the problem that stopped it to the listener. Bad
   * input never stops the rest of the source.
   *
   * @throws IOException when the source as a whole cannot be read
   */
  void read(SourceListener listener) throws IOException;
}
