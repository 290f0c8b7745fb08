package dev.readout.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.registry.SchemaRegistryClient;
import dev.readout.schemas.registry.SchemaRegistryConfig;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(600)
class LocalStackRestartTest {

  @TempDir Path dataDir;

  @Test
  void restartOnTheSameDataDirectoryKeepsSchemaIdsAndTopics() throws Exception {
    int id;
    int registryPort;
    int kafkaPort;
    List<String> progress = new CopyOnWriteArrayList<>();
    try (LocalStack stack = LocalStack.builder().dataDir(dataDir).progress(progress::add).start()) {
      id = client(stack).register("kept.articles-value", Article.getClassSchema());
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("kept.articles", 1, (short) 1))).all().get();
      }
      registryPort = stack.registry().port();
      kafkaPort = stack.kafka().port();
    }
    assertThat(progress)
        .as("progress lines while starting")
        .anySatisfy(line -> assertThat(line).startsWith("Kafka ready on 127.0.0.1:").contains(" s"))
        .anySatisfy(line -> assertThat(line).startsWith("Schema Registry ready on http://127.0.0.1:"));
    assertThat(listening(registryPort)).as("registry port %s closed after close()", registryPort).isFalse();
    assertThat(listening(kafkaPort)).as("kafka port %s closed after close()", kafkaPort).isFalse();

    try (LocalStack stack = LocalStack.builder().dataDir(dataDir).start()) {
      SchemaRegistryClient client = client(stack);
      assertThat(client.schemaById(id)).as("schema id %s after the restart", id).isEqualTo(Article.getClassSchema());
      assertThat(client.register("kept.articles-value", Article.getClassSchema()))
          .as("re-registering the same schema after the restart gives the same id")
          .isEqualTo(id);
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
        assertThat(admin.listTopics().names().get()).contains("kept.articles");
      }
    }
  }

  private static SchemaRegistryClient client(LocalStack stack) {
    return new SchemaRegistryClient(SchemaRegistryConfig.from(Map.of("schema.registry.url", stack.schemaRegistryUrl())));
  }

  static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
