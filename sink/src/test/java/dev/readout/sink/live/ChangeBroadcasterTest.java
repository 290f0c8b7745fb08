package dev.readout.sink.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeBroadcasterTest {

  private final ChangeBroadcaster broadcaster = new ChangeBroadcaster(3);

  private static List<String> data(List<Change> changes) {
    return changes.stream().map(Change::data).toList();
  }

  @Test
  void everyListenerReceivesEachChangeOnceInOrder() {
    List<Change> a = new ArrayList<>();
    List<Change> b = new ArrayList<>();
    broadcaster.subscribe(a::add, null);
    broadcaster.subscribe(b::add, null);

    broadcaster.publish(Change.UPSERT, "1");
    broadcaster.publish(Change.DELETE, "2");

    assertThat(data(a)).containsExactly("1", "2");
    assertThat(data(b)).containsExactly("1", "2");
    assertThat(a.get(1).op()).isEqualTo(Change.DELETE);
  }

  @Test
  void reconnectingWithTheLastSeenIdReplaysOnlyWhatCameAfter() {
    Change first = broadcaster.publish(Change.UPSERT, "1");
    broadcaster.publish(Change.UPSERT, "2");
    broadcaster.publish(Change.UPSERT, "3");

    List<Change> resumed = new ArrayList<>();
    broadcaster.subscribe(resumed::add, first.id());
    broadcaster.publish(Change.UPSERT, "4");

    assertThat(data(resumed)).containsExactly("2", "3", "4");
  }

  @Test
  void anIdThatLeftTheBufferGetsAResetInsteadOfAGap() {
    Change first = broadcaster.publish(Change.UPSERT, "1");
    for (int i = 2; i <= 5; i++) broadcaster.publish(Change.UPSERT, Integer.toString(i));

    List<Change> resumed = new ArrayList<>();
    broadcaster.subscribe(resumed::add, first.id());

    assertThat(resumed).extracting(Change::op).containsExactly(Change.RESET);
  }

  @Test
  void anIdFromAnotherRunGetsAReset() {
    broadcaster.publish(Change.UPSERT, "1");
    List<Change> resumed = new ArrayList<>();

    broadcaster.subscribe(resumed::add, "otherboot.1");

    assertThat(resumed).extracting(Change::op).containsExactly(Change.RESET);
  }

  @Test
  void theLatestIdReplaysNothing() {
    Change last = broadcaster.publish(Change.UPSERT, "1");
    List<Change> resumed = new ArrayList<>();

    broadcaster.subscribe(resumed::add, last.id());

    assertThat(resumed).isEmpty();
  }

  @Test
  void aListenerThatIsGoneIsForgotten() {
    broadcaster.subscribe(c -> false, null);
    broadcaster.subscribe(c -> { throw new IllegalStateException("closed socket"); }, null);
    List<Change> alive = new ArrayList<>();
    broadcaster.subscribe(alive::add, null);

    broadcaster.publish(Change.UPSERT, "1");

    assertThat(broadcaster.listenerCount()).isEqualTo(1);
    assertThat(data(alive)).containsExactly("1");
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new ChangeBroadcaster(0)).hasMessageContaining("at least 1");
  }
}
