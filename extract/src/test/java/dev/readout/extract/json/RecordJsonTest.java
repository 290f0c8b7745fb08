package dev.readout.extract.json;

import static dev.readout.extract.testing.Mentions.person;
import static dev.readout.extract.testing.Mentions.place;
import static dev.readout.extract.testing.Mentions.statement;
import static dev.readout.extract.testing.Mentions.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  private final EventMention mention = with(
      statement("m1", "seed-000", "2025-02-15T23:00:00Z", LocalDate.parse("2025-02-15"),
          person("Volodymyr Zelenskyy", "UKR"), "Ukraine will never accept deals made behind our backs"),
      m -> {
        m.setEventId("evt-statement-1");
        m.setLocation(place("Munich", "DEU"));
      });

  @Test
  void aMentionUsesTheAvroFieldNamesAndReadableValues() {
    ObjectNode json = RecordJson.toNode(mention);

    assertThat(json.get("id").asText()).isEqualTo("m1");
    assertThat(json.get("event_id").asText()).isEqualTo("evt-statement-1");
    assertThat(json.get("article_id").asText()).isEqualTo("seed-000");
    assertThat(json.get("type").asText()).isEqualTo("STATEMENT");
    assertThat(json.get("date").asText()).isEqualTo("2025-02-15");
    assertThat(json.get("published_at").asText()).isEqualTo("2025-02-15T23:00:00Z");
    assertThat(json.get("speaker").get("name").asText()).isEqualTo("Volodymyr Zelenskyy");
    assertThat(json.get("speaker").get("kind").asText()).isEqualTo("PERSON");
    assertThat(json.get("location").get("country").asText()).isEqualTo("DEU");
    assertThat(json.get("participants").isArray()).isTrue();
    assertThat(json.has("url")).as("null fields are kept").isTrue();
    assertThat(json.get("url").isNull()).isTrue();
    assertThat(RecordJson.toLine(mention)).doesNotContain("\n");
  }

  @Test
  void aMentionReadsBackEqual() {
    assertThat(RecordJson.mention(RecordJson.toLine(mention))).isEqualTo(mention);
  }

  @Test
  void anEventReadsBackEqual() {
    Event event = Event.newBuilder()
        .setId("evt-call-1")
        .setType(EventType.CALL)
        .setMode("PHONE")
        .setSpeaker(null)
        .setQuote(null)
        .setLocation(null)
        .setStatus(EventStatus.OCCURRED)
        .setParticipants(List.of(person("Donald Trump", "USA"), person("Vladimir Putin", "RUS")))
        .setDate(LocalDate.parse("2025-02-12"))
        .setDatePrecision(DatePrecision.DAY)
        .setFirstReportedAt(Instant.parse("2025-02-12T18:00:00Z"))
        .setLastReportedAt(Instant.parse("2025-02-16T08:00:00Z"))
        .setMentionCount(3)
        .setSourceCount(2)
        .setArticleIds(List.of("a", "b"))
        .setMentionIds(List.of("a-1", "b-1", "b-2"))
        .setConfidence(0.93)
        .build();

    String line = RecordJson.toLine(event);

    assertThat(line).contains("\"first_reported_at\":\"2025-02-12T18:00:00Z\"");
    assertThat(RecordJson.event(line)).isEqualTo(event);
  }

  @Test
  void badInputFailsNamingTheField() {
    String line = RecordJson.toLine(mention).replace("\"STATEMENT\"", "\"SPEECH\"");

    assertThatThrownBy(() -> RecordJson.mention(line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mention.type")
        .hasMessageContaining("SPEECH");
    assertThatThrownBy(() -> RecordJson.mention("{\"id\": \"x\", \"colour\": 1}"))
        .hasMessageContaining("unknown field 'colour'");
    assertThatThrownBy(() -> RecordJson.mention("{nope")).hasMessageContaining("not valid JSON");
  }
}
