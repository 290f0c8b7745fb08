package dev.readout.extract.engine;

import static dev.readout.extract.testing.SharedEngine.statementBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which day and place words spoken at an occasion take: the occasion's, when the attribution puts
 * them there ("told reporters after the summit", "later in the day"); none of the occasion's when
 * the words are a post, an interview or a written statement, occasions of their own.
 */
class OccasionPlaceTest {

  /** A Wednesday. */
  private static final Instant PUBLISHED = Instant.parse("2024-05-15T10:00:00Z");
  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  private static List<EventMention> extract(String text) {
    return SharedEngine.extract(text, PUBLISHED);
  }

  private static EventMention meetingWith(List<EventMention> ms, String participant) {
    return SharedEngine.ofType(ms, EventType.MEETING).stream()
        .filter(m -> SharedEngine.names(m.getParticipants()).stream().anyMatch(n -> n.contains(participant)))
        .findFirst().orElseThrow(() -> new AssertionError("no meeting with " + participant + " in " + ms));
  }

  private static final String SUMMIT = """
      Central Asian leaders ended their summit in Dushanbe on Monday.
      Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev at the Palace of Nations in Dushanbe on Monday.
      """;

  @Test
  void aHostAtAPressConferenceAfterTheToldMeetingSpeaksOnItsDayAndInItsCity() {
    List<EventMention> ms = extract(SUMMIT + """
        Secretary-General Antonio Guterres told a press conference after the meeting that the region would get more water funding.
        "This is only a beginning," Guterres said.""");
    EventMention first = statementBy(ms, "Guterres");
    assertThat(first.getDate()).as("words after the meeting he did not attend: its day").isEqualTo(MONDAY);
    assertThat(first.getLocation()).as("and its city").isNotNull();
    assertThat(first.getLocation().getName()).isEqualTo("Dushanbe");
    EventMention next = SharedEngine.ofType(ms, EventType.STATEMENT).stream()
        .filter(m -> m.getQuote().startsWith("This is only")).findFirst().orElseThrow();
    assertThat(next.getDate()).as("the same speaker's next words on that occasion").isEqualTo(MONDAY);
    assertThat(next.getLocation()).isNotNull();
    assertThat(next.getLocation().getName()).isEqualTo("Dushanbe");
  }

  @Test
  void aBystanderToldReportersWithoutNamingTheMeetingTakesNeitherItsDayNorItsCity() {
    List<EventMention> ms = extract(SUMMIT + """
        Secretary-General Antonio Guterres told reporters that the region would get more water funding.""");
    EventMention st = statementBy(ms, "Guterres");
    assertThat(st.getDate()).as("no occasion named, and he took no part in the meeting").isNull();
    assertThat(st.getLocation()).isNull();
  }

  @Test
  void laterInTheDayIsTheDayOfTheEventToldBefore() {
    List<EventMention> ms = extract(SUMMIT + """
        Later in the day, Tokayev was received by Tajik President Emomali Rahmon at his residence.""");
    assertThat(meetingWith(ms, "Rahmon").getDate()).as("the day of the meeting told before, not the report's")
        .isEqualTo(MONDAY);
  }

  @Test
  void laterInTheDayWithNothingToldBeforeIsTheReportsDay() {
    List<EventMention> ms = extract("""
        Tokayev arrives in Dushanbe for a regional summit.
        Later in the day, Tokayev will be received by Tajik President Emomali Rahmon at his residence.""");
    EventMention m = meetingWith(ms, "Rahmon");
    assertThat(m.getDate()).as("no earlier day was told: the report's own").isEqualTo(PUBLISHED.atZone(java.time.ZoneOffset.UTC).toLocalDate());
  }

  @Test
  void aPostAfterTheMeetingTakesItsDayButNotItsPlace() {
    List<EventMention> ms = extract(SUMMIT + """
        Mirziyoyev wrote on X after the meeting that Uzbekistan was "ready to share the rivers fairly".""");
    EventMention st = statementBy(ms, "Mirziyoyev");
    assertThat(st.getDate()).isEqualTo(MONDAY);
    assertThat(st.getLocation()).as("a post is no word spoken in Dushanbe").isNull();
  }

  @Test
  void wordsAtAJointNewsConferenceAfterTheMeetingTakeItsPlace() {
    List<EventMention> ms = extract(SUMMIT + """
        Mirziyoyev told a joint news conference after the meeting that Uzbekistan was "ready to share the rivers fairly".""");
    EventMention st = statementBy(ms, "Mirziyoyev");
    assertThat(st.getDate()).isEqualTo(MONDAY);
    assertThat(st.getLocation()).as("spoken at the meeting's press conference").isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Dushanbe");
  }

  @Test
  void aWrittenStatementOrInterviewIsAnOccasionOfItsOwn() {
    List<EventMention> ms = extract(SUMMIT + """
        In a statement after the talks, Tokayev said the two countries "will build the canal together".
        Mirziyoyev told Euronews in an interview that the canal was "a shared dream".""");
    assertThat(statementBy(ms, "Tokayev").getLocation()).as("a written statement").isNull();
    assertThat(statementBy(ms, "Mirziyoyev").getLocation()).as("an interview with one outlet").isNull();
  }

  @Test
  void anOpeningStatementIsSpokenAtTheMeeting() {
    List<EventMention> ms = extract(SUMMIT + """
        "Water is our common wealth," Tokayev said in his opening statement.""");
    EventMention st = statementBy(ms, "Tokayev");
    assertThat(st.getDate()).isEqualTo(MONDAY);
    assertThat(st.getLocation()).as("an opening statement is spoken, not issued").isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Dushanbe");
  }

  private static final String TALKS_THEN_PRESS = """
      Chadian President Mahamat Deby and his Sudanese counterpart Abdel Fattah al-Burhan held talks at the Palace of the People in N'Djamena on Monday, before addressing a joint press briefing.
      """;

  @Test
  void bareAttributionsAfterAToldPressBriefingTakeTheMeetingsDayAndPlace() {
    List<EventMention> ms = extract(TALKS_THEN_PRESS + """
        "Our border will be a bridge, not a wall," Deby said.
        Burhan said Sudan would reopen the crossing at Adre within a week.""");
    for (String speaker : List.of("Déby", "Burhan")) {
      EventMention st = statementBy(ms, speaker);
      assertThat(st.getDate()).as("%s spoke at the press briefing after Monday's talks", speaker).isEqualTo(MONDAY);
      assertThat(st.getLocation()).as("%s's words are placed at the talks", speaker).isNotNull();
      assertThat(st.getLocation().getName()).as("the venue in its city").isEqualTo("Palace of the People, N'Djamena");
    }
  }

  @Test
  void aBareAttributionRightAfterTalksWithNoPressEventToldIsTheirReadout() {
    List<EventMention> ms = extract("""
        Chadian President Mahamat Deby and his Sudanese counterpart Abdel Fattah al-Burhan held talks in N'Djamena on Monday.
        "Our border will be a bridge, not a wall," Deby said.""");
    EventMention st = statementBy(ms, "Déby");
    assertThat(st.getDate()).as("a party's next words are the talks' readout: their day").isEqualTo(MONDAY);
    assertThat(st.getLocation()).as("and their place").isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("N'Djamena");
  }

  @Test
  void anOutsidersWordsBetweenThePressBriefingAndTheSpeakerEndTheOccasion() {
    List<EventMention> ms = extract(TALKS_THEN_PRESS + """
        In Cairo, Egyptian Foreign Minister Badr Abdelatty said Egypt welcomed any step toward calm.
        Burhan said Sudan would reopen the crossing at Adre within a week.""");
    assertThat(statementBy(ms, "Burhan").getDate()).as("another speaker's words came in between").isNull();
  }

  @Test
  void aPostIntroducedByItsParticipleIsAnOccasionOfItsOwn() {
    List<EventMention> ms = extract(SUMMIT + """
        Writing on X after the meeting, Mirziyoyev said Uzbekistan was "ready to share the rivers fairly".""");
    assertThat(statementBy(ms, "Mirziyoyev").getLocation()).as("a post is no word spoken in Dushanbe").isNull();
  }

  @Test
  void aMeetingOnTheMarginsOfTheLeadsConsultationsTakesTheirCityAndDay() {
    List<EventMention> ms = extract("""
        Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico agreed on Monday to link their gas grids, as the two governments held joint consultations in Bratislava.
        "We are brothers again," Fiala said.
        Fico said the pipeline would be finished within two years.
        Both leaders praised the work of their officials.
        The two governments last met in this format in 2019.
        Energy prices have risen sharply in both countries.
        Trade between them reached a record last year.
        Opposition parties in both countries criticised the deal.
        Czech Interior Minister Vit Rakusan and his Slovak counterpart Matus Sutaj Estok met separately on the margins of the consultations.""");
    EventMention m = meetingWith(ms, "Rakusan");
    assertThat(m.getLocation()).as("the consultations the lead placed in Bratislava").isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Bratislava");
    assertThat(m.getDate()).as("the lead's one day").isEqualTo(MONDAY);
  }

  @Test
  void aLeadWithTwoDaysDatesNoMeetingOnTheMargins() {
    List<EventMention> ms = extract("""
        Czech and Slovak ministers arrived on Sunday for joint consultations in Bratislava that ended on Monday.
        Energy prices have risen sharply in both countries.
        Trade between them reached a record last year.
        Opposition parties in both countries criticised the talks.
        Czech Interior Minister Vit Rakusan and his Slovak counterpart Matus Sutaj Estok met separately on the margins of the consultations.""");
    EventMention m = meetingWith(ms, "Rakusan");
    assertThat(m.getLocation()).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Bratislava");
    assertThat(m.getDate()).as("which of the two days is not said").isNull();
  }

  @Test
  void aMeetingOnTheSidelinesOfAForumTheNarrativeToldTakesItsPlace() {
    List<EventMention> ms = extract("""
        Leaders of the Caribbean Community forum met behind closed doors for a long retreat in Bridgetown on Monday, where Jamaican Prime Minister Andrew Holness joined Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar.
        Guyana's President Irfaan Ali met Suriname's President Jennifer Geerlings-Simons on the sidelines of the forum on Tuesday.""");
    EventMention m = meetingWith(ms, "Geerlings-Simons");
    assertThat(m.getLocation()).as("the forum the first sentence placed").isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Bridgetown");
  }

  @Test
  void theNextWordsOfAnInterviewAreNotPlacedAtTheSpeakersMeeting() {
    List<EventMention> ms = extract(SUMMIT + """
        Mirziyoyev later told Euronews in an interview that the canal was "a shared dream".
        Water, he said, "belongs to all of Central Asia".""");
    EventMention next = SharedEngine.ofType(ms, EventType.STATEMENT).stream()
        .filter(m -> m.getQuote().contains("belongs to all")).findFirst()
        .orElseThrow(() -> new AssertionError("no follow-up statement in " + ms));
    assertThat(next.getLocation()).as("still the interview, not the summit").isNull();
  }

  @Test
  void wordsSpokenOnTheSpeakersReturnArePlacedInHisCapital() {
    List<EventMention> ms = extract(SUMMIT + """
        State television quoted Tokayev as saying on his return that the summit had been "a turning point".""");
    EventMention st = statementBy(ms, "Tokayev");
    assertThat(st.getLocation()).as("back home, in his own capital, not at the summit").isNotNull();
    assertThat(st.getLocation().getName()).isEqualTo("Astana");
    assertThat(st.getLocation().getCountry()).isEqualTo("KAZ");
  }

  @Test
  void aReturnToANamedPlaceIsPlacedThereNotAtHome() {
    List<EventMention> ms = extract(SUMMIT + """
        Tokayev said on his return to Almaty that the summit had been "a turning point".""");
    EventMention st = statementBy(ms, "Tokayev");
    assertThat(st.getLocation()).isNotNull();
    assertThat(st.getLocation().getName()).as("the place the words name").isEqualTo("Almaty");
  }

  @Test
  void aReturnInTheReportedWordsPlacesNothing() {
    List<EventMention> ms = extract("""
        Kazakh President Kassym-Jomart Tokayev said the refugees would be helped on their return.""");
    assertThat(statementBy(ms, "Tokayev").getLocation()).as("the refugees' return, not the speaker's").isNull();
  }

  private static String meetingThenFiller(int fillers) {
    StringBuilder text = new StringBuilder("""
        Kenyan Foreign Minister Musalia Mudavadi received his Ugandan counterpart Jeje Odongo in Nairobi on Monday for talks on trade.
        """);
    for (int k = 0; k < fillers; k++) {
      text.append("Trade between the two neighbours grew by a tenth in year ").append(2010 + k).append(".\n");
    }
    return text.append("Odongo described the meeting as \"frank and productive\".\n").toString();
  }

  @Test
  void wordsNamingTheMeetingSeveralSentencesLaterTakeItsDay() {
    EventMention st = statementBy(extract(meetingThenFiller(6)), "Odongo");
    assertThat(st.getDate()).as("'the meeting' told seven sentences before").isEqualTo(MONDAY);
  }

  @Test
  void wordsNamingAMeetingBeyondTheOccasionsReachStayUndated() {
    EventMention st = statementBy(extract(meetingThenFiller(12)), "Odongo");
    assertThat(st.getDate()).as("too far back to be sure it is the same meeting").isNull();
  }
}
