package dev.readout.replay.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.replay.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {

  @TempDir Path dir;

  @Test
  void textWithMetadataBecomesAnArticleWithEveryField() throws IOException {
    Files.writeString(dir.resolve("af-01.txt"), "Ministers met in Nairobi.\nThey agreed.\n");
    Files.writeString(dir.resolve("af-01.json"), """
        {"id": "af-01", "source": "Sahel Observer", "url": "https://sahel.example/a", "title": "Talks",
         "published_at": "2026-02-03T09:15:00Z", "events": [{"type": "MEETING"}]}""");

    Collected got = Collected.from(Sources.open(dir.toString()));

    assertThat(got.problems).isEmpty();
    assertThat(got.articles).containsExactly(new RawArticle("af-01", "https://sahel.example/a", "Sahel Observer",
        "Talks", Instant.parse("2026-02-03T09:15:00Z"), "Ministers met in Nairobi.\nThey agreed."));
  }

  @Test
  void textWithoutMetadataIsNamedByItsFileAndDatedByItsModificationTime() throws IOException {
    Path text = Files.writeString(dir.resolve("lonely.txt"), "A statement was issued.");
    Instant modified = Instant.parse("2026-01-15T12:00:00Z");
    Files.setLastModifiedTime(text, FileTime.from(modified));

    Collected got = Collected.from(new DirectorySource(dir));

    assertThat(got.articles).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("lonely");
      assertThat(a.publishedAt()).isEqualTo(modified);
      assertThat(a.source()).as("ingest requires a source: the directory names it").isEqualTo(dir.getFileName().toString());
    });
  }

  @Test
  void brokenMetadataIsReportedWithFileAndLineAndTheOtherArticlesGoOn() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "First.");
    Files.writeString(dir.resolve("a.json"), "{\"published_at\": \"2026-02-01T00:00:00Z\"}");
    Files.writeString(dir.resolve("b.txt"), "Second.");
    Files.writeString(dir.resolve("b.json"), "{\n  \"id\": \"b\",\n  \"published_at\": oops\n}");
    Files.writeString(dir.resolve("c.txt"), "Third.");
    Files.writeString(dir.resolve("c.json"), "{\"published_at\": \"last Tuesday\"}");

    Collected got = Collected.from(new DirectorySource(dir));

    assertThat(got.ids()).containsExactly("a");
    assertThat(got.problemLines()).containsExactly(
        dir.resolve("b.json") + ":3: not valid JSON: Unrecognized token 'oops': was expecting"
            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        dir.resolve("c.txt") + ": \"published_at\" is not an ISO-8601 time or date: \"last Tuesday\"");
  }

  @Test
  void emptyTextAndMetadataWithoutTextAreReported() throws IOException {
    Files.writeString(dir.resolve("blank.txt"), "  \n ");
    Files.writeString(dir.resolve("orphan.json"), "{}");

    Collected got = Collected.from(new DirectorySource(dir));

    assertThat(got.articles).isEmpty();
    assertThat(got.problemLines()).containsExactly(
        dir.resolve("blank.txt") + ": no \"text\"",
        dir.resolve("orphan.json") + ": metadata without a text file orphan.txt");
  }

  @Test
  void textThatIsNotUtf8IsReportedNotGarbled() throws IOException {
    Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});

    Collected got = Collected.from(new DirectorySource(dir));

    assertThat(got.problemLines()).containsExactly(dir.resolve("latin1.txt") + ": not UTF-8 text");
  }
}
