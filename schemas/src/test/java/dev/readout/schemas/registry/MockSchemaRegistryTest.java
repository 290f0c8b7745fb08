package dev.readout.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {

  private final String scope = "mock-test-" + UUID.randomUUID();

  static final Schema V1 = SchemaBuilder.record("Thing").fields().requiredString("id").endRecord();
  static final Schema V2_WITH_DEFAULT =
      SchemaBuilder.record("Thing").fields().requiredString("id").optionalString("note").endRecord();
  static final Schema V3_REQUIRED_FIELD =
      SchemaBuilder.record("Thing").fields().requiredString("id").requiredLong("count").endRecord();

  @AfterEach
  void drop() {
    MockSchemaRegistry.dropScope(scope);
  }

  @Test
  void idsAreGivenInOrderAndASchemaKeepsItsIdAcrossSubjects() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    assertThat(registry.register("a-value", V1)).isEqualTo(1);
    assertThat(registry.register("a-value", V2_WITH_DEFAULT)).isEqualTo(2);
    assertThat(registry.register("b-value", V1)).isEqualTo(1);
    assertThat(registry.register("a-value", V1)).as("re-registering is idempotent").isEqualTo(1);
    assertThat(registry.latest("a-value")).isEqualTo(new RegisteredSchema("a-value", 2, 2, V2_WITH_DEFAULT));
  }

  @Test
  void aScopeIsSharedByEveryoneNamingItAndOtherScopesAreSeparate() {
    SchemaRegistry viaConfig = SchemaRegistry.fromConfig(Map.of("schema.registry.url", "mock://" + scope));
    int id = viaConfig.register("shared-value", V1);
    assertThat(MockSchemaRegistry.forScope(scope).schemaById(id)).isEqualTo(V1);

    String other = scope + "-other";
    try {
      assertThatThrownBy(() -> MockSchemaRegistry.forScope(other).schemaById(id))
          .isInstanceOf(SchemaRegistryException.class);
    } finally {
      MockSchemaRegistry.dropScope(other);
    }
  }

  @Test
  void incompatibleSchemaIsRefusedWith409() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    registry.register("t-value", V1);
    assertThat(registry.isCompatible("t-value", V3_REQUIRED_FIELD)).isFalse();
    assertThatThrownBy(() -> registry.register("t-value", V3_REQUIRED_FIELD))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.isIncompatible()).isTrue());
    registry.setCompatibility(Compatibility.NONE);
    assertThat(registry.register("t-value", V3_REQUIRED_FIELD)).isPositive();
  }

  @Test
  void transitiveCompatibilityChecksEveryEarlierVersion() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    registry.setCompatibility(Compatibility.NONE);
    registry.register("t-value", V1);
    registry.register("t-value", V3_REQUIRED_FIELD);

    registry.setCompatibility(Compatibility.BACKWARD);
    assertThat(registry.isCompatible("t-value", V3_REQUIRED_FIELD))
        .as("BACKWARD looks at the latest version only")
        .isTrue();
    registry.setCompatibility(Compatibility.BACKWARD_TRANSITIVE);
    assertThat(registry.isCompatible("t-value", V3_REQUIRED_FIELD))
        .as("a required field without default cannot read data of version 1")
        .isFalse();
  }

  @Test
  void unknownSubjectAndSchemaAreNotFoundWithConfluentErrorCodes() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    assertThatThrownBy(() -> registry.latest("missing-value"))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
            });
    registry.register("t-value", V1);
    assertThatThrownBy(() -> registry.lookup("t-value", V2_WITH_DEFAULT))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND));
    assertThat(registry.lookup("t-value", V1)).isEqualTo(1);
  }
}
