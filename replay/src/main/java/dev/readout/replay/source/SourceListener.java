package dev.readout.replay.source;

import dev.readout.replay.RawArticle;

/** Receives what a source reads: articles, and problems with the input that was skipped. */
public interface SourceListener {

  void article(RawArticle article);

  void problem(Problem problem);
}
