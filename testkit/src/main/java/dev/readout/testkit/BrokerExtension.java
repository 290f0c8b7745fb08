package dev.readout.testkit;

import dev.readout.local.EmbeddedKafka;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real in-process KRaft broker ({@link EmbeddedKafka}, temporary data directory) for a test.
 * Registered on a static field it serves the whole class; on an instance field each test gets
 * its own, for tests that must read only their own output from fixed topic names:
 *
 * <pre>{@code
 * @RegisterExtension static final BrokerExtension KAFKA = new BrokerExtension();
 * ... KAFKA.bootstrapServers() ...
 * }</pre>
 */
public final class BrokerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private EmbeddedKafka kafka;
  private boolean perTest;

  @Override
  public void beforeAll(ExtensionContext context) {
    kafka = EmbeddedKafka.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // JUnit calls beforeAll only for static registrations: no broker yet means one per test.
    if (kafka == null) {
      perTest = true;
      kafka = EmbeddedKafka.start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  private void stop() {
    if (kafka != null) {
      kafka.close();
      kafka = null;
    }
  }

  /** The running broker. */
  public EmbeddedKafka kafka() {
    if (kafka == null) {
      throw new IllegalStateException("the broker runs only while a test of the class that registers it runs");
    }
    return kafka;
  }

  /** {@code bootstrap.servers} of the running broker. */
  public String bootstrapServers() {
    return kafka().bootstrapServers();
  }
}
