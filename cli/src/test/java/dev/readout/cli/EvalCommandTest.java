package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  private static final String GOLD = """
      {"id": "a1", "source": "Test Wire", "published_at": "2025-02-15T23:00:00Z",
       "events": [
        {"type": "CALL", "status": "OCCURRED", "date": "2025-02-12", "date_precision": "DAY",
         "participants": ["Donald Trump", "Vladimir Putin"], "countries": ["USA", "RUS"],
         "cluster": "call-1", "evidence": "the weather report"}]}
      """;

  private static final String PERFECT = """
      {"id":"m1","event_id":"evt-1","article_id":"a1","source":"Test Wire","url":null,\
      "published_at":"2025-02-15T23:00:00Z","type":"CALL","mode":"PHONE","status":"OCCURRED",\
      "participants":[{"id":"person:donald-trump","name":"Donald Trump","kind":"PERSON","title":null,"country":"USA","mention":"Trump"},\
      {"id":"person:vladimir-putin","name":"Vladimir Putin","kind":"PERSON","title":null,"country":"RUS","mention":"Putin"}],\
      "speaker":null,"quote":null,"date":"2025-02-12","date_precision":"DAY","date_text":"Wednesday","location":null,\
      "trigger":"spoke","sentence":"Trump spoke with Putin.","char_start":0,"char_end":23,"confidence":0.9,"extractor_version":"test"}
      """;

  @TempDir Path dir;

  @BeforeEach
  void corpus() throws IOException {
    // No names and no diplomatic verbs: no engine finds the gold call in this text.
    Files.writeString(dir.resolve("a1.txt"), "Rain is expected over the weekend in most of the region.\n");
    Files.writeString(dir.resolve("a1.json"), GOLD);
  }

  @Test
  void aPerfectPredictionsFileScoresOne() throws IOException {
    Path predictions = Files.writeString(dir.resolve("predictions.jsonl"), PERFECT);

    CommandRun run = CommandRun.readout("eval", dir.toString(), "--predictions", predictions.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Scored 1 articles");
    assertThat(run.out()).containsPattern("CALL\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\s+0\\s+0");
    assertThat(run.out()).containsPattern("overall\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    assertThat(run.out()).contains("status", "100.0%");
  }

  @Test
  void theEngineRunsOnEveryArticleAndMissesAreListedWithEvidence() {
    CommandRun run = CommandRun.readout("eval", dir.toString(), "--errors");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("1/1 a1");
    assertThat(run.out()).containsPattern("CALL\\s+-\\s+0\\.000\\s+-\\s+0\\s+0\\s+1");
    assertThat(run.out()).contains("MISSED").contains("Donald Trump, Vladimir Putin").contains("the weather report");
  }

  @Test
  void jsonOutputCarriesTheScores() throws IOException {
    Path predictions = Files.writeString(dir.resolve("predictions.jsonl"), PERFECT);

    CommandRun run = CommandRun.readout("eval", dir.toString(), "--json", "--predictions", predictions.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(report.at("/overall/f1").asDouble()).isEqualTo(1.0);
    assertThat(report.at("/by_type/CALL/tp").asInt()).isEqualTo(1);
    assertThat(report.at("/by_type/MEETING/precision").isNull()).isTrue();
  }

  @Test
  void failUnderTurnsALowScoreIntoAFailingExitStatus() throws IOException {
    Path predictions = Files.writeString(dir.resolve("predictions.jsonl"), PERFECT);

    CommandRun perfect = CommandRun.readout("eval", dir.toString(), "--predictions", predictions.toString(), "--fail-under", "0.9");
    CommandRun none = CommandRun.readout("eval", dir.toString(), "--fail-under", "0.5");

    assertThat(perfect.exitCode()).as(perfect.err()).isZero();
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).contains("below --fail-under 0.500");
  }

  @Test
  void aMissingDirectoryIsAClearError() {
    CommandRun run = CommandRun.readout("eval", dir.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere").contains("not a directory");
  }

  @Test
  void unreadableGoldJsonIsAClearErrorNamingTheFile() throws IOException {
    Files.writeString(dir.resolve("a1.json"), "{\"id\": \"a1\", \"events\": [ {");

    CommandRun run = CommandRun.readout("eval", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("a1.json").contains("not valid JSON");
  }

  @Test
  void aBadPredictionsLineIsAClearErrorNamingTheLine() throws IOException {
    Path predictions = Files.writeString(dir.resolve("predictions.jsonl"), PERFECT + "{\"id\": 3}\n");

    CommandRun run = CommandRun.readout("eval", dir.toString(), "--predictions", predictions.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("predictions.jsonl line 2");
  }

  @Test
  void articlesWithoutGoldAreSkippedWithAWarning() throws IOException {
    Files.writeString(dir.resolve("b2.txt"), "No gold for this one.");

    CommandRun run = CommandRun.readout("eval", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("skipping b2.txt");
    assertThat(run.out()).contains("Scored 1 articles");
  }
}
