package dev.readout.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.registry.SchemaRegistryClient;
import dev.readout.schemas.registry.SchemaRegistryConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(600)
class OrphanedRegistryTest {

  @TempDir Path dataDir;

  @Test
  void registryLeftRunningByAKilledOwnerIsStoppedByTheNextStartOnTheSameDataDirectory() throws Exception {
    int port = Ports.free();
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process owner =
        new ProcessBuilder(
                List.of(java, "-cp", System.getProperty("java.class.path"), RegistryHolder.class.getName(),
                    dataDir.toString(), Integer.toString(port)))
            .redirectErrorStream(true)
            .start();
    Optional<ProcessHandle> orphan = Optional.empty();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("READY")) {
        // The owner's log lines; READY follows once its registry answers.
      }
      assertThat(line).as("the owner JVM started its registry").startsWith("READY");
      int id = client(port).register("orphan.articles-value", Article.getClassSchema());

      orphan = ProcessHandle.of(Long.parseLong(Files.readString(LocalRegistry.pidFile(dataDir)).split(" ")[0]));
      owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(LocalStackRestartTest.listening(port))
          .as("the registry outlives its SIGKILLed owner (the situation being tested)")
          .isTrue();

      try (LocalRegistry registry = LocalRegistry.builder().dataDir(dataDir).port(port).start()) {
        assertThat(orphan.get().isAlive()).as("the orphaned registry was stopped").isFalse();
        assertThat(client(port).schemaById(id))
            .as("the new registry serves the orphan's schemas from the same data directory")
            .isEqualTo(Article.getClassSchema());
      }
      assertThat(LocalStackRestartTest.listening(port)).isFalse();
    } finally {
      owner.destroyForcibly();
      orphan.ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private static SchemaRegistryClient client(int port) {
    return new SchemaRegistryClient(
        SchemaRegistryConfig.from(Map.of("schema.registry.url", "http://127.0.0.1:" + port + "/apis/ccompat/v7")));
  }
}
