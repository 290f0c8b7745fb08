package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.json.RecordJson;
import dev.readout.schemas.avro.EventMention;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final String TEXT = "U.S. Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister "
      + "Sergey Lavrov on Saturday, the State Department said.\n";

  @TempDir Path dir;

  @Test
  void aDirectoryIsReadWithItsMetadataAndEveryLineIsAMentionOfItsArticles() throws IOException {
    Files.writeString(dir.resolve("x1.txt"), TEXT);
    Files.writeString(dir.resolve("x1.json"),
        "{\"id\": \"x1\", \"source\": \"Test Wire\", \"published_at\": \"2025-02-15T23:00:00Z\"}");
    Files.writeString(dir.resolve("x2.txt"), TEXT);

    CommandRun run = CommandRun.readout("extract", dir.toString(), "--published", "2025-02-16");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("2 article(s)").doesNotContain("published_at is now");
    List<EventMention> mentions = run.out().lines().map(RecordJson::mention).toList();
    assertThat(mentions).allSatisfy(m -> assertThat(m.getArticleId()).isIn("x1", "x2"));
    assertThat(mentions).filteredOn(m -> m.getArticleId().equals("x1"))
        .allSatisfy(m -> assertThat(m.getSource()).isEqualTo("Test Wire"));
    assertThat(mentions).allSatisfy(m -> assertThat(m.getEventId()).as("fusion stamps every mention").isNotNull());
  }

  @Test
  void withoutMetadataOrPublishedTheRunSaysPublishedAtIsNow() throws IOException {
    Path file = Files.writeString(dir.resolve("solo.txt"), TEXT);

    CommandRun run = CommandRun.readout("extract", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("published_at is now");
  }

  @Test
  void oneArticleIsReadFromStandardInput() {
    ExtractCommand command = new ExtractCommand();
    command.stdin = new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8));

    CommandRun run = CommandRun.of(command, "-", "--published", "2025-02-15T23:00:00Z", "--source", "Pipe");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 article(s)");
    assertThat(run.out().lines().map(RecordJson::mention))
        .allSatisfy(m -> {
          assertThat(m.getArticleId()).startsWith("stdin-");
          assertThat(m.getSource()).isEqualTo("Pipe");
        });
  }

  @Test
  void aMissingFileIsAClearError() {
    CommandRun run = CommandRun.readout("extract", dir.resolve("missing.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("missing.txt").contains("no such file");
  }

  @Test
  void aMalformedPublicationTimeIsAClearError() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), TEXT);

    CommandRun run = CommandRun.readout("extract", file.toString(), "--published", "last tuesday");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'last tuesday' is not an ISO-8601 time");
  }

  @Test
  void bothCommandsAreRegisteredWithHelp() {
    assertThat(CommandRun.readout("extract", "--help").out()).contains("--published", "--gazetteer");
    assertThat(CommandRun.readout("eval", "--help").out()).contains("--errors", "--predictions");
  }
}
