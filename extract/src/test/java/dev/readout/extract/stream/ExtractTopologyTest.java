package dev.readout.extract.stream;

import static dev.readout.extract.stream.TestMentions.article;
import static dev.readout.extract.stream.TestMentions.mention;
import static dev.readout.extract.stream.TestMentions.person;
import static dev.readout.schemas.avro.EventStatus.OCCURRED;
import static dev.readout.schemas.avro.EventStatus.PLANNED;
import static dev.readout.schemas.avro.EventType.CALL;
import static dev.readout.schemas.avro.EventType.MEETING;
import static dev.readout.schemas.avro.EventType.STATEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.fusion.Fuser;
import dev.readout.runtime.DeadLetterHeaders;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractTopologyTest {

  private static final Instant FEB_12 = Instant.parse("2025-02-12T18:00:00Z");
  private static final Instant FEB_13 = Instant.parse("2025-02-13T08:00:00Z");
  private static final Instant FEB_15 = Instant.parse("2025-02-15T23:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2025-02-12");

  private static final Actor TRUMP = person("Donald Trump", "USA");
  private static final Actor PUTIN = person("Vladimir Putin", "RUS");
  private static final Actor ZELENSKYY = person("Volodymyr Zelenskyy", "UKR");
  private static final Actor RUBIO = person("Marco Rubio", "USA");
  private static final Actor LAVROV = person("Sergey Lavrov", "RUS");

  @TempDir Path stateDir;

  private final Map<String, List<EventMention>> mentionsByArticle = new HashMap<>();
  private final MentionFusion fusion = new OverlapFusion();
  private TopologyTestDriver driver;
  private Topics topics;
  private TestInputTopic<String, Article> articles;

  @AfterEach
  void closeDriver() {
    if (driver != null) {
      driver.close();
    }
  }

  private void start(Function<ArticleInput, List<EventMention>> extractor) {
    start(extractor, 20_000);
  }

  private void start(Function<ArticleInput, List<EventMention>> extractor, int fusionCacheCapacity) {
    start(extractor, fusionCacheCapacity, fusion);
  }

  private void start(Function<ArticleInput, List<EventMention>> extractor, int fusionCacheCapacity, MentionFusion fusion) {
    topics = new Topics(Map.of("schema.registry.url", "mock://extract-topology-" + UUID.randomUUID()));
    // The service's own settings: exactly-once, explicit naming enforced, the DLQ handler.
    ReadoutConfig config = ReadoutConfig.of(Map.of(ReadoutConfig.STATE_DIR, stateDir.resolve(UUID.randomUUID().toString()).toString()));
    Properties props = config.streamsProperties(ExtractService.SERVICE, Topics.MENTIONS_DLQ);
    driver = new TopologyTestDriver(new ExtractTopology(topics, extractor, fusion, fusionCacheCapacity).build(), props);
    articles = driver.createInputTopic(
        Topics.ARTICLES, Serdes.String().serializer(), topics.articles().valueSerde().serializer());
  }

  private void startWithCannedMentions() {
    start(input -> mentionsByArticle.getOrDefault(input.id(), List.of()));
  }

  private void publish(String articleId, Instant publishedAt, EventMention... mentions) {
    publish(article(articleId, publishedAt), mentions);
  }

  private void publish(Article article, EventMention... mentions) {
    mentionsByArticle.put(article.getId(), List.of(mentions));
    articles.pipeInput(article.getId(), article, article.getPublishedAt());
  }

  private TestOutputTopic<String, Event> events(EventType type) {
    // Large events are upserted on the next tick of the wall clock: let it come.
    driver.advanceWallClockTime(LiveFusionProcessor.LARGE_EVENT_UPSERT_INTERVAL);
    var topic = topics.events(type);
    return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  private TestOutputTopic<String, EventMention> mentions() {
    return driver.createOutputTopic(
        Topics.MENTIONS, Serdes.String().deserializer(), topics.mentions().valueSerde().deserializer());
  }

  @Test
  void everyStoreAndInternalTopicIsNamedByItsConstant() {
    topics = new Topics(Map.of("schema.registry.url", "mock://extract-names-" + UUID.randomUUID()));
    String description = new ExtractTopology(topics, input -> List.of(), fusion).build().describe().toString();

    assertThat(description)
        .contains(ExtractTopology.MENTIONS_BY_FUSION_KEY + "-repartition")
        .contains(ExtractTopology.MENTION_STORE, ExtractTopology.BLOCKING_INDEX_STORE, ExtractTopology.ASSIGNMENT_STORE,
            ExtractTopology.EVENT_MEMBERS_STORE, ExtractTopology.PROGRESS_STORE)
        .contains(ExtractTopology.ARTICLES_SOURCE, ExtractTopology.ENGINE, ExtractTopology.FUSION, ExtractTopology.MENTIONS_SINK)
        .doesNotContain("KSTREAM-", "KTABLE-", "STATE-STORE-");
  }

  @Test
  void mentionsOfAnArticleArePublishedWithTheirEventAndTheEventsUpserted() {
    startWithCannedMentions();
    EventMention call = mention("m-call", "a1", FEB_12, CALL, OCCURRED, DAY, TRUMP, PUTIN);
    EventMention said = mention("m-said", "a1", FEB_12, STATEMENT, OCCURRED, DAY, TRUMP);
    publish("a1", FEB_12, call, said);

    Map<String, EventMention> published = table(mentions());
    assertThat(published).as("every mention of the article is published under its id").containsOnlyKeys("m-call", "m-said");
    Event callEvent = single(table(events(CALL)));
    Event statementEvent = single(table(events(STATEMENT)));
    assertThat(published.get("m-call").getEventId()).isEqualTo(callEvent.getId());
    assertThat(published.get("m-said").getEventId()).isEqualTo(statementEvent.getId());
    assertThat(callEvent.getMentionIds()).containsExactly("m-call");
    assertThat(events(MEETING).isEmpty()).as("no meeting was reported").isTrue();
  }

  @Test
  void mentionsOfOneEventInDifferentArticlesFuseIntoOneEvent() {
    startWithCannedMentions();
    publish("a1", FEB_12, mention("m1", "a1", FEB_12, CALL, OCCURRED, DAY, TRUMP, PUTIN));
    publish("a2", FEB_13, mention("m2", "a2", FEB_13, CALL, OCCURRED, DAY, PUTIN, TRUMP, ZELENSKYY));

    Event event = single(table(events(CALL)));
    assertThat(event.getMentionIds()).containsExactly("m1", "m2");
    assertThat(event.getArticleIds()).containsExactly("a1", "a2");
    assertThat(event.getParticipants()).extracting(Actor::getName)
        .containsExactlyInAnyOrder("Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy");
    assertThat(table(mentions()).values()).extracting(EventMention::getEventId)
        .as("both mentions point to the fused event").containsOnly(event.getId());
  }

  @Test
  void plannedMeetingIsUpgradedWhenLaterReportSaysItHappened() {
    startWithCannedMentions();
    publish("a1", FEB_12, mention("m1", "a1", FEB_12, MEETING, PLANNED, null, RUBIO, LAVROV));
    TestOutputTopic<String, Event> meetings = events(MEETING);
    assertThat(single(table(meetings)).getStatus()).isEqualTo(PLANNED);

    publish("a2", FEB_15, mention("m2", "a2", FEB_15, MEETING, OCCURRED, DAY, LAVROV, RUBIO));

    Event upgraded = single(table(meetings));
    assertThat(upgraded.getStatus()).isEqualTo(OCCURRED);
    assertThat(upgraded.getDate()).as("the later report fills in the date").isEqualTo(DAY);
    assertThat(upgraded.getMentionCount()).isEqualTo(2);
  }

  @Test
  void eventAbsorbedByAnotherIsDeletedWithATombstone() {
    startWithCannedMentions();
    publish("a1", FEB_12, mention("m-b", "a1", FEB_12, MEETING, OCCURRED, DAY, RUBIO, LAVROV));
    publish("a2", FEB_12, mention("m-c", "a2", FEB_12, MEETING, OCCURRED, DAY, TRUMP, PUTIN));
    TestOutputTopic<String, Event> meetings = events(MEETING);
    Map<String, Event> separate = table(meetings);
    assertThat(separate).as("two unrelated meetings are two events").hasSize(2);

    // A report naming Lavrov and Trump in the same meeting bridges the two.
    publish("a3", FEB_13, mention("m-a", "a3", FEB_13, MEETING, OCCURRED, DAY, LAVROV, TRUMP));

    List<TestRecord<String, Event>> changes = meetings.readRecordsToList();
    Map<String, Event> table = new LinkedHashMap<>(separate);
    changes.forEach(change -> {
      if (change.value() == null) {
        table.remove(change.key());
      } else {
        table.put(change.key(), change.value());
      }
    });
    Event merged = single(table);
    assertThat(merged.getMentionIds()).containsExactly("m-a", "m-b", "m-c");
    assertThat(changes).filteredOn(change -> change.value() == null).extracting(TestRecord::key)
        .as("both earlier events are absorbed under the new id, so both are deleted")
        .containsExactlyInAnyOrderElementsOf(separate.keySet());
  }

  @Test
  void laterReportArrivingFirstGivesTheSameEventAsInPublicationOrder() {
    EventMention planned = mention("m1", "a1", FEB_12, MEETING, PLANNED, null, RUBIO, LAVROV);
    EventMention happened = mention("m2", "a2", FEB_15, MEETING, OCCURRED, DAY, LAVROV, RUBIO);
    EventMention bridge = mention("m3", "a3", FEB_15, MEETING, OCCURRED, DAY, LAVROV, TRUMP);

    startWithCannedMentions();
    publish("a1", FEB_12, planned);
    publish("a2", FEB_15, happened);
    publish("a3", FEB_15, bridge);
    Map<String, Event> inOrder = table(events(MEETING));
    driver.close();

    startWithCannedMentions();
    publish("a3", FEB_15, bridge);
    publish("a2", FEB_15, happened);
    publish("a1", FEB_12, planned);
    Map<String, Event> reversed = table(events(MEETING));

    assertThat(reversed).as("events after reports arrive newest first").isEqualTo(inOrder);
    assertThat(single(reversed).getStatus()).as("an earlier PLANNED report does not downgrade").isEqualTo(OCCURRED);
  }

  @Test
  void republishedArticleChangesNothing() {
    startWithCannedMentions();
    publish("a1", FEB_12, mention("m1", "a1", FEB_12, CALL, OCCURRED, DAY, TRUMP, PUTIN));
    TestOutputTopic<String, Event> calls = events(CALL);
    TestOutputTopic<String, EventMention> stamped = mentions();
    calls.readRecordsToList();
    stamped.readRecordsToList();

    publish("a1", FEB_12, mention("m1", "a1", FEB_12, CALL, OCCURRED, DAY, TRUMP, PUTIN));

    assertThat(calls.isEmpty()).as("no event record for a mention already fused").isTrue();
    assertThat(stamped.isEmpty()).as("no mention record for a mention already fused").isTrue();
  }

  @Test
  void reExtractedMentionThatNoLongerMatchesSplitsItsOldEvent() {
    startWithCannedMentions();
    EventMention rubioLavrov = mention("m1", "a1", FEB_12, MEETING, OCCURRED, DAY, RUBIO, LAVROV);
    publish("a1", FEB_12, rubioLavrov);
    publish("a2", FEB_13, mention("m2", "a2", FEB_13, MEETING, OCCURRED, DAY, LAVROV, TRUMP));
    TestOutputTopic<String, Event> meetings = events(MEETING);
    Map<String, Event> table = new HashMap<>(table(meetings));
    assertThat(single(table).getMentionIds()).containsExactly("m1", "m2");

    // A new engine version reads article a2 differently: same mention id, other participants.
    EventMention reread = mention("m2", "a2", FEB_13, MEETING, OCCURRED, DAY, ZELENSKYY, PUTIN);
    publish("a2", FEB_13, reread);
    meetings.readRecordsToList().forEach(r -> {
      if (r.value() == null) {
        table.remove(r.key());
      } else {
        table.put(r.key(), r.value());
      }
    });

    Map<String, Event> expected = new HashMap<>();
    fusion.fuse(List.of(rubioLavrov, reread)).forEach(e -> expected.put(e.getId(), e));
    assertThat(expected).hasSize(2);
    assertThat(table).as("the merged event splits back into two, as offline fusion says").isEqualTo(expected);
  }

  @ParameterizedTest(name = "arrival order seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void eventTopicsHoldTheOfflineFusionWhateverTheArrivalOrder(long seed) {
    startWithCannedMentions();
    Random random = new Random(seed);
    List<Actor> actors = List.of(TRUMP, PUTIN, ZELENSKYY, RUBIO, LAVROV,
        person("Emmanuel Macron", "FRA"), person("Olaf Scholz", "DEU"), person("Xi Jinping", "CHN"));
    List<Article> feed = new ArrayList<>();
    List<EventMention> all = new ArrayList<>();
    for (int a = 0; a < 30; a++) {
      Instant published = FEB_12.plusSeconds(3600L * random.nextInt(96));
      Article article = article("art-" + a, published);
      List<EventMention> found = new ArrayList<>();
      for (int m = 0; m < 1 + random.nextInt(3); m++) {
        EventType type = EventType.values()[random.nextInt(3)];
        Actor first = actors.get(random.nextInt(actors.size()));
        Actor second = actors.get(random.nextInt(actors.size()));
        LocalDate date = random.nextInt(4) == 0 ? null : DAY.plusDays(random.nextInt(10));
        EventStatus status = EventStatus.values()[random.nextInt(3)];
        found.add(mention("men-" + a + "-" + m, article.getId(), published, type, status, date, first, second));
      }
      mentionsByArticle.put(article.getId(), found);
      all.addAll(found);
      feed.add(article);
    }
    Collections.shuffle(feed, random);
    feed.forEach(article -> articles.pipeInput(article.getId(), article, article.getPublishedAt()));

    for (EventType type : EventType.values()) {
      Map<String, Event> expected = new HashMap<>();
      fusion.fuse(all.stream().filter(m -> m.getType() == type).toList()).forEach(e -> expected.put(e.getId(), e));
      assertThat(table(events(type)))
          .as("the compacted %s topic after arrival order %d equals offline fusion", type, seed)
          .isEqualTo(expected);
    }
    Map<String, EventMention> stamped = table(mentions());
    assertThat(stamped).as("every mention is published").hasSize(all.size());
    Map<String, String> expectedEventOf = new HashMap<>();
    fusion.fuse(all).forEach(e -> e.getMentionIds().forEach(id -> expectedEventOf.put(id, e.getId())));
    stamped.forEach((id, m) -> assertThat(m.getEventId()).as("event of mention %s", id).isEqualTo(expectedEventOf.get(id)));
  }

  @ParameterizedTest(name = "seed {0}, fusion cache of {1}")
  @CsvSource({"11, 20000", "12, 20000", "13, 20000", "14, 1", "15, 1", "16, 3"})
  void reExtractedArticlesEndAsOfflineFusionOfTheirLatestReadingWhateverTheCacheHolds(long seed, int cacheCapacity) {
    // A cache of one mention makes nearly every read go to the stores: they alone must suffice.
    start(input -> mentionsByArticle.getOrDefault(input.id(), List.of()), cacheCapacity);
    Random random = new Random(seed);
    List<Actor> actors = List.of(TRUMP, PUTIN, ZELENSKYY, RUBIO, LAVROV, person("Xi Jinping", "CHN"));
    List<Article> feed = new ArrayList<>();
    for (int a = 0; a < 25; a++) {
      feed.add(article("art-" + a, FEB_12.plusSeconds(3600L * random.nextInt(96))));
    }
    // Every article is read once, then a random half again by a "new engine version" that finds
    // other participants and dates under the same mention ids, in a random order.
    List<Article> arrivals = new ArrayList<>(feed);
    for (Article article : feed) {
      if (random.nextBoolean()) {
        arrivals.add(article);
      }
    }
    Collections.shuffle(arrivals, random);
    Map<String, List<EventMention>> latest = new HashMap<>();
    for (Article article : arrivals) {
      List<EventMention> reading = new ArrayList<>();
      for (int m = 0; m < 3; m++) {
        EventType type = random.nextInt(3) == 0 ? STATEMENT : MEETING;
        LocalDate date = DAY.plusDays(random.nextInt(6));
        reading.add(mention("men-" + article.getId() + "-" + m, article.getId(), article.getPublishedAt(), type, OCCURRED,
            date, actors.get(random.nextInt(actors.size())), actors.get(random.nextInt(actors.size()))));
      }
      mentionsByArticle.put(article.getId(), reading);
      latest.put(article.getId(), reading);
      articles.pipeInput(article.getId(), article, article.getPublishedAt());
    }

    List<EventMention> all = latest.values().stream().flatMap(List::stream).toList();
    for (EventType type : List.of(MEETING, STATEMENT)) {
      Map<String, Event> expected = new HashMap<>();
      fusion.fuse(all.stream().filter(m -> m.getType() == type).toList()).forEach(e -> expected.put(e.getId(), e));
      assertThat(table(events(type)))
          .as("the compacted %s topic equals offline fusion of each article's latest reading", type)
          .isEqualTo(expected);
    }
    Map<String, String> expectedEventOf = new HashMap<>();
    fusion.fuse(all).forEach(e -> e.getMentionIds().forEach(id -> expectedEventOf.put(id, e.getId())));
    Map<String, EventMention> stamped = table(mentions());
    assertThat(stamped).as("every mention is published").hasSize(all.size());
    stamped.forEach((id, m) -> assertThat(m.getEventId()).as("event of mention %s", id).isEqualTo(expectedEventOf.get(id)));
  }

  @Test
  void largeEventIsUpsertedOncePerTickNotAtEveryMentionAndEndsAsOfflineFusion() {
    startWithCannedMentions();
    int reports = LiveFusionProcessor.EAGER_UPSERT_MAX_MENTIONS + 15;
    TestOutputTopic<String, Event> calls = driver.createOutputTopic(
        topics.events(CALL).name(), Serdes.String().deserializer(), topics.events(CALL).valueSerde().deserializer());
    List<EventMention> all = new ArrayList<>();
    for (int a = 0; a < reports; a++) {
      // Ids sort in arrival order, so the event keeps its id while it grows.
      EventMention report = mention(String.format("m%03d", a), "a" + a, FEB_12, CALL, OCCURRED, DAY, TRUMP, PUTIN);
      all.add(report);
      publish("a" + a, FEB_12, report);
    }
    List<TestRecord<String, Event>> beforeTick = calls.readRecordsToList();
    assertThat(beforeTick).as("one upsert per mention while the event is small, none after")
        .hasSize(LiveFusionProcessor.EAGER_UPSERT_MAX_MENTIONS);
    assertThat(driver.getKeyValueStore(ExtractTopology.PENDING_UPSERTS_STORE).get(beforeTick.getLast().key()))
        .as("the due upsert is kept in a store, so a crash before the tick does not lose it").isEqualTo("CALL");

    driver.advanceWallClockTime(LiveFusionProcessor.LARGE_EVENT_UPSERT_INTERVAL);

    List<TestRecord<String, Event>> atTick = calls.readRecordsToList();
    assertThat(atTick).as("one upsert at the tick for all the mentions since").hasSize(1);
    assertThat(atTick.getFirst().value()).as("the upsert at the tick is offline fusion of every report")
        .isEqualTo(single(fusion.fuse(all).stream().collect(java.util.stream.Collectors.toMap(Event::getId, e -> e))));
    driver.advanceWallClockTime(LiveFusionProcessor.LARGE_EVENT_UPSERT_INTERVAL);
    assertThat(calls.isEmpty()).as("nothing more once it is current").isTrue();
    assertThat(table(mentions())).as("every mention is stamped at once, tick or not").hasSize(reports);
  }

  @ParameterizedTest(name = "fusion cache of {0}")
  @ValueSource(ints = {20_000, 1})
  void largeEventWhoseSmallestMentionIdKeepsFallingEndsWithTheIdAndMembersOfOfflineFusion(int cacheCapacity) {
    MentionFusion production = MentionFusion.of(new Fuser());
    start(input -> mentionsByArticle.getOrDefault(input.id(), List.of()), cacheCapacity, production);
    // Past the large-event threshold with ids in arrival order, then waves that each open with an
    // id below every id so far (the event's id changes) followed by ids above (it does not), and
    // a smallest id last, with nothing after it to put right what it got wrong.
    List<Integer> arrivals = new ArrayList<>();
    for (int i = 0; i < LiveFusionProcessor.EAGER_UPSERT_MAX_MENTIONS + 5; i++) {
      arrivals.add(500 + i);
    }
    for (int wave = 0; wave < 5; wave++) {
      arrivals.add(490 - 10 * wave);
      for (int i = 0; i < 4; i++) {
        arrivals.add(600 + 10 * wave + i);
      }
      arrivals.add(495 - 10 * wave); // between: not the smallest, though below most
    }
    arrivals.add(400); // the last report of all is the smallest once more
    List<EventMention> all = new ArrayList<>();
    for (int n : arrivals) {
      EventMention report = mention("m" + n, "a" + n, FEB_12, CALL, OCCURRED, DAY, TRUMP, PUTIN);
      all.add(report);
      publish("a" + n, FEB_12, report);
      if (n % 3 == 0) {
        // Some ticks between the waves, so upserts under ids that later change go out too.
        driver.advanceWallClockTime(LiveFusionProcessor.LARGE_EVENT_UPSERT_INTERVAL);
      }
    }

    List<Event> offline = new Fuser().fuse(all);
    assertThat(offline).as("offline fusion makes one event of the reports").hasSize(1);
    Event expected = offline.getFirst();
    assertThat(expected.getMentionCount()).isGreaterThan(LiveFusionProcessor.EAGER_UPSERT_MAX_MENTIONS);
    assertThat(table(events(CALL)))
        .as("the compacted topic holds offline fusion's event under its id, the ids it had before tombstoned")
        .containsOnlyKeys(expected.getId())
        .containsEntry(expected.getId(), expected);
    Map<String, EventMention> stamped = table(mentions());
    assertThat(stamped).as("every mention is published").hasSize(all.size());
    stamped.forEach((id, m) -> assertThat(m.getEventId()).as("event of mention %s", id).isEqualTo(expected.getId()));
    List<String> storedMembers = new ArrayList<>();
    KeyValueStore<String, String> membersStore = driver.getKeyValueStore(ExtractTopology.EVENT_MEMBERS_STORE);
    try (KeyValueIterator<String, String> entries = membersStore.all()) {
      entries.forEachRemaining(entry -> storedMembers.add(entry.key));
    }
    Fuser fuser = new Fuser();
    assertThat(storedMembers).as("the members store holds the members under the final id, nothing under earlier ids")
        .containsExactlyInAnyOrderElementsOf(all.stream().map(m -> expected.getId() + "\u0000" + fuser.memberKey(m)).toList());
  }

  @ParameterizedTest(name = "{0} reports")
  @ValueSource(ints = {3, LiveFusionProcessor.EAGER_UPSERT_MAX_MENTIONS + 10})
  void laterReportsWithSmallerIdsJoinAnEventWithoutRenamingItOrRepublishingItsMentions(int reports) {
    start(input -> mentionsByArticle.getOrDefault(input.id(), List.of()), 20_000, MentionFusion.of(new Fuser()));
    List<EventMention> all = new ArrayList<>();
    for (int n = 0; n < reports; n++) {
      // Each report an hour after the one before, each with an id that sorts before all earlier ones.
      Instant publishedAt = FEB_12.plusSeconds(3600L * n);
      EventMention report = mention("m" + (900 - n), "a" + (900 - n), publishedAt, CALL, OCCURRED, DAY, TRUMP, PUTIN);
      all.add(report);
      publish("a" + (900 - n), publishedAt, report);
    }

    Event expected = new Fuser().fuse(all).getFirst();
    String firstReportsEvent = new Fuser().fuse(all.subList(0, 1)).getFirst().getId();
    assertThat(expected.getId()).as("offline fusion names the event by its first report").isEqualTo(firstReportsEvent);
    List<TestRecord<String, Event>> upserts = events(CALL).readRecordsToList();
    assertThat(upserts).as("every upsert is of the first report's event, none a tombstone")
        .allSatisfy(r -> assertThat(r.key()).isEqualTo(firstReportsEvent))
        .allSatisfy(r -> assertThat(r.value()).isNotNull());
    assertThat(upserts.getLast().value()).isEqualTo(expected);
    List<TestRecord<String, EventMention>> published = mentions().readRecordsToList();
    assertThat(published).as("each mention published once, stamped with the first report's event")
        .hasSize(reports)
        .allSatisfy(r -> assertThat(r.value().getEventId()).isEqualTo(firstReportsEvent));
  }

  @Test
  void smallEventJoiningALargeOneTakesItsIdAndEndsAsOfflineFusion() {
    startWithCannedMentions();
    List<EventMention> all = new ArrayList<>();
    for (int a = 0; a < LiveFusionProcessor.EAGER_UPSERT_MAX_MENTIONS + 5; a++) {
      EventMention report = mention(String.format("c%03d", a), "c" + a, FEB_12, CALL, OCCURRED, DAY, TRUMP, PUTIN);
      all.add(report);
      publish("c" + a, FEB_12, report);
    }
    for (int a = 0; a < 3; a++) {
      EventMention report = mention("d" + a, "d" + a, FEB_12, CALL, OCCURRED, DAY, RUBIO, LAVROV);
      all.add(report);
      publish("d" + a, FEB_12, report);
    }
    // Joins both: the small event's members move into the large one, whose id stays.
    EventMention bridge = mention("e0", "e0", FEB_12, CALL, OCCURRED, DAY, PUTIN, LAVROV);
    all.add(bridge);
    publish("e0", FEB_12, bridge);

    Event expected = single(fusion.fuse(all).stream().collect(java.util.stream.Collectors.toMap(Event::getId, e -> e)));
    assertThat(table(events(CALL))).as("one event, as offline fusion; the small one tombstoned")
        .containsOnlyKeys(expected.getId()).containsEntry(expected.getId(), expected);
    Map<String, EventMention> stamped = table(mentions());
    for (String id : List.of("d0", "d1", "d2", "e0", "c000", "c024")) {
      assertThat(stamped.get(id).getEventId()).as("event of mention %s", id).isEqualTo(expected.getId());
    }
  }

  @Test
  void nearDuplicateArticleIsPublishedButNotCountedTwice() {
    startWithCannedMentions();
    publish("a1", FEB_12, mention("m1", "a1", FEB_12, CALL, OCCURRED, DAY, TRUMP, PUTIN));
    publish(article("a1-copy", FEB_13, "a1"), mention("m1-copy", "a1-copy", FEB_13, CALL, OCCURRED, DAY, TRUMP, PUTIN));

    Event event = single(table(events(CALL)));
    assertThat(event.getMentionIds()).as("the copy does not add to the event").containsExactly("m1");
    Map<String, EventMention> published = table(mentions());
    assertThat(published).as("the copy's evidence is still published").containsKeys("m1", "m1-copy");
    assertThat(published.get("m1-copy").getEventId()).isNull();
  }

  @Test
  void articleTheEngineFailsOnGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
    start(input -> {
      if (input.id().equals("poison")) {
        throw new IllegalStateException("gazetteer lookup blew up");
      }
      return List.of(mention("m-" + input.id(), input.id(), input.publishedAt(), CALL, OCCURRED, DAY, TRUMP, PUTIN));
    });
    articles.pipeInput("poison", article("poison", FEB_12), FEB_12.toEpochMilli());
    articles.pipeInput("good", article("good", FEB_13), FEB_13.toEpochMilli());

    TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(
        Topics.MENTIONS_DLQ, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
    List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
    assertThat(dead).as("the failed article is dead-lettered once").hasSize(1);
    assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("poison");
    Article original = topics.articles().valueSerde().deserializer().deserialize(Topics.ARTICLES, dead.get(0).value());
    assertThat(original.getId()).as("the DLQ keeps the article's original bytes").isEqualTo("poison");
    assertThat(header(dead.get(0), "__streams.errors.message"))
        .contains("extracting article poison failed").contains("gazetteer lookup blew up");
    assertThat(header(dead.get(0), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.REASON_PROCESSING_FAILURE);
    assertThat(table(mentions())).as("the next article is still processed").containsOnlyKeys("m-good");
  }

  /** The topic read as a compacted table: later records replace earlier ones, tombstones delete. */
  private static <V> Map<String, V> table(TestOutputTopic<String, V> topic) {
    Map<String, V> table = new HashMap<>();
    topic.readRecordsToList().forEach(record -> {
      if (record.value() == null) {
        table.remove(record.key());
      } else {
        table.put(record.key(), record.value());
      }
    });
    return table;
  }

  private static String header(TestRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("DLQ header %s", name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private static <V> V single(Map<String, V> table) {
    assertThat(table).as("exactly one record in the table").hasSize(1);
    return table.values().iterator().next();
  }
}
