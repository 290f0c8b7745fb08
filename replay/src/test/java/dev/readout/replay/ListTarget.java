package dev.readout.replay;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a replay sends, in order. */
final class ListTarget implements ArticleTarget {

  final List<RawArticle> sent = new ArrayList<>();

  @Override
  public String describe() {
    return "a list";
  }

  @Override
  public void send(RawArticle article) {
    sent.add(article);
  }

  @Override
  public Delivery flush() {
    return new Delivery(sent.size(), List.of());
  }

  @Override
  public void close() {}

  List<String> ids() {
    return sent.stream().map(RawArticle::id).toList();
  }
}
