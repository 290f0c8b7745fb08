package dev.readout.ingest.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.ingest.article.IngestLimits;
import dev.readout.runtime.ReadoutConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

  @Test
  void defaultsAreAnHourOfToleranceAWeekOfMemoryHourlyPurgesAndHalfSimilarity() {
    IngestConfig c = IngestConfig.defaults();
    assertThat(c.limits()).isEqualTo(IngestLimits.defaults());
    assertThat(c.futureTolerance()).isEqualTo(Duration.ofHours(1));
    assertThat(c.dedupRetention()).isEqualTo(Duration.ofDays(7));
    assertThat(c.purgeInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(c.nearDuplicateThreshold()).isEqualTo(0.5);
    assertThat(c.nearDuplicateBands()).isEqualTo(32);
  }

  @Test
  void settingsAreReadFromTheIngestKeys() {
    IngestConfig c = IngestConfig.from(ReadoutConfig.of(Map.of(
        "ingest.max.text.bytes", "2048", "ingest.dedup.retention.ms", "60000",
        "ingest.near.duplicate.threshold", "0.8", "ingest.near.duplicate.bands", "16")));
    assertThat(c.limits().maxTextBytes()).isEqualTo(2048);
    assertThat(c.dedupRetention()).isEqualTo(Duration.ofMinutes(1));
    assertThat(c.nearDuplicateThreshold()).isEqualTo(0.8);
    assertThat(c.nearDuplicateBands()).isEqualTo(16);
  }

  @Test
  void badSettingsAreClearErrorsAtStartup() {
    assertThatThrownBy(() -> IngestConfig.from(ReadoutConfig.of(Map.of("ingest.near.duplicate.bands", "30"))))
        .hasMessageContaining("ingest.near.duplicate.bands").hasMessageContaining("30");
    assertThatThrownBy(() -> IngestConfig.from(ReadoutConfig.of(Map.of("ingest.near.duplicate.threshold", "high"))))
        .hasMessageContaining("ingest.near.duplicate.threshold");
    assertThatThrownBy(() -> IngestConfig.from(ReadoutConfig.of(Map.of("ingest.near.duplicate.threshold", "1.5"))))
        .hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> IngestConfig.from(ReadoutConfig.of(Map.of("ingest.max.text.bytes", "1MB"))))
        .hasMessageContaining("ingest.max.text.bytes");
  }
}
