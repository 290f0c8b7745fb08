package dev.readout.extract.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.fusion.Fuser;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import dev.readout.testkit.CorpusArticles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The topology with the production engine and fuser: live results equal offline ones. */
class ExtractTopologyWithEngineTest {

  private static ExtractionEngine engine;
  private static final MentionFusion FUSER = MentionFusion.of(new Fuser());

  @TempDir Path stateDir;

  @BeforeAll
  static void loadEngine() {
    engine = ExtractionEngine.createDefault();
  }

  @ParameterizedTest(name = "arrival order seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void corpusEventsEqualOfflineFusionOfTheEnginesMentionsInAnyArrivalOrder(long seed) {
    List<Article> corpus = new ArrayList<>(CorpusArticles.corpus());
    List<EventMention> mentions = new ArrayList<>();
    corpus.forEach(a -> mentions.addAll(engine.extract(input(a))));
    assertThat(mentions).as("the engine finds events in the corpus").isNotEmpty();

    Collections.shuffle(corpus, new Random(seed));
    assertLiveEqualsOffline(corpus, ExtractTopologyWithEngineTest::extractWithEngine, mentions);
  }

  @ParameterizedTest(name = "arrival order seed {0}")
  @ValueSource(longs = {21, 22, 23})
  void manyOverlappingReportsFuseLiveAsTheFuserDoesOffline(long seed) {
    List<Article> feed = new ArrayList<>();
    List<EventMention> mentions = new ArrayList<>();
    Instant start = Instant.parse("2025-02-12T06:00:00Z");
    for (int i = 0; i < 150; i++) {
      Article article = TestMentions.article("feed-" + i, start.plusSeconds(3600L * i));
      feed.add(article);
      mentions.addAll(TestMentions.synthetic(article.getId(), article.getPublishedAt()));
    }
    Collections.shuffle(feed, new Random(seed));
    assertLiveEqualsOffline(feed, a -> TestMentions.synthetic(a.id(), a.publishedAt()), mentions);
  }

  private void assertLiveEqualsOffline(
      List<Article> arrivalOrder, Function<ArticleInput, List<EventMention>> extractor, List<EventMention> allMentions) {
    Topics topics = new Topics(Map.of("schema.registry.url", "mock://extract-engine-" + UUID.randomUUID()));
    ReadoutConfig config = ReadoutConfig.of(Map.of(ReadoutConfig.STATE_DIR, stateDir.toString()));
    try (TopologyTestDriver driver = new TopologyTestDriver(
        new ExtractTopology(topics, extractor, FUSER).build(),
        config.streamsProperties(ExtractService.SERVICE, Topics.MENTIONS_DLQ))) {
      TestInputTopic<String, Article> articles = driver.createInputTopic(
          Topics.ARTICLES, Serdes.String().serializer(), topics.articles().valueSerde().serializer());
      arrivalOrder.forEach(a -> articles.pipeInput(a.getId(), a, a.getPublishedAt()));
      // Large events are upserted on the next tick of the wall clock.
      driver.advanceWallClockTime(LiveFusionProcessor.LARGE_EVENT_UPSERT_INTERVAL);

      List<Event> offline = FUSER.fuse(allMentions);
      for (EventType type : EventType.values()) {
        Map<String, Event> expected = new HashMap<>();
        offline.stream().filter(e -> e.getType() == type).forEach(e -> expected.put(e.getId(), e));
        var topic = topics.events(type);
        Map<String, Event> live = new HashMap<>();
        driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer())
            .readRecordsToList()
            .forEach(r -> {
              if (r.value() == null) {
                live.remove(r.key());
              } else {
                live.put(r.key(), r.value());
              }
            });
        assertThat(live).as("%s events live vs offline fusion of %d mentions", type, allMentions.size())
            .isEqualTo(expected);
      }
      assertThat(driver.createOutputTopic(Topics.MENTIONS_DLQ, Serdes.ByteArray().deserializer(),
              Serdes.ByteArray().deserializer()).isEmpty())
          .as("nothing dead-lettered").isTrue();
    }
  }

  private static List<EventMention> extractWithEngine(ArticleInput input) {
    return engine.extract(input);
  }

  private static ArticleInput input(Article a) {
    return new ArticleInput(a.getId(), a.getText(), a.getPublishedAt(), a.getSource(), a.getUrl());
  }
}
