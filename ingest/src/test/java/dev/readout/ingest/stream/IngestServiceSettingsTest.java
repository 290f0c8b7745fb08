package dev.readout.ingest.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.runtime.ReadoutConfig;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class IngestServiceSettingsTest {

  private static String threads(Map<String, String> settings) {
    return new IngestService(ReadoutConfig.of(settings)).streamsProperties()
        .getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG);
  }

  @Test
  void runsTwoStreamThreadsUnlessTold() {
    assertThat(threads(Map.of())).as("preparation and de-duplication run side by side by default")
        .isEqualTo(Integer.toString(IngestService.DEFAULT_STREAM_THREADS));
  }

  @Test
  void theUsersThreadCountWinsUnderEitherKey() {
    assertThat(threads(Map.of(ReadoutConfig.NUM_STREAM_THREADS, "1"))).isEqualTo("1");
    assertThat(threads(Map.of("streams.num.stream.threads", "3"))).isEqualTo("3");
  }
}
