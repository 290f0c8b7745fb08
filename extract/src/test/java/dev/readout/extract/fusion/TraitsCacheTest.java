package dev.readout.extract.fusion;

import static dev.readout.extract.testing.Mentions.person;
import static dev.readout.extract.testing.Mentions.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

  @Test
  void aMentionComparedAgainAndAgainStaysWhileOthersAgeOut() {
    TraitsCache cache = new TraitsCache(4);
    EventMention busy = remark("m-busy", "Australia will stand with the Pacific family");
    MentionTraits first = cache.of(busy);

    for (int i = 0; i < 20; i++) {
      cache.of(remark("m-" + i, "remark number " + i));
      assertThat(cache.of(busy)).as("traits of the busy mention after %d others", i + 1).isSameAs(first);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(4);
  }

  @Test
  void threadsSharingASmallCacheGetTheTraitsOfTheMentionTheyAsk() throws Exception {
    TraitsCache cache = new TraitsCache(4);
    List<EventMention> remarks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Two versions per id, so a thread can find the other version under its id.
      remarks.add(remark("m-" + (i % 20), "remark " + i + " on barley tariffs number " + i));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(threads.submit(() -> {
          for (int round = 0; round < 200; round++) {
            for (EventMention m : remarks) {
              if (!cache.of(m).equals(MentionTraits.of(m))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(1, TimeUnit.MINUTES)).as("every thread got the traits of the very mention it asked for").isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(cache.size()).isLessThanOrEqualTo(4 + 4);
  }
}
