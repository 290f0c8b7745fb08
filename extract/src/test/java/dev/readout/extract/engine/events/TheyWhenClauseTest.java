package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.names;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "they" in a "when they spoke" clause after "X raised it with Y" are X and Y, not a pair named earlier. */
class TheyWhenClauseTest {

  private static final Instant PUBLISHED = Instant.parse("2025-06-11T10:00:00Z");
  private static final String EARLIER_PAIR = "Kenyan President William Ruto and Ugandan President Yoweri Museveni met"
      + " in Kampala last week.\n\n";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tanzanian Foreign Minister Mahmoud Thabit Kombo said she had raised the matter with Burundian Foreign Minister"
          + " Albert Shingiro when they spoke by phone on Monday.|Mahmoud Thabit Kombo|Albert Shingiro",
      "Rwandan Foreign Minister Olivier Nduhungirehe discussed the border with Congolese Foreign Minister Thérèse"
          + " Kayikwamba Wagner when they spoke by telephone on Sunday.|Olivier Nduhungirehe|Thérèse Kayikwamba Wagner"
  })
  void theyOfAWhenClauseAreTheSubjectAndTheOneRaisedWith(String second, String a, String b) {
    String text = EARLIER_PAIR + second;
    assertThat(ofType(extract(text, PUBLISHED), EventType.CALL)).as("calls in: %s", text).singleElement()
        .satisfies(c -> assertThat(names(c.getParticipants())).containsExactlyInAnyOrder(a, b));
  }

  @Test
  void theyWithNoOneRaisedWithAreThePairNamedBefore() {
    String text = EARLIER_PAIR + "They spoke by phone again on Monday.";
    assertThat(ofType(extract(text, PUBLISHED), EventType.CALL)).singleElement()
        .satisfies(c -> assertThat(names(c.getParticipants())).containsExactlyInAnyOrder("William Ruto",
            "Yoweri Museveni"));
  }
}
