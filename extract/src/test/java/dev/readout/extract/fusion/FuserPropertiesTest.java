package dev.readout.extract.fusion;

import static dev.readout.extract.testing.Mentions.base;
import static dev.readout.extract.testing.Mentions.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Fusion's contracts over generated mentions: few actors and nearby dates, so many collide. */
class FuserPropertiesTest {

  private static final List<Actor> ACTORS = List.of(
      person("Donald Trump", "USA"), person("Marco Rubio", "USA"), person("Vladimir Putin", "RUS"),
      person("Sergey Lavrov", "RUS"), person("Volodymyr Zelenskyy", "UKR"), person("Mark Rutte", null));
  private static final List<String> WORDS = List.of(
      "peace", "talks", "sanctions", "ceasefire", "security", "guarantees", "territory", "negotiations", "Ukraine", "Europe");
  private static final LocalDate START = LocalDate.parse("2025-02-01");

  /** Countries and groups that stand in for people of their country (MentionTraits.shareParticipants). */
  private static final List<Actor> STAND_IN_POOL = List.of(
      person("Donald Trump", "USA"), person("Vladimir Putin", "RUS"), person("Volodymyr Zelenskyy", "UKR"),
      generic("country:ukr", "Ukraine", ActorKind.COUNTRY, "UKR"), generic("country:usa", "United States", ActorKind.COUNTRY, "USA"),
      generic("group:russian-officials", "Russian officials", ActorKind.GROUP, "RUS"));
  /** Paraphrases of few remarks: inflections the stemmer folds, names, verbatim fragments. */
  private static final List<String> REMARK_WORDS = List.of(
      "negotiations", "negotiating", "immediately", "“immediately”", "territory", "territorial", "sanctions",
      "“sanctions on oil”", "oil", "President Vladimir Putin", "Putin", "begin", "within days", "“within days”");

  private final Fuser fuser = new Fuser();

  private static Actor generic(String id, String name, ActorKind kind, String country) {
    return Actor.newBuilder().setId(id).setName(name).setKind(kind).setTitle(null).setCountry(country).setMention(name).build();
  }

  @Property(tries = 200)
  void fusingIsIndependentOfTheOrderOfMentions(@ForAll("mentionLists") List<EventMention> mentions, @ForAll long seed) {
    List<EventMention> shuffled = new ArrayList<>(mentions);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(fuser.fuse(shuffled)).isEqualTo(fuser.fuse(mentions));
  }

  @Property(tries = 200)
  void everyMentionIsInExactlyOneEvent(@ForAll("mentionLists") List<EventMention> mentions) {
    List<Event> events = fuser.fuse(mentions);

    List<String> listed = events.stream().flatMap(e -> e.getMentionIds().stream()).toList();
    assertThat(listed).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(mentions.stream().map(EventMention::getId).distinct().toList());
    assertThat(events).extracting(Event::getId).doesNotHaveDuplicates();
  }

  @Property(tries = 1000)
  void mentionsOfTheSameEventShareABlockingKey(@ForAll("mentions") EventMention a, @ForAll("mentions") EventMention b) {
    boolean same = fuser.sameEvent(a, b);
    Statistics.label("same event").collect(same);
    // The property says nothing unless enough generated pairs are the same event. About 2 % are;
    // the floor sits well below that so that a random run does not fail by chance.
    Statistics.label("same event").coverage(c -> c.check(true).percentage(p -> p >= 0.5));
    if (same) {
      Set<String> shared = new HashSet<>(fuser.blockingKeys(a));
      shared.retainAll(fuser.blockingKeys(b));
      assertThat(shared).as("keys of %s and %s", a.getId(), b.getId()).isNotEmpty();
    }
  }

  @Property(tries = 1000)
  void mentionsOfTheSameEventHaveThePartitionKeyTheStreamFusesThemUnder(
      @ForAll("mentions") EventMention a, @ForAll("mentions") EventMention b) {
    if (fuser.sameEvent(a, b)) {
      assertThat(fuser.partitionKey(a)).as("partition keys of %s and %s", a.getId(), b.getId())
          .isEqualTo(fuser.partitionKey(b));
    }
  }

  @Property(tries = 100)
  void mergingAComponentGivesTheEventFusionGivesIt(@ForAll("mentionLists") List<EventMention> mentions) {
    for (Event event : fuser.fuse(mentions)) {
      List<EventMention> members = new ArrayList<>(
          mentions.stream().filter(m -> event.getMentionIds().contains(m.getId())).toList());
      Collections.reverse(members);
      assertThat(fuser.merge(members)).as("merge of the members of %s", event.getId()).isEqualTo(event);
      String first = members.stream().map(fuser::memberKey).min(java.util.Comparator.naturalOrder()).orElseThrow();
      assertThat(fuser.eventId(event.getType(), first)).as("id from the first member's key alone").isEqualTo(event.getId());
    }
  }

  @Property(tries = 1000)
  void mentionsJoinedThroughStandInsOrParaphrasesShareABlockingAndAPartitionKey(
      @ForAll("vagueMentions") EventMention a, @ForAll("vagueMentions") EventMention b) {
    boolean same = fuser.sameEvent(a, b);
    Statistics.label("same event").collect(same);
    // About 11 % of these pairs are the same event; the floor leaves room for chance.
    Statistics.label("same event").coverage(c -> c.check(true).percentage(p -> p >= 5));
    assertThat(same).as("symmetric").isEqualTo(fuser.sameEvent(b, a));
    if (same) {
      Set<String> shared = new HashSet<>(fuser.blockingKeys(a));
      shared.retainAll(fuser.blockingKeys(b));
      assertThat(shared).as("keys of %s and %s", a, b).isNotEmpty();
      assertThat(fuser.partitionKey(a)).as("partition keys of %s and %s", a, b).isEqualTo(fuser.partitionKey(b));
    }
  }

  @Property(tries = 100)
  void fusingStandInsAndParaphrasesIsIndependentOfOrderAndMatchesComparingEveryPairAndMerging(
      @ForAll("vagueMentionLists") List<EventMention> mentions, @ForAll long seed) {
    List<EventMention> shuffled = new ArrayList<>(mentions);
    Collections.shuffle(shuffled, new Random(seed));

    List<Event> events = fuser.fuse(mentions);
    assertThat(fuser.fuse(shuffled)).isEqualTo(events);
    assertFusesAsComparingEveryPair(mentions);
    for (Event event : events) {
      List<EventMention> members = mentions.stream().filter(m -> event.getMentionIds().contains(m.getId())).toList();
      assertThat(fuser.merge(members)).as("merge of the members of %s", event.getId()).isEqualTo(event);
      String first = members.stream().map(fuser::memberKey).min(java.util.Comparator.naturalOrder()).orElseThrow();
      assertThat(fuser.eventId(event.getType(), first)).as("id from the first member's key alone").isEqualTo(event.getId());
    }
  }

  @Property(tries = 500)
  void sameEventIsSymmetric(@ForAll("mentions") EventMention a, @ForAll("mentions") EventMention b) {
    assertThat(fuser.sameEvent(a, b)).isEqualTo(fuser.sameEvent(b, a));
  }

  @Property(tries = 100)
  void mentionsInOneEventAreConnectedBySameEvent(@ForAll("mentionLists") List<EventMention> mentions) {
    for (Event event : fuser.fuse(mentions)) {
      List<EventMention> members = mentions.stream().filter(m -> event.getMentionIds().contains(m.getId())).toList();
      // Each member is the same event as some other member, unless it is alone.
      for (EventMention m : members) {
        if (event.getMentionCount() > 1) {
          assertThat(members.stream().anyMatch(o -> o != m && !o.getId().equals(m.getId()) && fuser.sameEvent(m, o)))
              .as("%s has a partner in %s", m.getId(), event.getId()).isTrue();
        }
      }
    }
  }

  @Property(tries = 200)
  void blockingAndTheDateSweepFindTheSameEventsAsComparingEveryPair(@ForAll("mentionLists") List<EventMention> mentions) {
    assertFusesAsComparingEveryPair(mentions);
  }

  private void assertFusesAsComparingEveryPair(List<EventMention> mentions) {
    int[] parent = new int[mentions.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        if (fuser.sameEvent(mentions.get(i), mentions.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    java.util.Map<Integer, Set<String>> naive = new java.util.HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      naive.computeIfAbsent(root(parent, i), k -> new HashSet<>()).add(mentions.get(i).getId());
    }

    Set<Set<String>> fused = new HashSet<>();
    fuser.fuse(mentions).forEach(e -> fused.add(new HashSet<>(e.getMentionIds())));

    assertThat(fused).isEqualTo(new HashSet<>(naive.values()));
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  @Provide
  Arbitrary<List<EventMention>> mentionLists() {
    return mentions().list().ofMinSize(0).ofMaxSize(25).uniqueElements(EventMention::getId);
  }

  @Provide
  Arbitrary<List<EventMention>> vagueMentionLists() {
    return vagueMentions().list().ofMinSize(0).ofMaxSize(20).uniqueElements(EventMention::getId);
  }

  /** Meetings among people and the countries they act for, and one speaker's paraphrased remarks. */
  @Provide
  Arbitrary<EventMention> vagueMentions() {
    Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'h').ofLength(3);
    Arbitrary<Boolean> statement = Arbitraries.of(true, false);
    Arbitrary<List<Actor>> participants = Arbitraries.of(STAND_IN_POOL).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    Arbitrary<Integer> day = Arbitraries.integers().between(0, 6).injectNull(0.2);
    Arbitrary<String> quote = Arbitraries.of(REMARK_WORDS).list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" and ", w));
    return Combinators.combine(id, statement, participants, day, quote)
        .as((i, isStatement, p, d, q) -> {
          EventMention.Builder b = base("m-" + i, "art-" + i.charAt(0), isStatement ? EventType.STATEMENT : EventType.MEETING,
              START.plusDays(7).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString())
              .setDate(d == null ? null : START.plusDays(d))
              .setDatePrecision(d == null ? DatePrecision.UNKNOWN : DatePrecision.DAY);
          if (isStatement) {
            b.setSpeaker(p.getFirst()).setQuote(q);
          } else {
            b.setParticipants(p);
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<EventMention> mentions() {
    Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'h').ofLength(3);
    Arbitrary<EventType> type = Arbitraries.of(EventType.class);
    Arbitrary<List<Actor>> participants = Arbitraries.of(ACTORS).list().ofMinSize(0).ofMaxSize(3).uniqueElements();
    Arbitrary<Integer> day = Arbitraries.integers().between(0, 12).injectNull(0.2);
    Arbitrary<DatePrecision> precision = Arbitraries.of(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH);
    Arbitrary<String> quote = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w));
    Arbitrary<Integer> publishedDay = Arbitraries.integers().between(0, 14);
    return Combinators.combine(id, type, participants, day, precision, quote, publishedDay, Arbitraries.of(EventStatus.class))
        .as((i, t, p, d, pr, q, pub, status) -> {
          EventMention.Builder b = base("m-" + i, "art-" + i.charAt(0), t,
              START.plusDays(pub).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString())
              .setStatus(status)
              .setDate(d == null ? null : START.plusDays(d))
              .setDatePrecision(d == null ? DatePrecision.UNKNOWN : pr);
          if (t == EventType.STATEMENT) {
            b.setSpeaker(p.isEmpty() ? null : p.getFirst()).setQuote(q);
          } else {
            b.setParticipants(p);
          }
          return b.build();
        });
  }
}
