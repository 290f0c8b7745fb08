package dev.readout.extract.stream;

import static dev.readout.extract.stream.TestMentions.mention;
import static dev.readout.extract.stream.TestMentions.person;
import static dev.readout.schemas.avro.EventStatus.OCCURRED;
import static dev.readout.schemas.avro.EventType.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.EventMention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work live fusion avoids per mention: comparing it with every member of an event it joins, deep copies. */
class LiveFusionCostTest {

  private static final Instant PUBLISHED = Instant.parse("2026-05-20T07:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-05-19");
  private static final Actor LULA = person("Luiz Inacio Lula da Silva", "BRA");
  private static final Actor PETRO = person("Gustavo Petro", "COL");
  private static final Actor BORIC = person("Gabriel Boric", "CHL");

  /** The test fuser, counting the pairs it is asked about. */
  private static final class CountingFusion extends OverlapFusion {
    final AtomicInteger compared = new AtomicInteger();

    @Override
    public boolean sameEvent(EventMention a, EventMention b) {
      compared.incrementAndGet();
      return super.sameEvent(a, b);
    }
  }

  @Test
  void mentionIsComparedWithOneMemberOfAnEventNotWithEveryMember() {
    CountingFusion fusion = new CountingFusion();
    FusionProcessorHarness.Started fuser = new FusionProcessorHarness(fusion).start();
    int reports = 12;
    for (int i = 0; i < reports; i++) {
      fuser.process(mention(String.format("m%02d", i), "a" + i, PUBLISHED, MEETING, OCCURRED, DAY, LULA, PETRO));
    }
    fusion.compared.set(0);

    fuser.process(mention("m99", "a99", PUBLISHED, MEETING, OCCURRED, DAY, PETRO, LULA, BORIC));

    assertThat(fuser.eventChanges().getLast().event().getMentionIds())
        .as("the new report joins the event of the twelve").hasSize(reports + 1);
    assertThat(fusion.compared.get())
        .as("pairs compared: one member of the event suffices to join it, the others are skipped")
        .isEqualTo(1);
  }

  @Test
  void stampedMentionEqualsTheBuilderCopyWithItsEventIdAndLeavesTheOriginalUnstamped() {
    EventMention original = mention("m1", "a1", PUBLISHED, MEETING, OCCURRED, DAY, LULA, PETRO);

    EventMention stamped = LiveFusionProcessor.stamped(original, "event-1");

    assertThat(stamped).isEqualTo(EventMention.newBuilder(original).setEventId("event-1").build());
    assertThat(original.getEventId()).as("the stored mention keeps no event id").isNull();
  }
}
