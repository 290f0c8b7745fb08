package dev.readout.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.Topics;
import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CommittedRecords} and {@link BrokerExtension} on a real broker. */
@Timeout(180)
class CommittedRecordsTest {

  @RegisterExtension static final BrokerExtension KAFKA = new BrokerExtension();
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static Topics topics;

  @BeforeAll
  static void createTopics() throws Exception {
    topics = new Topics(Map.of("schema.registry.url", "mock://committed-records-test"));
    List<NewTopic> all = new ArrayList<>();
    for (String name : List.of(Topics.ARTICLES, Topics.MENTIONS, Topics.ARTICLES_DLQ, Topics.MENTIONS_DLQ)) {
      all.add(new NewTopic(name, 1, (short) 1));
    }
    for (EventType type : EventType.values()) {
      all.add(new NewTopic(topics.events(type).name(), 1, (short) 1));
    }
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
      admin.createTopics(all).all().get();
    }
  }

  @Test
  void seesCommittedRecordsOnlyAndCountsRepeatsAndTombstones() {
    List<Article> corpus = CorpusArticles.corpus();
    Article kept = corpus.get(0);
    Article aborted = corpus.get(1);
    String event = "evt-gone";
    try (KafkaProducer<byte[], byte[]> producer = transactionalProducer()) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(article(kept));
      producer.send(article(kept));
      producer.send(new ProducerRecord<>(Topics.ARTICLES_DLQ, bytes("poison"), bytes("{")));
      producer.send(new ProducerRecord<>(topics.events(EventType.MEETING).name(), bytes(event), null));
      producer.commitTransaction();
      producer.beginTransaction();
      producer.send(article(aborted));
      producer.abortTransaction();
    }

    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "committed-records-test-" + UUID.randomUUID());
    try (CommittedRecords output = new CommittedRecords(props, topics)) {
      output.pollUntil(() -> !output.eventRecords().get(EventType.MEETING).isEmpty()
          && !output.deadLetters().isEmpty(), WAIT, "the committed transaction is read back");
      output.drain(Duration.ofSeconds(1));

      assertThat(output.articles()).as("the aborted article never shows").containsOnlyKeys(kept.getId());
      assertThat(output.articles().get(kept.getId())).isEqualTo(kept);
      assertThat(output.duplicatedArticles()).containsExactly(kept.getId());
      assertThat(output.deadLetters()).containsExactly(Topics.ARTICLES_DLQ + ":poison");
      assertThat(output.eventRecords().get(EventType.MEETING)).extracting(r -> r.key()).containsExactly(event);
      assertThat(output.events().get(EventType.MEETING)).as("a tombstone leaves no event").isEmpty();
      assertThat(output.eventCount()).isZero();
    }
  }

  @Test
  void pollUntilSaysWhatIsNotOk() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "committed-records-test-" + UUID.randomUUID());
    try (CommittedRecords output = new CommittedRecords(props, topics)) {
      assertThatThrownBy(() -> output.pollUntil(() -> false, Duration.ofMillis(500), "a condition that never holds"))
          .isInstanceOf(AssertionError.class).hasMessage("not OK after 0 s: a condition that never holds");
    }
  }

  private static KafkaProducer<byte[], byte[]> transactionalProducer() {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "committed-records-test-" + UUID.randomUUID()),
        new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static ProducerRecord<byte[], byte[]> article(Article article) {
    byte[] value = topics.articles().valueSerde().serializer().serialize(Topics.ARTICLES, article);
    return new ProducerRecord<>(Topics.ARTICLES, bytes(article.getId()), value);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
