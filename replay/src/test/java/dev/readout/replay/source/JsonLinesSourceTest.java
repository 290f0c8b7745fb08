package dev.readout.replay.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {

  private static final String GOOD_1 =
      "{\"id\":\"n1\",\"source\":\"Meridian Wire\",\"published_at\":\"2026-02-03T10:00:00+01:00\",\"text\":\"One.\"}";
  private static final String GOOD_2 = "{\"id\":\"n2\",\"published_at\":\"2026-02-04\",\"text\":\"Two.\"}";

  @TempDir Path dir;

  @Test
  void readsOneArticlePerLineAndNormalizesTheTime() throws IOException {
    Path file = Files.writeString(dir.resolve("feed.jsonl"), GOOD_1 + "\n\n" + GOOD_2 + "\n");

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.problems).isEmpty();
    assertThat(got.ids()).containsExactly("n1", "n2");
    assertThat(got.articles.get(0).publishedAt()).isEqualTo(Instant.parse("2026-02-03T09:00:00Z"));
    assertThat(got.articles.get(1).publishedAt()).isEqualTo(Instant.parse("2026-02-04T00:00:00Z"));
  }

  @Test
  void readsGzipCompressedLinesWhateverTheFileIsCalled() throws IOException {
    Path file = dir.resolve("feed.data");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((GOOD_1 + "\r\n" + GOOD_2).getBytes(StandardCharsets.UTF_8));
    }

    assertThat(Collected.from(Sources.open(file.toString())).ids()).containsExactly("n1", "n2");
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineWhileTheRestGoesOn() throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
        GOOD_1,
        "{\"id\": \"cut\", \"text\": \"half a rec",
        "[1, 2, 3]",
        "{\"id\":\"nt\",\"published_at\":\"2026-02-05T00:00:00Z\"}",
        "{\"id\":\"nd\",\"text\":\"No date.\"}",
        "{\"id\":7,\"published_at\":\"2026-02-05T00:00:00Z\",\"text\":\"x\"}",
        GOOD_2));

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.ids()).containsExactly("n1", "n2");
    assertThat(got.problems).extracting(Problem::location).containsExactly(
        file + ":2", file + ":3", file + ":4", file + ":5", file + ":6");
    assertThat(got.problems).extracting(Problem::reason).containsExactly(
        "not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
        "not a JSON object",
        "no \"text\"",
        "no \"published_at\"",
        "\"id\" is not a string");
  }

  @Test
  void aLineOverTheLimitIsReportedAndTheNextLineIsStillRead() throws IOException {
    String huge = "{\"id\":\"big\",\"published_at\":\"2026-02-01\",\"text\":\""
        + "a".repeat(JsonLinesSource.MAX_LINE_CHARS) + "\"}";
    Path file = Files.writeString(dir.resolve("big.jsonl"), huge + "\n" + GOOD_2 + "\n");

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.ids()).containsExactly("n2");
    assertThat(got.problemLines()).containsExactly(
        file + ":1: line longer than " + JsonLinesSource.MAX_LINE_CHARS + " characters");
  }

  @Test
  void articlesWithoutIdGetAStableOneFromTheirUrlOrText() throws IOException {
    Path file = Files.writeString(dir.resolve("noid.jsonl"),
        "{\"url\":\"https://x.example/1\",\"published_at\":\"2026-02-01\",\"text\":\"A.\"}\n"
            + "{\"published_at\":\"2026-02-01\",\"text\":\"B.\"}\n");

    Collected first = Collected.from(Sources.open(file.toString()));
    Collected again = Collected.from(Sources.open(file.toString()));

    assertThat(first.ids().get(0)).isEqualTo("https://x.example/1");
    assertThat(first.ids().get(1)).startsWith("sha256-").hasSize(7 + 32);
    assertThat(again.ids()).isEqualTo(first.ids());
  }

  @Test
  void aMissingSourceIsTheUrlsHostOrElseTheFileNameAndEpochMillisAreTimes() throws IOException {
    Path file = Files.writeString(dir.resolve("wire.jsonl"),
        "{\"id\":\"u\",\"url\":\"https://andes-daily.example/a\",\"published_at\":1770000000000,\"text\":\"A.\"}\n"
            + "{\"id\":\"f\",\"published_at\":\"2026-02-01T00:00:00Z\",\"text\":\"B.\"}\n");

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.articles).extracting(a -> a.source()).containsExactly("andes-daily.example", "wire.jsonl");
    assertThat(got.articles.get(0).publishedAt()).isEqualTo(Instant.ofEpochMilli(1_770_000_000_000L));
  }
}
