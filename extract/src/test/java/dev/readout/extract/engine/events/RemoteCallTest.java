package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.names;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Talks held by video or phone are calls however the text says so; a guest received is a meeting. */
class RemoteCallTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-10T12:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {
      "Peruvian President Dina Boluarte and Chilean President Gabriel Boric spoke by video conference on Friday.",
      "Peruvian President Dina Boluarte and Chilean President Gabriel Boric talked via video link on Friday.",
      "Peruvian President Dina Boluarte and Chilean President Gabriel Boric spoke by videoconference on Friday.",
      "Peruvian Foreign Minister Elmer Schialer co-chaired the binational commission with Chilean Foreign Minister"
          + " Alberto van Klaveren via video link on Friday.",
      "The foreign ministers of Peru and Chile, Elmer Schialer and Alberto van Klaveren, held an online meeting"
          + " on Friday."
  })
  void talksHeldByVideoAreAVideoCallOfBothSides(String sentence) {
    List<EventMention> calls = ofType(extract(sentence, PUBLISHED), EventType.CALL);

    assertThat(calls).as("calls in: %s", sentence).singleElement().satisfies(call -> {
      assertThat(call.getMode()).isEqualTo("VIDEO");
      assertThat(call.getParticipants()).hasSizeGreaterThanOrEqualTo(2);
    });
    assertThat(ofType(extract(sentence, PUBLISHED), EventType.MEETING)).as("no meeting besides the call").isEmpty();
  }

  @Test
  void aMeetingAfterAnEarlierPhoneCallStaysAMeeting() {
    List<EventMention> mentions = extract("Peruvian President Dina Boluarte met Chilean President Gabriel Boric in"
        + " Lima on Tuesday, a week after they spoke by phone.", PUBLISHED);

    assertThat(ofType(mentions, EventType.MEETING)).singleElement()
        .satisfies(m -> assertThat(names(m.getParticipants())).contains("Dina Boluarte", "Gabriel Boric"));
  }

  @Test
  void aHostScheduledToReceiveAGuestPlansAMeeting() {
    // written without accents; the gazetteer names them with theirs
    List<EventMention> meetings = ofType(extract("Uruguayan President Yamandu Orsi is scheduled to receive"
        + " Paraguayan President Santiago Pena in Montevideo next week.", PUBLISHED), EventType.MEETING);

    assertThat(meetings).singleElement().satisfies(m -> {
      assertThat(m.getStatus()).isEqualTo(EventStatus.PLANNED);
      assertThat(names(m.getParticipants())).contains("Yamandú Orsi", "Santiago Peña");
    });
  }

  @Test
  void receivingFundingIsNoMeeting() {
    assertThat(ofType(extract("Uruguay will receive Chinese funding for the port, the Uruguayan foreign ministry said.",
        PUBLISHED), EventType.MEETING)).isEmpty();
  }
}
