package dev.readout.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Makes any number of distinct raw articles (the JSON ingest reads) from template articles: the
 * sample feed and the corpus.
 *
 * <p>Each generated article opens with one template's first sentence (so it reads like news and
 * its lead event is found) followed by sentences drawn at random from the templates, and is
 * published at its own point on a time line that spreads articles over days. Mixing sentences
 * keeps 3-word-shingle similarity between two generated articles low, so ingest's near-duplicate
 * detection does not drop them. Deterministic for a seed.
 *
 * <p>Like a real feed, the time line follows a few stories at once: {@code stories} templates are
 * in the news for {@link #STORY_DAYS} days of publication time, then the next ones in a seeded
 * rotation, and an article draws from the stories in the news only. A story's events are then
 * reported by a few dozen articles over a few days and come back weeks later. With
 * {@code stories} 0 every article mixes every template: the same undated sentences recur all
 * along the time line and fusion chains them into a few events of thousands of mentions spanning
 * months, a stress test that no real feed resembles.
 */
public final class ArticleGenerator {

  /** Sentences after the lead: a typical news article's length. */
  private static final int MIN_EXTRA_SENTENCES = 8;
  private static final int MAX_EXTRA_SENTENCES = 16;
  /** Gap between two generated articles' publication times. */
  private static final Duration SPACING = Duration.ofMinutes(90);
  /** How long a story stays in the news, in publication time. */
  static final int STORY_DAYS = 4;
  /** The bench's default: stories in the news at once. */
  public static final int DEFAULT_STORIES = 6;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Template> templates;
  private final List<String> sentences;
  /** Template indexes in their order of rotation through the news. */
  private final int[] rotation;
  private final int stories;
  private final String runId;
  private final Instant firstPublished;
  private final SplittableRandom random;

  /** A template article: its source, lead paragraph and sentences. */
  public record Template(String id, String source, String lead, List<String> sentences) {}

  /**
   * @param templates at least one
   * @param runId distinguishes this run's ids from earlier runs' ({@code bench-<runId>-<n>})
   * @param count how many articles will be drawn (the time line ends about now)
   * @param stories templates in the news at once; 0 mixes all of them in every article
   */
  public ArticleGenerator(List<Template> templates, String runId, int count, long seed, int stories) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no template articles to generate from");
    }
    if (stories < 0) {
      throw new IllegalArgumentException("stories must be 0 (all at once) or more, got " + stories);
    }
    this.templates = List.copyOf(templates);
    this.stories = stories == 0 || stories >= templates.size() ? 0 : stories;
    this.sentences = templates.stream().flatMap(t -> t.sentences().stream()).toList();
    this.runId = runId;
    // Ingest clamps publication times in the future: the line ends an hour before now.
    this.firstPublished = Instant.now().minus(Duration.ofHours(1)).minus(SPACING.multipliedBy(count));
    this.random = new SplittableRandom(seed);
    this.rotation = shuffled(templates.size(), new SplittableRandom(seed ^ 0x5DEECE66DL));
  }

  /** {@link #DEFAULT_STORIES} stories at once. */
  public ArticleGenerator(List<Template> templates, String runId, int count, long seed) {
    this(templates, runId, count, seed, DEFAULT_STORIES);
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /**
   * The templates in the news when article {@code n} is published: the next {@code stories} of the
   * rotation every {@link #STORY_DAYS} days, so consecutive periods share no story.
   */
  List<Template> inTheNews(int n) {
    if (stories == 0) {
      return templates;
    }
    long period = SPACING.multipliedBy(n).toMinutes() / Duration.ofDays(STORY_DAYS).toMinutes();
    List<Template> out = new ArrayList<>(stories);
    for (int k = 0; k < stories; k++) {
      out.add(templates.get(rotation[(int) ((period * stories + k) % templates.size())]));
    }
    return out;
  }

  /** Templates from directories of {@code <id>.txt} + optional {@code <id>.json} (source). */
  public static List<Template> load(List<Path> directories) {
    List<Template> out = new ArrayList<>();
    for (Path dir : directories) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("template directory " + dir.toAbsolutePath() + " does not exist");
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path txt : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
          out.add(template(txt));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
    }
    return out;
  }

  private static Template template(Path txt) throws IOException {
    String name = txt.getFileName().toString();
    String id = name.substring(0, name.length() - ".txt".length());
    String text = Files.readString(txt, StandardCharsets.UTF_8).strip();
    Path meta = txt.resolveSibling(id + ".json");
    String source = "Bench Wire";
    if (Files.isRegularFile(meta)) {
      JsonNode node = JSON.readTree(meta.toFile());
      source = node.path("source").asText(source);
    }
    List<String> sentences = sentences(text);
    String lead = sentences.isEmpty() ? text : sentences.get(0);
    return new Template(id, source, lead, sentences);
  }

  static List<String> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (s.length() > 20) {
        out.add(s);
      }
    }
    return out;
  }

  /** The id of article {@code n}. */
  public String id(int n) {
    return "bench-" + runId + "-" + n;
  }

  /** Article {@code n} (0-based), as raw JSON bytes. */
  public Generated next(int n) {
    List<Template> news = inTheNews(n);
    List<String> pool = stories == 0 ? sentences : news.stream().flatMap(t -> t.sentences().stream()).toList();
    Template lead = news.get(random.nextInt(news.size()));
    StringBuilder text = new StringBuilder(lead.lead()).append("\n\n");
    int extra = MIN_EXTRA_SENTENCES + random.nextInt(MAX_EXTRA_SENTENCES - MIN_EXTRA_SENTENCES + 1);
    for (int i = 0; i < extra && !pool.isEmpty(); i++) {
      text.append(pool.get(random.nextInt(pool.size())));
      text.append(i % 3 == 2 ? "\n\n" : " ");
    }
    Instant published = firstPublished.plus(SPACING.multipliedBy(n));
    String id = id(n);
    ObjectNode json = JSON.createObjectNode()
        .put("id", id)
        .put("source", lead.source())
        .put("url", "https://bench.readout.example/" + runId + "/" + n)
        .put("published_at", published.toString())
        .put("text", text.toString().strip());
    try {
      return new Generated(id, published, text.toString().strip(), JSON.writeValueAsBytes(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One generated article: its id, publication time, text and the raw record value. */
  public record Generated(String id, Instant publishedAt, String text, byte[] json) {}
}
