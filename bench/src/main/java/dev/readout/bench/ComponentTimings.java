package dev.readout.bench;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.schemas.Topics;
import dev.readout.schemas.registry.MockSchemaRegistry;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.EventMention;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Where the time goes, measured without Kafka on one thread: the engine alone on the generated
 * articles, and the Avro serde alone (an article written and read once, as ingest and extract
 * do, plus the article's mentions written and read), with an in-memory registry.
 *
 * @param engineArticlesPerSecond articles the engine extracts per second on one core
 * @param engineMillisPerArticle its mean time per article
 * @param serdeMicrosPerArticle Avro write + read of the article and its mentions, per article
 * @param mentionsPerArticle mean mentions the engine found per article
 */
public record ComponentTimings(
    int articles, double engineArticlesPerSecond, double engineMillisPerArticle, double serdeMicrosPerArticle,
    double mentionsPerArticle) {

  private static final int WARMUP = 30;

  /** Times the engine and the serde on {@code articles} (after a warm-up on the first few). */
  static ComponentTimings measure(ExtractionEngine engine, List<ArticleGenerator.Generated> articles) {
    List<ArticleInput> inputs = articles.stream()
        .map(a -> new ArticleInput(a.id(), a.text(), a.publishedAt(), "Bench Wire", null)).toList();
    for (int i = 0; i < Math.min(WARMUP, inputs.size()); i++) {
      engine.extract(inputs.get(i));
    }
    List<List<EventMention>> found = new ArrayList<>();
    long began = System.nanoTime();
    for (ArticleInput input : inputs) {
      found.add(engine.extract(input));
    }
    double engineSeconds = (System.nanoTime() - began) / 1e9;
    long mentions = found.stream().mapToLong(List::size).sum();

    String scope = "readout-bench-" + System.nanoTime();
    Topics topics = new Topics(Map.of("schema.registry.url", "mock://" + scope));
    Serializer<Article> articleOut = topics.articles().valueSerde().serializer();
    Deserializer<Article> articleIn = topics.articles().valueSerde().deserializer();
    Serializer<EventMention> mentionOut = topics.mentions().valueSerde().serializer();
    Deserializer<EventMention> mentionIn = topics.mentions().valueSerde().deserializer();
    List<Article> records = new ArrayList<>();
    for (ArticleGenerator.Generated a : articles) {
      records.add(Article.newBuilder().setId(a.id()).setSource("Bench Wire").setUrl(null).setTitle(null)
          .setPublishedAt(a.publishedAt()).setIngestedAt(a.publishedAt()).setLanguage("eng").setText(a.text())
          .setContentHash(Integer.toHexString(a.text().hashCode())).setDuplicateOf(null).build());
    }
    long checksum = 0;
    for (int round = 0; round < 2; round++) { // the first round warms up
      began = System.nanoTime();
      for (int i = 0; i < records.size(); i++) {
        byte[] bytes = articleOut.serialize(Topics.ARTICLES, records.get(i));
        checksum += articleIn.deserialize(Topics.ARTICLES, bytes).getText().length();
        for (EventMention m : found.get(i)) {
          byte[] mb = mentionOut.serialize(Topics.MENTIONS, m);
          checksum += mentionIn.deserialize(Topics.MENTIONS, mb).getId().getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    double serdeSeconds = (System.nanoTime() - began) / 1e9;
    MockSchemaRegistry.dropScope(scope);
    if (checksum == 0) {
      throw new IllegalStateException("serde produced nothing");
    }
    int n = Math.max(1, articles.size());
    return new ComponentTimings(articles.size(), articles.size() / engineSeconds, engineSeconds * 1000 / n,
        serdeSeconds * 1e6 / n, (double) mentions / n);
  }
}
