package dev.readout.testkit;

import dev.readout.local.LocalRegistry;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Apicurio Registry ({@link LocalRegistry}) for a test class: it takes seconds to start,
 * so one serves every test of the class. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final RegistryExtension REGISTRY = new RegistryExtension();
 * ... ReadoutConfig.SCHEMA_REGISTRY_URL, REGISTRY.url() ...
 * }</pre>
 */
public final class RegistryExtension implements BeforeAllCallback, AfterAllCallback {

  private LocalRegistry registry;

  @Override
  public void beforeAll(ExtensionContext context) {
    registry = LocalRegistry.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (registry != null) {
      registry.close();
      registry = null;
    }
  }

  /** The running registry. */
  public LocalRegistry registry() {
    if (registry == null) {
      throw new IllegalStateException("the registry runs only for a class that registers it on a static field");
    }
    return registry;
  }

  /** The Confluent-compatible URL for {@code schema.registry.url}. */
  public String url() {
    return registry().url();
  }
}
