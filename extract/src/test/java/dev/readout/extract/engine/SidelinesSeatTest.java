package dev.readout.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a meeting "on the sidelines" is: at the seat of a standing body named there (the UN General
 * Assembly meets in New York), else at the gathering the report told of when it does not say which;
 * and where an answer "asked in" a forum was given.
 */
class SidelinesSeatTest {

  /** A Wednesday. */
  private static final Instant PUBLISHED = Instant.parse("2024-09-18T10:00:00Z");

  private static EventMention meeting(List<EventMention> ms) {
    return SharedEngine.ofType(ms, EventType.MEETING).stream()
        .filter(m -> SharedEngine.names(m.getParticipants()).size() == 2).findFirst()
        .orElseThrow(() -> new AssertionError("no meeting of two in " + ms));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Fijian Prime Minister Sitiveni Rabuka will meet Indian Prime Minister Narendra Modi on the margins of the UN General Assembly next week.",
      "Ghanaian President John Mahama met Japanese Prime Minister Shigeru Ishiba on the sidelines of the General Assembly on Tuesday.",
      "Chilean President Gabriel Boric is expected to meet Spanish Prime Minister Pedro Sanchez on the sidelines of the United Nations General Assembly."})
  void aMeetingOnTheMarginsOfTheGeneralAssemblyIsInNewYork(String text) {
    EventMention m = meeting(SharedEngine.extract(text, PUBLISHED));
    assertThat(m.getLocation()).as("the Assembly's seat: %s", text).isNotNull();
    assertThat(m.getLocation().getName()).endsWith("New York");
    assertThat(m.getLocation().getCountry()).isEqualTo("USA");
  }

  @Test
  void aMeetingOnTheSidelinesOfAnUnplacedGatheringStaysUnplaced() {
    EventMention m = meeting(SharedEngine.extract(
        "Rabuka met Modi on the sidelines of a regional climate summit on Tuesday.", PUBLISHED));
    assertThat(m.getLocation()).as("the summit's city is not told").isNull();
  }

  @Test
  void bareSidelinesAreThoseOfTheSummitToldBefore() {
    EventMention m = meeting(SharedEngine.extract("""
        The East African Community summit, which opens on Saturday in Arusha, will discuss the crisis in eastern Congo.
        Burundian President Evariste Ndayishimiye is also set to meet Kenyan President William Ruto on the sidelines on Saturday.""",
        PUBLISHED));
    assertThat(m.getLocation()).as("the summit told before").isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo("Arusha");
  }

  @Test
  void anAnswerAskedInAForumIsGivenThere() {
    List<EventMention> ms = SharedEngine.extract("""
        Asked in the European Parliament last week whether the talks had failed, EU foreign policy chief Kaja Kallas said they were difficult but alive.""",
        PUBLISHED);
    EventMention st = SharedEngine.ofType(ms, EventType.STATEMENT).get(0);
    assertThat(st.getLocation()).as("asked in the Parliament").isNotNull();
    assertThat(st.getLocation().getName()).contains("European Parliament");
  }

  @Test
  void aPlaceInTheQuestionIsNotWhereTheAnswerWasGiven() {
    List<EventMention> ms = SharedEngine.extract("""
        Asked about reports that the envoy would travel to Doha, EU foreign policy chief Kaja Kallas said no trip was planned.""",
        PUBLISHED);
    EventMention st = SharedEngine.ofType(ms, EventType.STATEMENT).get(0);
    assertThat(st.getLocation()).as("Doha is the question's topic").isNull();
  }
}
