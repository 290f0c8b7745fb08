package dev.readout.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Article;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails the build when a changed contract cannot read data written with any released version of
 * it (BACKWARD_TRANSITIVE, the registry's setting): replays read every historical schema.
 */
class SchemaEvolutionTest {

  private static final Path HISTORY = Path.of("src/main/avro-history");

  static Stream<Arguments> releasedVersions() throws IOException {
    List<Schema> current =
        List.of(Article.getClassSchema(), EventMention.getClassSchema(), Event.getClassSchema());
    return current.stream()
        .flatMap(
            schema -> {
              Path dir = HISTORY.resolve(schema.getName());
              try (Stream<Path> files = Files.list(dir)) {
                List<Path> versions = files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList();
                assertThat(versions)
                    .as("released versions of %s in %s", schema.getName(), dir)
                    .isNotEmpty();
                return versions.stream().map(v -> Arguments.of(schema, v));
              } catch (IOException e) {
                throw new IllegalStateException("no released history for " + schema.getName() + " in " + dir, e);
              }
            });
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @MethodSource("releasedVersions")
  void currentSchemaReadsEveryReleasedVersion(Schema current, Path released) throws IOException {
    Schema writer = new Schema.Parser().parse(released.toFile());
    var result = SchemaCompatibility.checkReaderWriterCompatibility(current, writer);
    assertThat(result.getType())
        .as("%s cannot read data written with %s: %s",
            current.getName(), released, result.getResult().getIncompatibilities())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }
}
