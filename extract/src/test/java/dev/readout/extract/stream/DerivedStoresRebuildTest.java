package dev.readout.extract.stream;

import static dev.readout.extract.stream.TestMentions.mention;
import static dev.readout.extract.stream.TestMentions.person;
import static dev.readout.schemas.avro.EventStatus.OCCURRED;
import static dev.readout.schemas.avro.EventType.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.stream.FusionOutput.EventChange;
import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocking-key index and the event member entries are not logged: a fusion task that starts
 * over (after a crash, or on another instance) has its logged stores restored and rebuilds them
 * from the mention and assignment stores. These tests start a new processor over the stores a
 * previous one wrote, with the derived stores emptied or stale, as a restarted task finds them.
 */
class DerivedStoresRebuildTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-03T09:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-03-02");
  private static final Actor RUTO = person("William Ruto", "KEN");
  private static final Actor HASSAN = person("Samia Suluhu Hassan", "TZA");
  private static final Actor MUSEVENI = person("Yoweri Museveni", "UGA");

  private final MentionFusion fusion = new OverlapFusion();
  private final FusionProcessorHarness harness = new FusionProcessorHarness(fusion);

  private FusionProcessorHarness.Started start() {
    return harness.start();
  }

  @SuppressWarnings("unchecked")
  private KeyValueStore<String, String> index() {
    return (KeyValueStore<String, String>) harness.store(ExtractTopology.BLOCKING_INDEX_STORE);
  }

  @SuppressWarnings("unchecked")
  private KeyValueStore<String, String> members() {
    return (KeyValueStore<String, String>) harness.store(ExtractTopology.EVENT_MEMBERS_STORE);
  }

  private Map<String, String> indexEntries() {
    return entries(index());
  }

  private static Map<String, String> entries(KeyValueStore<String, String> store) {
    Map<String, String> entries = new TreeMap<>();
    try (KeyValueIterator<String, String> all = store.all()) {
      all.forEachRemaining(entry -> entries.put(entry.key, entry.value));
    }
    return entries;
  }

  /** What a restarted task finds of the stores that are not logged: nothing. */
  private void loseDerivedStores() {
    for (KeyValueStore<String, String> store : List.of(index(), members())) {
      for (String key : entries(store).keySet()) {
        store.delete(key);
      }
    }
  }

  /** Event id → its member ids, as the member store holds them. */
  private Map<String, Set<String>> memberSets() {
    Map<String, Set<String>> byEvent = new TreeMap<>();
    entries(members()).forEach((key, mentionId) ->
        byEvent.computeIfAbsent(key.substring(0, key.indexOf('\u0000')), k -> new TreeSet<>()).add(mentionId));
    return byEvent;
  }

  @Test
  void indexRebuiltWhenTheTaskStartsHoldsWhatProcessingWrote() {
    FusionProcessorHarness.Started first = start();
    first.process(mention("m1", "a1", PUBLISHED, MEETING, OCCURRED, DAY, RUTO, HASSAN));
    first.process(mention("m2", "a2", PUBLISHED, MEETING, OCCURRED, DAY, MUSEVENI, HASSAN));
    Map<String, String> written = indexEntries();
    assertThat(written).as("processing indexes each mention under its blocking keys").isNotEmpty();

    loseDerivedStores();
    start();

    assertThat(indexEntries()).as("the index rebuilt from the mention store").isEqualTo(written);
  }

  @Test
  void entriesAnEarlierOwnerLeftInTheLocalIndexAreDropped() {
    FusionProcessorHarness.Started first = start();
    first.process(mention("m1", "a1", PUBLISHED, MEETING, OCCURRED, DAY, RUTO, HASSAN));
    Map<String, String> written = indexEntries();
    // An earlier owner's local index: behind the logged stores, with a mention they do not hold.
    index().put("person:someone-else\u0000m-gone", "m-gone");
    index().put(LiveFusionProcessor.DERIVED_MARKER, "0");

    start();

    assertThat(indexEntries()).as("only the stored mentions are indexed").isEqualTo(written);
  }

  @Test
  void storesThatAreCurrentAreNotRebuiltOnARestart() {
    FusionProcessorHarness.Started first = start();
    first.process(mention("m1", "a1", PUBLISHED, MEETING, OCCURRED, DAY, RUTO, HASSAN));
    first.process(mention("m2", "a2", PUBLISHED, MEETING, OCCURRED, DAY, MUSEVENI, HASSAN));
    index().put("sentinel\u0000kept", "kept"); // would not survive a rebuild

    start();

    assertThat(indexEntries()).as("a clean restart keeps the current index as it is")
        .containsEntry("sentinel\u0000kept", "kept");
  }

  @Test
  void mentionAfterARestartJoinsTheEventStoredBeforeIt() {
    FusionProcessorHarness.Started first = start();
    first.process(mention("m1", "a1", PUBLISHED, MEETING, OCCURRED, DAY, RUTO, HASSAN));
    loseDerivedStores();

    FusionProcessorHarness.Started restarted = start();
    restarted.process(mention("m2", "a2", PUBLISHED, MEETING, OCCURRED, DAY, HASSAN, RUTO));

    List<EventChange> changes = restarted.eventChanges();
    assertThat(changes).as("one upsert of the event both mentions report").hasSize(1);
    assertThat(changes.get(0).event().getMentionIds())
        .as("the later mention found the earlier one through the rebuilt index")
        .containsExactly("m1", "m2");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23})
  void eventMembersRebuiltFromTheAssignmentsAreTheMembersProcessingWrote(long seed) {
    FusionProcessorHarness.Started first = start();
    for (EventMention mention : feed(seed, 120)) {
      first.process(mention);
    }
    Map<String, Set<String>> written = memberSets();
    assertThat(written.values().stream().mapToInt(Set::size).max().orElse(0))
        .as("the feed makes events large enough to be upserted on the tick")
        .isGreaterThan(LiveFusionProcessor.EAGER_UPSERT_MAX_MENTIONS);
    Map<String, String> index = indexEntries();

    loseDerivedStores();
    start();

    assertThat(memberSets()).as("members rebuilt from the assignments").isEqualTo(written);
    assertThat(indexEntries()).as("index rebuilt from the mentions").isEqualTo(index);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32, 33})
  void fusionThatRestartsMidStreamEndsWithTheEventsOfOfflineFusion(long seed) {
    List<EventMention> feed = feed(seed, 120);
    FusionProcessorHarness.Started current = start();
    for (int i = 0; i < feed.size(); i++) {
      if (i % 40 == 39) {
        loseDerivedStores();
        current = start();
      }
      current.process(feed.get(i));
    }

    Map<String, EventMention> latest = new TreeMap<>();
    feed.forEach(m -> latest.put(m.getId(), m));
    Map<String, Set<String>> expected = new TreeMap<>();
    for (Event event : fusion.fuse(latest.values())) {
      expected.put(event.getId(), new TreeSet<>(event.getMentionIds()));
    }
    assertThat(memberSets()).as("events after two restarts, against offline fusion of the latest mentions")
        .isEqualTo(expected);
  }

  /**
   * Mentions of {@code articles} articles about a few pairs over a fortnight, with one in five
   * articles read again under the same mention ids with other content (a new engine version).
   */
  private static List<EventMention> feed(long seed, int articles) {
    Random random = new Random(seed);
    List<Actor> cast = List.of(RUTO, HASSAN, MUSEVENI, person("Paul Kagame", "RWA"), person("Hakainde Hichilema", "ZMB"));
    List<EventMention> feed = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      int reading = random.nextInt(5) == 0 && a > 0 ? random.nextInt(a) : a;
      for (int m = 0; m < 2; m++) {
        LocalDate date = random.nextInt(4) == 0 ? null : DAY.plusDays(random.nextInt(14));
        feed.add(mention("men-" + reading + "-" + m, "art-" + reading, PUBLISHED.plusSeconds(3600L * reading), MEETING,
            OCCURRED, date, cast.get(random.nextInt(2)), cast.get(2 + random.nextInt(cast.size() - 2))));
      }
    }
    return feed;
  }
}
