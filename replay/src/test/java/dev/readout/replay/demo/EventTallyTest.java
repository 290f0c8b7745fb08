package dev.readout.replay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTallyTest {

  private final EventTally tally = new EventTally();

  @Test
  void anEventUpdatedManyTimesCountsOnce() {
    tally.change("meeting", "m1", false);
    tally.change("meeting", "m1", false);
    tally.change("meeting", "m2", false);

    assertThat(tally.count("meeting")).isEqualTo(2);
    assertThat(tally.changes()).isEqualTo(3);
  }

  @Test
  void aTombstoneRemovesTheMergedEvent() {
    tally.change("call", "c1", false);
    tally.change("call", "c2", false);
    tally.change("call", "c2", true);

    assertThat(tally.count("call")).isEqualTo(1);
  }

  @Test
  void theSummaryNamesEveryTypeInSingularOrPlural() {
    tally.change("statement", "s1", false);
    tally.change("statement", "s2", false);
    tally.change("call", "c1", false);

    assertThat(tally.summary()).isEqualTo("1 call, 0 meetings, 2 statements");
  }
}
