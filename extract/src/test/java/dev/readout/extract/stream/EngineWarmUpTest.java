package dev.readout.extract.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.fusion.Fuser;
import dev.readout.extract.testing.SharedEngine;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EngineWarmUpTest {

  @Test
  void builtInArticlesGiveTheEngineEveryKindOfEventToCompile() {
    Set<EventType> types = new HashSet<>();
    Function<ArticleInput, List<EventMention>> engine = article -> {
      List<EventMention> mentions = SharedEngine.engine().extract(article);
      mentions.forEach(m -> types.add(m.getType()));
      return mentions;
    };

    EngineWarmUp.Result result = new EngineWarmUp(engine, MentionFusion.of(new Fuser())).run(Duration.ofMillis(300));

    assertThat(result.articles()).as("articles extracted within the budget").isPositive();
    assertThat(result.mentions()).as("mentions the built-in articles gave").isPositive();
    assertThat(types).as("event types the warm-up exercised").containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void stopsWhenTheBudgetIsSpentAndGivesEachArticleAFreshId() {
    AtomicInteger calls = new AtomicInteger();
    List<String> ids = new ArrayList<>();
    Function<ArticleInput, List<EventMention>> slow = article -> {
      calls.incrementAndGet();
      ids.add(article.id());
      sleep(20);
      return List.of();
    };

    EngineWarmUp.Result result = new EngineWarmUp(slow, MentionFusion.of(new Fuser())).run(Duration.ofMillis(200));

    assertThat(result.took()).as("time spent against a 200 ms budget").isLessThan(Duration.ofMillis(200 + 2_000));
    assertThat(result.articles()).isEqualTo(calls.get()).isBetween(1, 11);
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void aZeroBudgetDoesNothing() {
    AtomicInteger calls = new AtomicInteger();
    EngineWarmUp warmUp = new EngineWarmUp(a -> {
      calls.incrementAndGet();
      return List.of();
    }, MentionFusion.of(new Fuser()));

    assertThat(warmUp.run(Duration.ZERO).articles()).isZero();
    assertThat(calls).hasValue(0);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
