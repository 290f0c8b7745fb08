package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "the Party leader" is the party's general secretary named before; a descriptor whose word differs from the title's
 * own ("leader" for "General Secretary") refers only to a holder of that very title, never to any "... Secretary".
 */
class PartyLeaderTitleTest {

  private static final Instant PUBLISHED = Instant.parse("2026-02-17T10:00:00Z");

  private static List<EventMention> statements(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, PUBLISHED), EventType.STATEMENT);
  }

  @Test
  void partyLeaderIsTheGeneralSecretaryNamedBefore() {
    assertThat(statements("Lao Party General Secretary Thongloun Sisoulith received Chinese Foreign Minister Wang Yi in "
        + "Vientiane on Wednesday. The Party leader suggested that the two sides speed up work on the new railway line."))
        .extracting(m -> m.getSpeaker().getName()).containsExactly("Thongloun Sisoulith");
  }

  @Test
  void partyLeaderIsNoForeignSecretary() {
    assertThat(statements("British Foreign Secretary David Lammy met Indian Foreign Minister Subrahmanyam Jaishankar in "
        + "London on Monday. The party leader said the talks had been a waste of time for everyone."))
        .extracting(m -> m.getSpeaker().getName()).doesNotContain("David Lammy");
  }

  @Test
  void namedPartyLeaderIsAPoliticalSpeaker() {
    assertThat(statements("Kenya and Tanzania signed a border accord in Nairobi on Monday. Opposition party leader "
        + "Kalonzo Musyoka said the accord had been rushed through parliament."))
        .extracting(m -> m.getSpeaker().getName()).containsExactly("Kalonzo Musyoka");
  }
}
