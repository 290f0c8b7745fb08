package dev.readout.sink.query;

import static dev.readout.sink.support.TestEvents.LAVROV;
import static dev.readout.sink.support.TestEvents.PUTIN;
import static dev.readout.sink.support.TestEvents.RUBIO;
import static dev.readout.sink.support.TestEvents.TRUMP;
import static dev.readout.sink.support.TestEvents.ZELENSKYY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import dev.readout.sink.support.TestEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventQueryTest {

  private static final Instant T0 = Instant.parse("2025-02-18T10:00:00Z");
  private final Event meeting = TestEvents.event("m", EventType.MEETING, T0, RUBIO, LAVROV).build();
  private final Event call = TestEvents.event("c", EventType.CALL, T0, TRUMP, PUTIN, ZELENSKYY)
      .setStatus(EventStatus.PLANNED).setDate(LocalDate.parse("2025-02-12")).build();
  private final Event statement = TestEvents.statement("s", T0, LAVROV, "Sanctions must be lifted first").build();

  private static EventQuery q(Map<String, List<String>> params) {
    return EventQuery.parse(params);
  }

  @Test
  void noParametersMatchEverythingWithTheDefaultPage() {
    EventQuery query = q(Map.of());
    assertThat(List.of(meeting, call, statement)).allMatch(query::matches);
    assertThat(query.limit()).isEqualTo(EventQuery.DEFAULT_LIMIT);
    assertThat(query.offset()).isZero();
  }

  @Test
  void typeAcceptsSeveralValuesInAnyCase() {
    EventQuery query = q(Map.of("type", List.of("meeting,Call")));
    assertThat(query.matches(meeting)).isTrue();
    assertThat(query.matches(call)).isTrue();
    assertThat(query.matches(statement)).isFalse();
  }

  @Test
  void statusCountryAndActorNarrowTheMatch() {
    assertThat(q(Map.of("status", List.of("PLANNED"))).matches(call)).isTrue();
    assertThat(q(Map.of("status", List.of("PLANNED"))).matches(meeting)).isFalse();
    assertThat(q(Map.of("country", List.of("ukr"))).matches(call)).isTrue();
    assertThat(q(Map.of("country", List.of("UKR"))).matches(meeting)).isFalse();
    assertThat(q(Map.of("actor", List.of("lavrov"))).matches(statement)).as("the speaker counts").isTrue();
    assertThat(q(Map.of("actor", List.of("person:marco-rubio"))).matches(meeting)).as("an actor id").isTrue();
    assertThat(q(Map.of("actor", List.of("Putin"))).matches(meeting)).isFalse();
  }

  @Test
  void dateRangeIsInclusiveAndExcludesUndatedEvents() {
    EventQuery february12 = q(Map.of("from", List.of("2025-02-12"), "to", List.of("2025-02-12")));
    assertThat(february12.matches(call)).isTrue();
    assertThat(february12.matches(meeting)).isFalse();
    Event undated = TestEvents.event("u", EventType.MEETING, T0, RUBIO, LAVROV).setDate(null).build();
    assertThat(q(Map.of("from", List.of("2000-01-01"))).matches(undated)).isFalse();
  }

  @Test
  void freeTextSearchesQuotePlaceAndNames() {
    assertThat(q(Map.of("q", List.of("SANCTIONS"))).matches(statement)).isTrue();
    assertThat(q(Map.of("q", List.of("riyadh"))).matches(meeting)).isTrue();
    assertThat(q(Map.of("q", List.of("secretary of state"))).matches(meeting)).as("a title").isTrue();
    assertThat(q(Map.of("q", List.of("sanctions"))).matches(meeting)).isFalse();
  }

  @Test
  void badParametersAreRejectedWithMessagesThatSayWhatIsAccepted() {
    assertThatThrownBy(() -> q(Map.of("type", List.of("PARTY"))))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("MEETING").hasMessageContaining("PARTY");
    assertThatThrownBy(() -> q(Map.of("country", List.of("Russia"))))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("alpha-3");
    assertThatThrownBy(() -> q(Map.of("from", List.of("18/02/2025"))))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> q(Map.of("from", List.of("2025-03-01"), "to", List.of("2025-02-01"))))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("after");
    assertThatThrownBy(() -> q(Map.of("limit", List.of("0"))))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> q(Map.of("limit", List.of("100000"))))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("500");
    assertThatThrownBy(() -> q(Map.of("q", List.of("x".repeat(201)))))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("longer");
  }

  @Test
  void paramsReadBackIntoTheSameQuery() {
    EventQuery query = q(Map.of(
        "type", List.of("CALL"), "status", List.of("PLANNED,PROPOSED"), "actor", List.of("Putin"),
        "country", List.of("RUS"), "from", List.of("2025-02-01"), "to", List.of("2025-02-28"),
        "q", List.of("phone"), "limit", List.of("7"), "offset", List.of("14")));

    Map<String, List<String>> roundTrip = new java.util.HashMap<>();
    query.toParams().forEach((k, v) -> roundTrip.put(k, List.of(v)));

    assertThat(EventQuery.parse(roundTrip)).isEqualTo(query);
  }
}
