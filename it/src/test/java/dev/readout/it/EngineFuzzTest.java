package dev.readout.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readout.extract.engine.ArticleInput;
import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.schemas.avro.EventMention;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine on generated text: news-like word salad from its own vocabulary, any Unicode,
 * quote and bracket soup. Every call returns within {@link #BOUND} and never throws, and every
 * mention's evidence lies inside the text.
 */
class EngineFuzzTest {

  /** Generous for a 2-core machine shared with builds; an article takes milliseconds. */
  private static final Duration BOUND = Duration.ofSeconds(2);
  private static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();
  private static final Instant PUBLISHED = Instant.parse("2025-02-16T09:00:00Z");

  private static final List<String> VOCABULARY = List.of(
      "Rubio", "Lavrov", "Marco", "Sergey", "Zelenskyy", "Putin", "Trump", "Macron", "Xi", "Modi", "Secretary", "of", "State",
      "Foreign", "Minister", "President", "Prime", "spokesperson", "said", "told", "met", "meets", "will", "meet", "spoke",
      "by", "phone", "with", "call", "talks", "in", "Riyadh", "Munich", "Kyiv", "Moscow", "Washington", "on", "Tuesday",
      "Monday", "last", "week", "next", "month", "February", "12", "2025", "the", "and", "U.S.", "Russia", "Ukraine",
      "NATO", "EU", "he", "she", "they", "added", "according", "to", "\"", "'", "\u201c", "\u201d", ",", ".", ";", ":",
      "(", ")", "-", "\u2014", "\n", "\n\n", "Mr.", "Dr.", "St.", "Gen.", "visit", "summit", "negotiations", "planned",
      "could", "expected", "scheduled", "wants", "hosted", "held", "video", "conference", "statement", "wrote", "posted");

  @Property(tries = 150)
  void newsLikeWordSaladIsExtractedInBoundedTimeWithoutThrowing(@ForAll("wordSalad") String text) {
    extractWithinBound(text);
  }

  @Property(tries = 100)
  void anyUnicodeTextIsExtractedInBoundedTimeWithoutThrowing(@ForAll("unicode") String text) {
    extractWithinBound(text);
  }

  @Property(tries = 60)
  void quoteAndBracketSoupIsExtractedInBoundedTimeWithoutThrowing(@ForAll("quoteSoup") String text) {
    extractWithinBound(text);
  }

  /** Found by the properties above: an attribution verb as the text's last token read past the end. */
  @net.jqwik.api.Example
  void textEndingOrStartingInAnAttributionVerbIsExtractedWithoutThrowing() {
    for (String text : List.of("said", "Rubio said ", "he added, Rubio said", "said Rubio.", ". she : Macron Putin wrote")) {
      extractWithinBound(text);
    }
  }

  private static void extractWithinBound(String text) {
    List<EventMention> mentions = assertTimeoutPreemptively(BOUND,
        () -> ENGINE.extract(new ArticleInput("fuzz", text, PUBLISHED, "Fuzz Wire", null)),
        () -> "extract took over " + BOUND.toMillis() + " ms on " + text.length() + " chars: " + preview(text));
    assertThat(mentions).as("mentions of %s", preview(text)).isNotNull();
    for (EventMention m : mentions) {
      assertThat(m.getCharStart()).as("evidence start of %s", m.getId()).isBetween(0, text.length());
      assertThat(m.getCharEnd()).as("evidence end of %s", m.getId()).isBetween(m.getCharStart(), text.length());
      assertThat(m.getArticleId()).isEqualTo("fuzz");
    }
  }

  private static String preview(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  @Provide
  Arbitrary<String> wordSalad() {
    return Arbitraries.of(VOCABULARY).list().ofMinSize(0).ofMaxSize(3000).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMinLength(0).ofMaxLength(5000);
  }

  @Provide
  Arbitrary<String> quoteSoup() {
    Arbitrary<String> unit = Arbitraries.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "(", ")", "[", "]",
        "Rubio said ", "Lavrov met ", "\"We will ", "he added, ", " ", ".", "\n");
    Arbitrary<Integer> repeat = Arbitraries.integers().between(1, 2000);
    return Combinators.combine(unit.list().ofMinSize(1).ofMaxSize(20), repeat)
        .as((parts, n) -> String.join("", parts).repeat(Math.max(1, n / Math.max(1, parts.size()))));
  }
}
