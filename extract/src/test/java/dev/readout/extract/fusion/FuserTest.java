package dev.readout.extract.fusion;

import static dev.readout.extract.testing.Mentions.call;
import static dev.readout.extract.testing.Mentions.meeting;
import static dev.readout.extract.testing.Mentions.person;
import static dev.readout.extract.testing.Mentions.place;
import static dev.readout.extract.testing.Mentions.statement;
import static dev.readout.extract.testing.Mentions.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FuserTest {

  private static final Actor TRUMP = person("Donald Trump", "USA");
  private static final Actor PUTIN = person("Vladimir Putin", "RUS");
  private static final Actor ZELENSKYY = person("Volodymyr Zelenskyy", "UKR");
  private static final Actor RUBIO = person("Marco Rubio", "USA");
  private static final Actor WALTZ = person("Mike Waltz", "USA");
  private static final Actor LAVROV = person("Sergey Lavrov", "RUS");
  private static final Actor KELLOGG = person("Keith Kellogg", "USA");

  private final Fuser fuser = new Fuser();

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  @Test
  void oneCallReportedByFourArticlesIsOneEvent() {
    EventMention threeWay = call("s0-1", "seed-000", "2025-02-15T23:00:00Z", day("2025-02-12"), TRUMP, PUTIN, ZELENSKYY);
    EventMention exact = call("s1-1", "seed-001", "2025-02-16T10:00:00Z", day("2025-02-12"), TRUMP, PUTIN);
    EventMention thatWeek = with(call("s2-1", "seed-002", "2025-02-15T12:00:00Z", day("2025-02-10"), TRUMP, PUTIN),
        m -> m.setDatePrecision(DatePrecision.WEEK));
    EventMention undated = call("s3-1", "seed-003", "2025-02-18T09:00:00Z", null, PUTIN, TRUMP);

    List<Event> events = fuser.fuse(List.of(threeWay, exact, thatWeek, undated));

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.getMentionIds()).containsExactly("s0-1", "s1-1", "s2-1", "s3-1");
      assertThat(e.getArticleIds()).containsExactly("seed-000", "seed-001", "seed-002", "seed-003");
      assertThat(e.getDate()).isEqualTo(day("2025-02-12"));
      assertThat(e.getDatePrecision()).isEqualTo(DatePrecision.DAY);
      assertThat(e.getParticipants()).extracting(Actor::getName)
          .containsExactly("Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy");
      assertThat(e.getMentionCount()).isEqualTo(4);
      assertThat(e.getFirstReportedAt()).isEqualTo(Instant.parse("2025-02-15T12:00:00Z"));
      assertThat(e.getLastReportedAt()).isEqualTo(Instant.parse("2025-02-18T09:00:00Z"));
    });
  }

  @Test
  void plannedMeetingIsUpgradedWhenLaterReportSaysItHappened() {
    EventMention planned = with(meeting("a-1", "a", "2025-02-15T23:00:00Z", null, RUBIO, WALTZ), m -> {
      m.setStatus(EventStatus.PLANNED);
      m.setLocation(place("Saudi Arabia", "SAU"));
    });
    EventMention happened = with(meeting("b-1", "b", "2025-02-18T20:00:00Z", day("2025-02-18"), RUBIO, WALTZ, LAVROV),
        m -> m.setLocation(place("Riyadh", "SAU")));

    List<Event> events = fuser.fuse(List.of(planned, happened));

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.getStatus()).isEqualTo(EventStatus.OCCURRED);
      assertThat(e.getDate()).isEqualTo(day("2025-02-18"));
      assertThat(e.getLocation().getName()).as("a city is more precise than its country").isEqualTo("Riyadh");
      assertThat(e.getParticipants()).extracting(Actor::getName).containsExactly("Marco Rubio", "Mike Waltz", "Sergey Lavrov");
    });
  }

  @Test
  void callsWithDifferentCounterpartsOnTheSameDayAreDifferentEvents() {
    EventMention withPutin = call("a-1", "a", "2025-02-12T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN);
    EventMention withZelenskyy = call("b-1", "b", "2025-02-12T21:00:00Z", day("2025-02-12"), TRUMP, ZELENSKYY);

    assertThat(fuser.sameEvent(withPutin, withZelenskyy)).isFalse();
    assertThat(fuser.fuse(List.of(withPutin, withZelenskyy))).hasSize(2);
  }

  @Test
  void meetingsSharingOnlyOneOfTheirSeveralParticipantsAreDifferentEvents() {
    Actor macron = person("Emmanuel Macron", "FRA");
    Actor starmer = person("Keir Starmer", "GBR");
    EventMention paris = meeting("a-1", "a", "2025-02-17T20:00:00Z", day("2025-02-17"), macron, ZELENSKYY);
    EventMention london = meeting("b-1", "b", "2025-02-18T20:00:00Z", day("2025-02-18"), starmer, ZELENSKYY);
    EventMention parisAgain = meeting("c-1", "c", "2025-02-18T08:00:00Z", day("2025-02-17"), ZELENSKYY, macron);
    EventMention zelenskyyAlone = meeting("d-1", "d", "2025-02-18T08:00:00Z", day("2025-02-17"), ZELENSKYY);

    assertThat(fuser.sameEvent(paris, london)).isFalse();
    assertThat(fuser.sameEvent(paris, parisAgain)).isTrue();
    assertThat(fuser.sameEvent(paris, zelenskyyAlone)).as("a mention naming one participant can join").isTrue();
  }

  @Test
  void meetingsInDifferentCountriesAreDifferentEvents() {
    EventMention riyadh = with(meeting("a-1", "a", "2025-02-18T20:00:00Z", day("2025-02-18"), RUBIO, LAVROV),
        m -> m.setLocation(place("Riyadh", "SAU")));
    EventMention istanbul = with(meeting("b-1", "b", "2025-02-18T20:00:00Z", day("2025-02-18"), RUBIO, LAVROV),
        m -> m.setLocation(place("Istanbul", "TUR")));
    EventMention unplaced = meeting("c-1", "c", "2025-02-18T20:00:00Z", day("2025-02-18"), RUBIO, LAVROV);

    assertThat(fuser.sameEvent(riyadh, istanbul)).isFalse();
    assertThat(fuser.sameEvent(riyadh, unplaced)).isTrue();
  }

  @Test
  void twoRemarksOfOneSpeakerSharingAFewCommonWordsAreDifferentStatements() {
    EventMention adversaries = statement("a-1", "a", "2025-02-15T20:00:00Z", day("2025-02-15"), KELLOGG,
        "Whether you like it or not, you have to talk to adversaries.");
    EventMention mattis = statement("b-1", "b", "2025-02-16T20:00:00Z", day("2025-02-15"), KELLOGG,
        "As a great secretary of defense, Gen. Mattis, once said: I may not like this son of a b—-, but I got to talk to him");

    assertThat(fuser.sameEvent(adversaries, mattis)).isFalse();
  }

  @Test
  void theSameParticipantsWeeksApartAreDifferentEvents() {
    EventMention february = call("a-1", "a", "2025-02-12T20:00:00Z", day("2025-02-12"), RUBIO, LAVROV);
    EventMention march = call("b-1", "b", "2025-03-10T20:00:00Z", day("2025-03-10"), RUBIO, LAVROV);
    EventMention threeDaysLater = call("c-1", "c", "2025-02-15T20:00:00Z", day("2025-02-15"), RUBIO, LAVROV);

    assertThat(fuser.sameEvent(february, march)).isFalse();
    assertThat(fuser.sameEvent(february, threeDaysLater)).as("within a few days").isTrue();
  }

  @Test
  void aMeetingAndACallAreNeverTheSameEvent() {
    EventMention met = meeting("a-1", "a", "2025-02-15T20:00:00Z", day("2025-02-15"), RUBIO, LAVROV);
    EventMention called = call("b-1", "b", "2025-02-15T20:00:00Z", day("2025-02-15"), RUBIO, LAVROV);

    assertThat(fuser.sameEvent(met, called)).isFalse();
    assertThat(fuser.fuse(List.of(met, called))).extracting(Event::getType).hasSize(2);
  }

  @Test
  void statementsAreOneEventOnlyWhenTheSameSpeakerSaysOverlappingWords() {
    EventMention sanctions = statement("a-1", "a", "2025-02-15T20:00:00Z", day("2025-02-15"), KELLOGG,
        "Western leaders need to do more to enforce sanctions against Russia");
    EventMention sanctionsAgain = statement("b-1", "b", "2025-02-16T08:00:00Z", day("2025-02-15"), KELLOGG,
        "Western leaders need to do more to enforce sanctions");
    EventMention otherWords = statement("c-1", "c", "2025-02-16T08:00:00Z", day("2025-02-15"), KELLOGG,
        "Whether you like it or not, you have to talk to adversaries.");
    EventMention otherSpeaker = statement("d-1", "d", "2025-02-16T08:00:00Z", day("2025-02-15"), RUBIO,
        "Western leaders need to do more to enforce sanctions against Russia");

    assertThat(fuser.sameEvent(sanctions, sanctionsAgain)).isTrue();
    assertThat(fuser.sameEvent(sanctions, otherWords)).isFalse();
    assertThat(fuser.sameEvent(sanctions, otherSpeaker)).isFalse();
    List<Event> events = fuser.fuse(List.of(sanctions, sanctionsAgain, otherWords, otherSpeaker));
    assertThat(events).hasSize(3);
    assertThat(events).filteredOn(e -> e.getMentionCount() == 2).singleElement().satisfies(e -> {
      assertThat(e.getSpeaker().getName()).isEqualTo("Keith Kellogg");
      assertThat(e.getQuote()).as("the fullest wording").endsWith("against Russia");
    });
  }

  @Test
  void sourcesAndConfidenceCountIndependentReportsOnce() {
    EventMention a1 = with(call("a-1", "a", "2025-02-12T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN), m -> m.setConfidence(0.6));
    EventMention a2 = with(call("a-2", "a", "2025-02-12T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN), m -> m.setConfidence(0.5));
    EventMention b1 = with(call("b-1", "b", "2025-02-13T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN), m -> {
      m.setConfidence(0.5);
      m.setSource("Other Wire");
    });

    Event event = fuser.fuse(List.of(a1, a2, b1)).getFirst();

    assertThat(event.getMentionCount()).isEqualTo(3);
    assertThat(event.getSourceCount()).isEqualTo(2);
    assertThat(event.getArticleIds()).containsExactly("a", "b");
    assertThat(event.getConfidence()).isCloseTo(1 - 0.4 * 0.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theEventIdDependsOnlyOnItsOwnMentionsInAnyOrder() {
    List<EventMention> mentions = new ArrayList<>(List.of(
        call("a-1", "a", "2025-02-12T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN),
        call("b-1", "b", "2025-02-13T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN),
        meeting("c-1", "c", "2025-02-18T20:00:00Z", day("2025-02-18"), RUBIO, LAVROV),
        statement("d-1", "d", "2025-02-15T20:00:00Z", day("2025-02-15"), KELLOGG, "You have to talk to adversaries")));
    String callId = fuser.fuse(mentions.subList(0, 2)).getFirst().getId();

    List<Event> events = fuser.fuse(mentions);
    Collections.shuffle(mentions, new Random(7));

    assertThat(fuser.fuse(mentions)).isEqualTo(events);
    assertThat(events).extracting(Event::getId).contains(callId).doesNotHaveDuplicates();
    assertThat(callId).startsWith("evt-call-");
  }

  @Test
  void anEventKeepsTheIdOfItsFirstReportWhenLaterReportsWithSmallerIdsJoin() {
    EventMention first = call("z-1", "z", "2025-02-12T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN);
    EventMention later = call("a-1", "a", "2025-02-13T08:00:00Z", day("2025-02-12"), TRUMP, PUTIN);
    EventMention sameHour = call("y-1", "y", "2025-02-12T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN);
    String firstReportOnly = fuser.fuse(List.of(first)).getFirst().getId();

    assertThat(fuser.fuse(List.of(first, later)).getFirst().getId())
        .as("a later report joining, though its id sorts first").isEqualTo(firstReportOnly);
    assertThat(fuser.fuse(List.of(first, later, sameHour)).getFirst().getId())
        .as("a report published at the same instant with a smaller id comes first")
        .isEqualTo(fuser.fuse(List.of(sameHour)).getFirst().getId())
        .isEqualTo(fuser.eventId(EventType.CALL, fuser.memberKey(sameHour)));
  }

  @Test
  void memberKeysSortAsPublicationTimesDoBefore1970Too() {
    EventMention before = call("b-1", "b", "1969-07-20T20:17:00Z", null, TRUMP, PUTIN);
    EventMention epoch = call("a-1", "a", "1970-01-01T00:00:00Z", null, TRUMP, PUTIN);
    EventMention after = call("a-0", "a", "2025-02-12T20:00:00Z", null, TRUMP, PUTIN);

    assertThat(List.of(fuser.memberKey(after), fuser.memberKey(epoch), fuser.memberKey(before)).stream().sorted())
        .containsExactly(fuser.memberKey(before), fuser.memberKey(epoch), fuser.memberKey(after));
  }

  @Test
  void aMentionRepeatedWithTheSameIdCountsOnce() {
    EventMention once = call("a-1", "a", "2025-02-12T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN);

    List<Event> events = fuser.fuse(List.of(once, once));

    assertThat(events).singleElement().satisfies(e -> assertThat(e.getMentionCount()).isEqualTo(1));
  }

  @Test
  void stampingSetsEachMentionsEventIdFromTheFuseResult() {
    List<EventMention> mentions = List.of(
        call("a-1", "a", "2025-02-12T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN),
        call("b-1", "b", "2025-02-13T20:00:00Z", day("2025-02-12"), TRUMP, PUTIN),
        meeting("c-1", "c", "2025-02-18T20:00:00Z", day("2025-02-18"), RUBIO, LAVROV));

    List<EventMention> stamped = EventIds.stamp(mentions, fuser.fuse(mentions));

    assertThat(stamped).extracting(EventMention::getId).containsExactly("a-1", "b-1", "c-1");
    assertThat(stamped.get(0).getEventId()).isNotNull().isEqualTo(stamped.get(1).getEventId());
    assertThat(stamped.get(2).getEventId()).isNotNull().isNotEqualTo(stamped.get(0).getEventId());
    assertThat(mentions.get(0).getEventId()).as("inputs are not changed").isNull();
  }

  @Test
  void blockingKeysNameTheTypeEachParticipantOrTheSpeakerAndTheWeeksTheEventMayFallIn() {
    assertThat(fuser.blockingKeys(call("a-1", "a", "2025-02-12T20:00:00Z", LocalDate.parse("2025-02-12"), TRUMP, PUTIN)))
        .allMatch(key -> key.startsWith("CALL|person:donald-trump|") || key.startsWith("CALL|person:vladimir-putin|"))
        .anyMatch(key -> key.startsWith("CALL|person:donald-trump|"))
        .anyMatch(key -> key.startsWith("CALL|person:vladimir-putin|"));
    assertThat(fuser.blockingKeys(statement("b-1", "b", "2025-02-12T20:00:00Z", null, KELLOGG, "Peace")))
        .isNotEmpty()
        .allMatch(key -> key.startsWith("STATEMENT|person:keith-kellogg|"));
  }

  @Test
  void mentionsOfOneActorMonthsApartShareNoBlockingKeySoTheStreamNeverComparesThem() {
    EventMention february = call("a-1", "a", "2025-02-12T20:00:00Z", LocalDate.parse("2025-02-12"), TRUMP, PUTIN);
    EventMention june = call("b-1", "b", "2025-06-12T20:00:00Z", LocalDate.parse("2025-06-12"), TRUMP, PUTIN);
    EventMention threeDaysLater = call("c-1", "c", "2025-02-15T20:00:00Z", LocalDate.parse("2025-02-15"), TRUMP, PUTIN);

    assertThat(fuser.blockingKeys(february)).doesNotContainAnyElementsOf(fuser.blockingKeys(june));
    assertThat(fuser.sameEvent(february, threeDaysLater)).isTrue();
    assertThat(fuser.blockingKeys(february)).containsAnyElementsOf(fuser.blockingKeys(threeDaysLater));
  }
}
