package dev.readout.extract.engine.actors;

import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An article after the text and actor stages: its document and, per sentence, its actors.
 *
 * @param id the article id
 * @param doc tokens, sentences, quotations
 * @param actors the actors of each sentence, by sentence index
 * @param publishedAt publication time, for relative dates
 */
public record AnalyzedArticle(String id, Document doc, List<List<ActorSpan>> actors, Instant publishedAt) {

  /** The actors of a sentence. */
  public List<ActorSpan> actors(Sentence s) {
    return actors.get(s.index());
  }

  /** The unquoted actor mention that ends exactly at this token (inclusive), or null. */
  public ActorSpan spanEndingAt(int token) {
    if (token < 0 || token >= doc.tokens().size()) {
      return null; // before the first token: an attribution verb opening the text
    }
    Sentence s = doc.sentenceOf(token);
    for (ActorSpan a : actors(s)) {
      if (a.to() - 1 == token) {
        return a;
      }
    }
    return null;
  }

  /** The unquoted actor mention that starts exactly at this token, or null. */
  public ActorSpan spanStartingAt(int token) {
    if (token < 0 || token >= doc.tokens().size()) {
      return null; // past the last token: an attribution verb ending the text ("... Rubio said")
    }
    Sentence s = doc.sentenceOf(token);
    for (ActorSpan a : actors(s)) {
      if (a.from() == token) {
        return a;
      }
    }
    return null;
  }

  /** The unquoted mentions lying within tokens [from, to). */
  public List<ActorSpan> spansIn(int from, int to) {
    List<ActorSpan> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    Sentence s = doc.sentenceOf(from);
    for (ActorSpan a : actors(s)) {
      if (a.from() >= from && a.to() <= to && !a.quoted()) {
        out.add(a);
      }
    }
    return out;
  }
}
