package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A later meeting of a traveller that names no place is held in the city the article said the trip went to, when
 * both are told alike (both ahead or both done) and at no other time.
 */
class TripPlaceTest {

  private static final Instant PUBLISHED = Instant.parse("2025-06-11T10:00:00Z");

  private static EventMention second(String text) {
    List<EventMention> meetings = ofType(extract(text, PUBLISHED), EventType.MEETING);
    assertThat(meetings).as("meetings in: %s", text).hasSize(2);
    return meetings.get(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sri Lankan Foreign Minister Vijitha Herath will leave for Kuala Lumpur on Wednesday to hold talks with Malaysian"
          + " Foreign Minister Mohamad Hasan.\n\nHerath is also scheduled to call on Prime Minister Anwar Ibrahim on"
          + " Thursday.",
      "Chilean Foreign Minister Alberto van Klaveren flew to Lima on Monday for talks with Peruvian Foreign Minister"
          + " Elmer Schialer.\n\nVan Klaveren also met Peruvian President Dina Boluarte on Tuesday."
  })
  void laterMeetingOfTheTravellerIsInTheTripsCity(String text) {
    EventMention m = second(text);
    assertThat(m.getLocation()).as("place of the second meeting in: %s", text).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Chilean Foreign Minister Alberto van Klaveren flew to Lima on Monday for talks with Peruvian Foreign Minister"
          + " Elmer Schialer.\n\nPeruvian President Dina Boluarte will meet Bolivian President Luis Arce next month.",
      "Chilean Foreign Minister Alberto van Klaveren flew to Lima on Monday for talks with Peruvian Foreign Minister"
          + " Elmer Schialer.\n\nVan Klaveren could meet Argentine Foreign Minister Gerardo Werthein later this year.",
      "Chilean Foreign Minister Alberto van Klaveren flew to Lima on Monday for talks with Peruvian Foreign Minister"
          + " Elmer Schialer.\n\nVan Klaveren previously met Argentine Foreign Minister Gerardo Werthein in March."
  })
  void otherPeopleAProspectOrAnotherTimeTakeNoPlaceFromTheTrip(String text) {
    EventMention m = second(text);
    assertThat(m.getLocation()).as("place of the second meeting in: %s", text).isNull();
  }
}
