package dev.readout.replay.source;

import dev.readout.replay.RawArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What a source handed over, for assertions. */
final class Collected implements SourceListener {

  final List<RawArticle> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  static Collected from(ArticleSource source) throws IOException {
    Collected collected = new Collected();
    source.read(collected);
    return collected;
  }

  List<String> ids() {
    return articles.stream().map(RawArticle::id).toList();
  }

  List<String> problemLines() {
    return problems.stream().map(Problem::toString).toList();
  }

  @Override
  public void article(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }
}
