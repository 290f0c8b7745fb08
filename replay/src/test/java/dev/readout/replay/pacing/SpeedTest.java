package dev.readout.replay.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeedTest {

  @Test
  void readsTheThreeFormsOfSpeed() {
    assertThat(Speed.parse("max").isMax()).isTrue();
    assertThat(Speed.parse("realtime").factor()).isEqualTo(1.0);
    assertThat(Speed.parse("60x").factor()).isEqualTo(60.0);
    assertThat(Speed.parse("2.5X").factor()).isEqualTo(2.5);
    assertThat(Speed.parse("120").factor()).isEqualTo(120.0);
    assertThat(Speed.parse("60x")).hasToString("60x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fast", "0x", "-2x", "x", "NaNx", "Infinityx", ""})
  void rejectsWhatIsNotASpeedAndSaysWhatIs(String value) {
    assertThatThrownBy(() -> Speed.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max, realtime or <N>x");
  }

  @Test
  void readsDurationsAsPeopleTypeThem() {
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Durations.parse("PT45S")).isEqualTo(Duration.ofSeconds(45));
    assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("not a duration: 'soon'");
    assertThatThrownBy(() -> Durations.parse("0s")).isInstanceOf(IllegalArgumentException.class);
  }
}
