package dev.readout.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "at the Foreign Ministry" is the ministry its minister among the participants heads, in his capital. */
class MinistryVenueTest {

  private static final Instant PUBLISHED = Instant.parse("2024-05-15T10:00:00Z");

  private static EventMention meeting(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, PUBLISHED), EventType.MEETING).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no meeting in " + text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Sudanese opposition leader Abdalla Hamdok met Ugandan Foreign Minister Jeje Odongo at the Foreign Ministry on Tuesday.|Foreign Ministry, Kampala",
      "Venezuelan opposition leader Maria Corina Machado met Panamanian Foreign Minister Javier Martinez-Acha at the Ministry of Foreign Affairs on Monday.|Foreign Ministry, Panama City"})
  void aMinistryNamedWithoutItsStateIsItsMinistersInHisCapital(String text, String place) {
    EventMention m = meeting(text);
    assertThat(m.getLocation()).as("placed: %s", text).isNotNull();
    assertThat(m.getLocation().getName()).isEqualTo(place);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi at the Foreign Ministry on Tuesday.",
      "Sudanese opposition leader Abdalla Hamdok met Ugandan President Yoweri Museveni at the Foreign Ministry on Tuesday."})
  void noPlaceWhenTheMinistersStateIsNotSaid(String text) {
    assertThat(meeting(text).getLocation()).as("which state's ministry is not said: %s", text).isNull();
  }
}
