package dev.readout.extract.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.runtime.ReadoutConfig;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ExtractServiceSettingsTest {

  @Test
  void runsTwoStreamThreadsUnlessTold() {
    assertThat(ExtractService.streamsProperties(ReadoutConfig.of(Map.of()))
        .getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG))
        .as("engine and fusion stages run side by side by default")
        .isEqualTo(Integer.toString(ExtractService.DEFAULT_STREAM_THREADS));
  }

  @Test
  void theUsersThreadCountWinsUnderEitherKey() {
    assertThat(ExtractService.streamsProperties(ReadoutConfig.of(Map.of(ReadoutConfig.NUM_STREAM_THREADS, "1")))
        .getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo("1");
    assertThat(ExtractService.streamsProperties(ReadoutConfig.of(Map.of("streams.num.stream.threads", "4")))
        .getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo("4");
  }
}
