package dev.readout.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(600)
class SharedLocalStackTest {

  @Test
  void sharedStackIsOnePerJvmAndSurvivesClose() throws Exception {
    LocalStack first = LocalStack.shared();
    first.close();
    LocalStack second = LocalStack.shared();

    assertThat(second).isSameAs(first);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", second.bootstrapServers()))) {
      assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
          .as("the shared broker still answers after close()")
          .hasSize(1);
    }
    assertThat(LocalStackRestartTest.listening(second.registry().port()))
        .as("the shared registry still listens after close()")
        .isTrue();
  }
}
