package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "the interior minister" is the person named before with that very office, not whichever
 * minister was named last or most; a bare "the minister" still goes by the head word alone.
 */
class QualifiedRoleTest {

  private static final Instant PUBLISHED = Instant.parse("2026-05-06T10:00:00Z");

  private static List<String> speakers(String text) {
    return SharedEngine.ofType(SharedEngine.extract(text, PUBLISHED), EventType.STATEMENT).stream()
        .map(m -> m.getSpeaker().getName())
        .toList();
  }

  @Test
  void interiorMinisterIsTheInteriorMinisterNotTheTradeMinisterNamedLast() {
    assertThat(speakers("NAIROBI, May 4 (Reuters) - Kenya's Interior Minister Kipchumba Murkomen met police chiefs "
        + "on Monday. Trade Minister Lee Kinyanjui met a Ugandan delegation in Nairobi on Tuesday.\n"
        + "\"Security is our priority,\" the interior minister told reporters."))
        .containsExactly("Kipchumba Murkomen");
  }

  @Test
  void primeMinisterIsThePrimeMinisterThoughAForeignMinisterIsNamedMore() {
    assertThat(speakers("Foreign Minister Penny Wong flew to Suva on Monday. Wong met Fiji's leaders, and Wong "
        + "later toured a school. Prime Minister Anthony Albanese joined her on Tuesday.\n"
        + "\"The Pacific family is stronger together,\" the prime minister said."))
        .containsExactly("Anthony Albanese");
  }

  @Test
  void bareMinisterStillFindsAMinisterNamedBefore() {
    assertThat(speakers("Trade Minister Lee Kinyanjui met a Ugandan delegation in Nairobi on Tuesday.\n"
        + "\"We will open the border posts next month,\" the minister said."))
        .containsExactly("Lee Kinyanjui");
  }
}
