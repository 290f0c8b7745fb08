package dev.readout.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFilesTest {

  @TempDir Path dir;

  @Test
  void readsEveryFieldOfAGoldEvent() throws IOException {
    Path file = write("a1.json", """
        {"id": "a1", "source": "NBC News", "url": null, "published_at": "2025-02-15T23:00:00Z",
         "events": [
          {"type": "MEETING", "mode": "NEGOTIATION", "status": "PLANNED", "date": "2025-02-18",
           "date_precision": "DAY", "location": {"name": "Riyadh", "country": "SAU"},
           "participants": ["Marco Rubio", "Sergey Lavrov"], "countries": ["USA", "RUS"],
           "cluster": "m-1", "evidence": "are to meet"},
          {"type": "STATEMENT", "status": "OCCURRED", "date": null, "speaker": "Kremlin",
           "speaker_country": "RUS", "quote_start": "We welcome", "cluster": "s-1", "optional": true}
         ]}
        """);

    GoldArticle article = GoldFiles.read(file);

    assertThat(article.id()).isEqualTo("a1");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-02-15T23:00:00Z"));
    assertThat(article.events()).hasSize(2);
    GoldEvent meeting = article.events().get(0);
    assertThat(meeting.type()).isEqualTo(EventType.MEETING);
    assertThat(meeting.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(meeting.date()).isEqualTo(LocalDate.parse("2025-02-18"));
    assertThat(meeting.location()).isEqualTo(new GoldPlace("Riyadh", "SAU"));
    assertThat(meeting.participants()).containsExactly("Marco Rubio", "Sergey Lavrov");
    assertThat(meeting.optional()).isFalse();
    GoldEvent statement = article.events().get(1);
    assertThat(statement.speaker()).isEqualTo("Kremlin");
    assertThat(statement.quoteStart()).isEqualTo("We welcome");
    assertThat(statement.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
    assertThat(statement.optional()).isTrue();
  }

  @Test
  void malformedJsonFailsNamingTheFile() throws IOException {
    Path file = write("bad.json", "{\"id\": \"bad\", \"events\": [");

    assertThatThrownBy(() -> GoldFiles.read(file))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void anUnknownStatusFailsNamingTheEventAndTheAllowedValues() throws IOException {
    Path file = write("a2.json", """
        {"id": "a2", "events": [{"type": "CALL", "status": "DONE", "participants": ["A", "B"]}]}
        """);

    assertThatThrownBy(() -> GoldFiles.read(file))
        .hasMessageContaining("events[0].status")
        .hasMessageContaining("'DONE'")
        .hasMessageContaining("OCCURRED");
  }

  @Test
  void aStatementWithoutSpeakerIsRejected() throws IOException {
    Path file = write("a3.json", """
        {"id": "a3", "events": [{"type": "STATEMENT", "status": "OCCURRED", "quote_start": "x"}]}
        """);

    assertThatThrownBy(() -> GoldFiles.read(file)).hasMessageContaining("needs a speaker");
  }

  @Test
  void aMissingFileFailsClearly() {
    assertThatThrownBy(() -> GoldFiles.read(dir.resolve("nope.json"))).hasMessageContaining("no such file");
  }

  @Test
  void everyGoldFileOfTheSharedCorpusReads() throws IOException {
    Path corpus = Path.of(System.getProperty("readout.shared.dir", "../../shared"), "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "shared corpus not present at " + corpus);
    List<Path> files;
    try (Stream<Path> listing = Files.list(corpus)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).toList();
    }

    assertThat(files).isNotEmpty();
    for (Path file : files) {
      GoldArticle article = GoldFiles.read(file);
      assertThat(article.id()).as("id of %s", file).isEqualTo(ArticleFiles.idOf(file));
      assertThat(article.publishedAt()).as("published_at of %s", file).isNotNull();
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
