package dev.readout.sink.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.runtime.ReadoutConfig;
import java.net.InetAddress;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class SinkServiceConfigTest {

  @Test
  void advertisedHostIsTheBindAddressUnlessThatIsAWildcard() throws Exception {
    assertThat(SinkService.advertisedHost(ReadoutConfig.of(Map.of()))).isEqualTo("127.0.0.1");
    assertThat(SinkService.advertisedHost(ReadoutConfig.of(Map.of("http.host", "10.0.0.7")))).isEqualTo("10.0.0.7");
    assertThat(SinkService.advertisedHost(ReadoutConfig.of(Map.of("http.host", "0.0.0.0"))))
        .isEqualTo(InetAddress.getLocalHost().getHostName());
    assertThat(SinkService.advertisedHost(ReadoutConfig.of(Map.of("http.host", "0.0.0.0", "http.advertised.host", "sink-1"))))
        .isEqualTo("sink-1");
  }

  @Test
  void streamsAdvertiseTheHttpAddressAndDefaultToAtLeastOnce() {
    Properties p = SinkService.streamsProperties(ReadoutConfig.of(Map.of()), new HostInfo("sink-1", 8093));

    assertThat(p.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("sink-1:8093");
    assertThat(p.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("readout-sink");
    assertThat(p.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.AT_LEAST_ONCE);
  }

  @Test
  void anExplicitProcessingGuaranteeIsKept() {
    Properties p = SinkService.streamsProperties(
        ReadoutConfig.of(Map.of("processing.guarantee", "exactly_once_v2")), new HostInfo("h", 1));

    assertThat(p.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
  }
}
