package dev.readout.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.Topic;
import dev.readout.schemas.Topics;
import dev.readout.testkit.BrokerExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TopicCreator} against a real broker. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TopicCreatorIntegrationTest {

  @RegisterExtension static final BrokerExtension KAFKA = new BrokerExtension();
  private static ReadoutConfig config;
  private static Admin admin;

  @BeforeAll
  static void connect() {
    config = ReadoutConfig.of(Map.of(ReadoutConfig.BOOTSTRAP_SERVERS, KAFKA.bootstrapServers()));
    admin = Admin.create(config.adminProperties());
  }

  @AfterAll
  static void disconnect() {
    if (admin != null) {
      admin.close();
    }
  }

  @Test
  void createsEveryTopicWithItsPartitionsAndConfigsAndIsIdempotent() throws Exception {
    Topics topics = new Topics(Map.of("schema.registry.url", "mock://topic-creator"));

    List<String> created = TopicCreator.ensure(config, topics.all());
    List<String> again = TopicCreator.ensure(config, topics.all());

    assertThat(created).as("first run creates all of Topics")
        .containsExactlyInAnyOrderElementsOf(topics.all().stream().map(Topic::name).toList());
    assertThat(again).as("second run creates nothing").isEmpty();

    Map<String, TopicDescription> described = admin.describeTopics(created).allTopicNames().get();
    described.values().forEach(d -> assertThat(d.partitions()).as("partitions of %s", d.name())
        .hasSize(Topics.DEFAULT_PARTITIONS));

    for (String name : List.of(Topics.EVENTS_MEETING, Topics.EVENTS_CALL, Topics.EVENTS_STATEMENT)) {
      assertThat(topicConfig(name, TopicConfig.CLEANUP_POLICY_CONFIG)).as("cleanup.policy of %s", name)
          .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
    }
    for (String name : List.of(Topics.ARTICLES_RAW, Topics.ARTICLES)) {
      assertThat(topicConfig(name, TopicConfig.RETENTION_MS_CONFIG)).as("retention.ms of %s", name).isEqualTo("-1");
    }
  }

  @Test
  void leavesAnExistingTopicAsItIs() throws Exception {
    Topic<String, String> small = new Topic<>("creator.existing", Serdes.String(), Serdes.String(), 2, Map.of());
    Topic<String, String> bigger = new Topic<>("creator.existing", Serdes.String(), Serdes.String(), 4,
        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    assertThat(TopicCreator.ensure(config, List.of(small))).containsExactly("creator.existing");
    assertThat(TopicCreator.ensure(config, List.of(bigger))).isEmpty();

    assertThat(admin.describeTopics(List.of("creator.existing")).allTopicNames().get()
        .get("creator.existing").partitions()).hasSize(2);
    assertThat(topicConfig("creator.existing", TopicConfig.CLEANUP_POLICY_CONFIG)).isEqualTo("delete");
  }

  @Test
  void topicsPartitionsSetsThePartitionsOfTheTopicsItCreates() throws Exception {
    ReadoutConfig fewer = ReadoutConfig.of(Map.of(
        ReadoutConfig.BOOTSTRAP_SERVERS, KAFKA.bootstrapServers(), ReadoutConfig.TOPICS_PARTITIONS, "2"));
    Topic<String, String> sixByDefault = new Topic<>("creator.fewer", Serdes.String(), Serdes.String(), 6, Map.of());

    assertThat(TopicCreator.ensure(fewer, List.of(sixByDefault))).containsExactly("creator.fewer");

    assertThat(admin.describeTopics(List.of("creator.fewer")).allTopicNames().get()
        .get("creator.fewer").partitions()).as("partitions of creator.fewer").hasSize(2);
    assertThatThrownBy(() -> ReadoutConfig.of(Map.of(ReadoutConfig.TOPICS_PARTITIONS, "-1")).topicsPartitions())
        .hasMessageContaining("topics.partitions must be 1 or more");
  }

  private static String topicConfig(String topic, String key) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    Config c = admin.describeConfigs(List.of(resource)).all().get().get(resource);
    return c.get(key).value();
  }
}
