package dev.readout.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the day and place of words come from when the attribution does not say them itself: an
 * interview with an outlet is an occasion of its own; a foreign spokesperson's routine briefing is
 * not held in the dateline's city; an embassy is in the city the speaker visits; an answer to a
 * question belongs to the speaker's press conference told before.
 */
class OccasionSourceTest {

  /** A Friday. */
  private static final Instant PUBLISHED = Instant.parse("2026-03-06T10:00:00Z");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private static List<EventMention> statementsBy(String text, String speaker) {
    return SharedEngine.ofType(SharedEngine.extract(text, PUBLISHED), EventType.STATEMENT).stream()
        .filter(m -> m.getSpeaker().getName().contains(speaker)).toList();
  }

  private static final String VISIT = """
      Lithuanian Foreign Minister Kęstutis Budrys met Polish Foreign Minister Radosław Sikorski in Warsaw on Monday.
      Budrys told reporters after the talks that the two countries would open a new rail corridor.
      """;

  @ParameterizedTest
  @ValueSource(strings = {"the Baltic Times", "Radio Free Europe", "state television", "the newspaper",
      "the Vilnius Daily"})
  void wordsToldToAnOutletAreNotPlacedWhereTheSpeakerWasBefore(String outlet) {
    List<EventMention> sts = statementsBy(VISIT + "Budrys told " + outlet + " that sanctions would stay.", "Budrys");
    assertThat(sts).hasSize(2);
    assertThat(sts.get(0).getLocation().getName()).as("the words after the talks").isEqualTo("Warsaw");
    assertThat(sts.get(1).getLocation()).as("an interview with %s is an occasion of its own", outlet).isNull();
  }

  @Test
  void wordsToldToReportersNextStayAtTheVisit() {
    List<EventMention> sts = statementsBy(VISIT + "Budrys told reporters that sanctions would stay.", "Budrys");
    assertThat(sts.get(1).getLocation()).as("reporters are no outlet").isNotNull();
    assertThat(sts.get(1).getLocation().getName()).isEqualTo("Warsaw");
  }

  @Test
  void aForeignSpokespersonsWeeklyBriefingIsNotInTheDatelineCity() {
    String text = """
        NAIROBI (Reuters) - Kenya and Ethiopia agreed on Monday to reopen their border crossing.
        Ethiopian foreign ministry spokesperson Nebiat Getachew told a weekly briefing that Ethiopia welcomed the deal.
        Kenyan foreign ministry spokesperson Korir Sing'oei told a weekly briefing that trade would resume.""";
    assertThat(statementsBy(text, "Nebiat").get(0).getLocation()).as("Ethiopia's briefing is held at home").isNull();
    EventMention kenyan = statementsBy(text, "Sing").get(0);
    assertThat(kenyan.getLocation()).as("the dateline country's own briefing").isNotNull();
    assertThat(kenyan.getLocation().getName()).isEqualTo("Nairobi");
  }

  @Test
  void wordsOutsideTheEmbassyAreInTheCityOfTheSpeakersTalks() {
    EventMention st = statementsBy("""
        Peruvian Foreign Minister Elmer Schialer met British Foreign Secretary Yvette Cooper in London on Monday.
        Speaking to reporters outside the Peruvian Embassy, Schialer said the trade deal was close.""", "Schialer").get(0);
    assertThat(st.getLocation()).as("the embassy in the city he visits").isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("London");
  }

  @Test
  void anEmbassyWithNoVisitToldIsPlacedNowhere() {
    EventMention st = statementsBy("""
        Trade between Peru and Britain rose last year.
        Speaking to reporters outside the Peruvian Embassy, Peruvian Foreign Minister Elmer Schialer said the trade deal was close.""",
        "Schialer").get(0);
    assertThat(st.getLocation()).as("which city's embassy is not said").isNull();
  }

  private static final String PRESS_CONFERENCE = """
      Mexican President Claudia Sheinbaum told reporters at her morning press conference at the National Palace on Monday that talks would continue.
      Trade officials will meet in Washington next week.
      The U.S. embassy declined to comment.
      Canadian officials are holding parallel talks.
      """;

  @Test
  void anAnswerToAQuestionBelongsToTheSpeakersPressConferenceToldBefore() {
    List<EventMention> sts = statementsBy(PRESS_CONFERENCE + """
        Asked about the tariffs, Sheinbaum said Mexico would never accept them. "Cooperation, yes," she added.""",
        "Sheinbaum");
    assertThat(sts).hasSize(3);
    for (EventMention st : sts.subList(1, 3)) {
      assertThat(st.getDate()).as("'%s' at Monday's press conference", st.getQuote()).isEqualTo(MONDAY);
      assertThat(st.getLocation()).isNotNull();
      assertThat(st.getLocation().getName()).isEqualTo("National Palace, Mexico City");
    }
  }

  @Test
  void anAnswerWithNoPressEventToldStaysUndated() {
    List<EventMention> sts = statementsBy(PRESS_CONFERENCE.replace(
        "told reporters at her morning press conference at the National Palace", "wrote on X") + """
        Asked about the tariffs, Sheinbaum said Mexico would never accept them.""", "Sheinbaum");
    assertThat(sts.get(1).getDate()).as("a post is no press conference to answer at").isNull();
  }
}
