package dev.readout.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void aPortAlreadyChosenIsSkippedWhenTheSystemOffersItAgain() {
    Iterator<Integer> offered = List.of(40100, 40100, 40101).iterator();
    assertThat(Ports.firstNotIn(offered::next, 40100)).isEqualTo(40101);
  }

  @Test
  void givesUpWithAClearErrorWhenOnlyTakenPortsAreOffered() {
    assertThatThrownBy(() -> Ports.firstNotIn(() -> 40100, 40100))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("40100");
  }

  @Test
  void freePortOtherThanATakenOneIsBindable() {
    int taken = Ports.free();
    int other = Ports.freeOtherThan(taken);
    assertThat(other).isNotEqualTo(taken);
    assertThat(Ports.isFree(other)).isTrue();
  }
}
