package dev.readout.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadLetterProcessingExceptionHandlerTest {

  private TopologyTestDriver driver;
  private TestInputTopic<String, String> in;
  private TestOutputTopic<String, String> out;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void setUp() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("test-source"))
        .mapValues(v -> {
          if (v.isEmpty()) {
            throw new RejectedRecordException("EMPTY", "value is empty");
          }
          if (v.equals("boom")) {
            throw new IllegalStateException("bug");
          }
          return v.toUpperCase();
        }, Named.as("test-upper"))
        .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("test-sink"));
    Properties props = ReadoutConfig.of(Map.of()).streamsProperties("test", "dlq");
    driver = new TopologyTestDriver(builder.build(), props);
    in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
    out = driver.createOutputTopic("out", Serdes.String().deserializer(), Serdes.String().deserializer());
    dlq = driver.createOutputTopic("dlq", Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void rejectedRecordGoesToTheDeadLetterTopicWithItsOriginalBytesAndReason() {
    in.pipeInput("k1", "");
    in.pipeInput("k2", "fine");

    assertThat(out.readValuesToList()).containsExactly("FINE");
    List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
    assertThat(dead).hasSize(1);
    TestRecord<byte[], byte[]> record = dead.get(0);
    assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("k1");
    assertThat(record.value()).isEmpty();
    Headers h = record.headers();
    assertThat(header(h, DeadLetterHeaders.REASON)).isEqualTo("EMPTY");
    assertThat(header(h, DeadLetterHeaders.MESSAGE)).isEqualTo("value is empty");
    assertThat(header(h, DeadLetterHeaders.EXCEPTION)).isEqualTo(RejectedRecordException.class.getName());
    assertThat(header(h, DeadLetterHeaders.TOPIC)).isEqualTo("in");
    assertThat(header(h, DeadLetterHeaders.OFFSET)).isEqualTo("0");
  }

  @Test
  void unexpectedFailureIsDeadLetteredAsProcessingFailureAndProcessingContinues() {
    in.pipeInput("k", "boom");
    in.pipeInput("k", "after");

    assertThat(out.readValuesToList()).containsExactly("AFTER");
    TestRecord<byte[], byte[]> record = dlq.readRecord();
    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("boom");
    assertThat(header(record.headers(), DeadLetterHeaders.REASON)).isEqualTo("PROCESSING_FAILURE");
    assertThat(header(record.headers(), DeadLetterHeaders.EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
  }

  @Test
  void deadLettersAreCountedByReason() {
    Activity.of("test").drain();
    in.pipeInput("a", "");
    in.pipeInput("b", "");
    assertThat(Activity.of("test").drain())
        .containsEntry(DeadLetterProcessingExceptionHandler.DEAD_LETTERED + "EMPTY", 2L);
  }

  @Test
  void deadLettersUnderAnOverriddenApplicationIdCountForTheirService() {
    driver.close();
    Activity.registerApplication("readout-test-v2", "test-v");
    Properties props = ReadoutConfig.of(Map.of("streams.application.id", "readout-test-v2"))
        .streamsProperties("test", "dlq");
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("test-source"))
        .<String>mapValues(v -> {
          throw new RejectedRecordException("ALWAYS", "no");
        }, Named.as("test-reject"))
        .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("test-sink"));
    driver = new TopologyTestDriver(builder.build(), props);
    Activity.of("test-v").drain();
    driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer()).pipeInput("k", "v");
    assertThat(Activity.of("test-v").drain()).containsEntry(DeadLetterProcessingExceptionHandler.DEAD_LETTERED + "ALWAYS", 1L);
  }

  private static String header(Headers headers, String name) {
    var h = headers.lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
