package dev.readout.replay;

import java.io.IOException;
import java.util.List;

/** Where a replay sends articles: a Kafka topic, or files when exporting a feed. */
public interface ArticleTarget extends AutoCloseable {

  /** Where the articles go, for reports ({@code readout.articles.raw at 127.0.0.1:9092}). */
  String describe();

  /** Hands one article over; delivery may complete later. */
  void send(RawArticle article) throws IOException;

  /** Waits until every article sent so far is delivered or has failed. */
  Delivery flush() throws IOException;

  @Override
  void close() throws IOException;

  /**
   * What became of the articles sent.
   *
   * @param delivered how many arrived
   * @param failures one line per article that did not ({@code <id>: <reason>})
   */
  record Delivery(long delivered, List<String> failures) {}
}
