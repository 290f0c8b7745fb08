package dev.readout.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventLineTest {

  @Test
  void anUpsertShowsTheGistOfTheEvent() {
    assertThat(EventLine.of("readout.events.meeting", "meeting-2026-02-20-bra-arg", Events.montevideoMeeting()))
        .isEqualTo("UPSERT readout.events.meeting meeting-2026-02-20-bra-arg MEETING OCCURRED 2026-02-20/DAY"
            + " participants=[Helena Duarte, Martín Ocampo] at=Montevideo mentions=3 sources=2");
  }

  @Test
  void aStatementShowsItsSpeakerAndQuote() {
    assertThat(EventLine.of("readout.events.statement", "s1", Events.statement()))
        .contains("speaker=Selim Aydın", "quote=\"Water must be a source of cooperation, not conflict\"");
  }

  @Test
  void aTombstoneIsADelete() {
    assertThat(EventLine.of("readout.events.call", "call-1", null)).isEqualTo("DELETE readout.events.call call-1");
  }
}
