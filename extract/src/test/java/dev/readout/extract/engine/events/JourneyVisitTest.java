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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A journey told by a travel verb and its destination ("could travel to", "leaves for", "was expected in") is a
 * visit to that state with the verb's status, and it places the talks it is made for.
 */
class JourneyVisitTest {

  private static final Instant PUBLISHED = Instant.parse("2025-06-11T10:00:00Z");

  private static EventMention onlyMeeting(String text) {
    List<EventMention> meetings = ofType(extract(text, PUBLISHED), EventType.MEETING);
    assertThat(meetings).as("meetings in: %s", text).hasSize(1);
    return meetings.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hungarian Prime Minister Viktor Orbán could travel to Beijing later this year, but no dates have been set.|PROPOSED|China|Beijing",
      "Ukraine's Foreign Minister Andrii Sybiha arrived in Beijing on Monday.|OCCURRED|China|Beijing",
      "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, is due in Washington next week.|PLANNED|United States|Washington",
      "Kenya's Foreign Minister Musalia Mudavadi was expected in Pretoria next week for the joint commission.|PLANNED|South Africa|Pretoria",
      "The Thai Prime Minister, Paetongtarn Shinawatra, will fly to Phnom Penh next week.|PLANNED|Cambodia|Phnom Penh",
      "Indian Prime Minister Narendra Modi left for Tokyo on Thursday night.|OCCURRED|Japan|Tokyo",
      "Canadian Prime Minister Mark Carney heads to Mexico City on Sunday.|PLANNED|Mexico|Mexico City",
      "Chilean Foreign Minister Alberto van Klaveren flew to Lima on Tuesday.|OCCURRED|Peru|Lima"
  })
  void journeyAbroadIsAVisitOfTheTravellerAndTheHostState(String text, EventStatus status, String host,
      String place) {
    EventMention m = onlyMeeting(text);
    assertThat(m.getStatus()).as("status of: %s", text).isEqualTo(status);
    assertThat(names(m.getParticipants())).as("participants of: %s", text).hasSize(2).contains(host);
    assertThat(m.getLocation().getName()).as("place of: %s", text).isEqualTo(place);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kenyan President William Ruto travelled to Mombasa on Friday.",
      "South African President Cyril Ramaphosa returned to Pretoria on Sunday.",
      "Russian Foreign Minister Sergei Lavrov said Putin would not travel to Brazil in July.",
      "Colombian President Gustavo Petro flew to Havana for medical treatment, his office said.",
      "Argentine President Javier Milei travelled to Madrid on Friday to receive an award from a think tank.",
      "Thousands of Sudanese have fled to Chad since April.",
      "Polish President Karol Nawrocki met Czech President Petr Pavel before leaving for Vienna.",
      "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed as Somali President Hassan"
          + " Sheikh Mohamud arrived in Addis Ababa."
  })
  void tripHomePrivateNegatedOrOnlyTimingIsNoVisit(String text) {
    assertThat(ofType(extract(text, PUBLISHED), EventType.MEETING))
        .as("meetings in: %s", text)
        .noneMatch(m -> m.getTrigger().matches("(?i)travel\\w*|flew|returned|fled|leaving|arrived"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Philippine Foreign Secretary Enrique Manalo leaves for Canberra on Sunday, where he will meet Australian Foreign Minister Penny Wong.|Canberra",
      "Jordan's King Abdullah II is due to leave for Amman on Tuesday, where he will meet Iraqi Prime Minister Mohammed Shia al-Sudani.|Amman",
      "Sri Lanka's Foreign Minister Vijitha Herath will depart for Kuala Lumpur on Wednesday to hold talks with Malaysian"
          + " Foreign Minister Mohamad Hasan.|Kuala Lumpur"
  })
  void talksAJourneyIsMadeForTakeItsDestination(String text, String place) {
    EventMention m = onlyMeeting(text);
    assertThat(m.getLocation()).as("place of: %s", text).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo(place);
    assertThat(m.getStatus()).isEqualTo(EventStatus.PLANNED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sri Lankan President Anura Kumara Dissanayake is due to leave for New Delhi on Friday on a three-day state visit.",
      "Senegalese President Bassirou Diomaye Faye is heading to Paris for a working visit."
  })
  void visitAJourneyIsMadeForTakesTheJourneysStatusAndPlace(String text) {
    EventMention m = onlyMeeting(text);
    assertThat(m.getStatus()).as("status of: %s", text).isEqualTo(EventStatus.PLANNED);
    assertThat(m.getParticipants()).hasSize(2);
  }
}
