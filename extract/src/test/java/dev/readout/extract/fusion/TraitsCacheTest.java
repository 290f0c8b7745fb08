package dev.readout.extract.fusion;

import static dev.readout.extract.testing.Mentions.person;
import static dev.readout.extract.testing.Mentions.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventMention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TraitsCacheTest {

  private static EventMention remark(String id, String quote) {
    return statement(id, "a", "2025-03-04T12:00:00Z", LocalDate.parse("2025-03-04"), person("Penny Wong", "AUS"), quote);
  }

  @Test
  void anEqualMentionIsReadOnce() {
    TraitsCache cache = new TraitsCache(10);

    MentionTraits first = cache.of(remark("m-1", "Australia will stand with the Pacific family"));

    assertThat(cache.of(remark("m-1", "Australia will stand with the Pacific family"))).isSameAs(first);
  }

  @Test
  void aChangedMentionUnderTheSameIdIsReadAgain() {
    TraitsCache cache = new TraitsCache(10);

    cache.of(remark("m-1", "Australia will stand with the Pacific family"));

    assertThat(cache.of(remark("m-1", "Tariffs on barley are lifted")).quoteWords().content()).contains("barley");
  }

  @Test
  void itNeverHoldsMoreThanItsCapacity() {
    TraitsCache cache = new TraitsCache(3);

    for (int i = 0; i < 10; i++) {
      cache.of(remark("m-" + i, "remark number " + i));
      assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
  }
}
