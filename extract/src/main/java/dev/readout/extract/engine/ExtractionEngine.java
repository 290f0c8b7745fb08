package dev.readout.extract.engine;

import dev.readout.extract.engine.actors.ActorRecognizer;
import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.actors.AnalyzedArticle;
import dev.readout.extract.engine.actors.ArticleMemory;
import dev.readout.extract.engine.events.Candidate;
import dev.readout.extract.engine.events.CandidateMerger;
import dev.readout.extract.engine.events.InteractionFinder;
import dev.readout.extract.engine.events.StatementFinder;
import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.place.PlaceFinder;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.EnglishCheck;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.schemas.avro.EventMention;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns one article into the meetings, calls and statements it reports. Thread-safe once built;
 * loads its gazetteers once. No Kafka here: the CLI, benchmarks and stream share it.
 *
 * <p>One article passes once through a fixed line of stages: text (tokens, sentences, quotations)
 * → actors (gazetteers, titles, coreference) → event candidates (statements, then meetings and
 * calls) → status, date, place, confidence → one mention per event of the article.
 */
public final class ExtractionEngine {

  /** Written into every mention's {@code extractor_version}. */
  public static final String VERSION = "0.2.0";

  /** Only this many characters of an article are read: bounds the work on hostile input. */
  public static final int MAX_TEXT_CHARS = 100_000;

  private final ActorRecognizer actors;
  private final StatementFinder statements = new StatementFinder();
  private final InteractionFinder interactions;
  private final CandidateCompleter completer;

  private ExtractionEngine(Gazetteer gazetteer) {
    this.actors = new ActorRecognizer(gazetteer);
    this.interactions = new InteractionFinder(gazetteer);
    this.completer = new CandidateCompleter(new PlaceFinder(gazetteer));
  }

  /** The engine with the built-in gazetteers. */
  public static ExtractionEngine createDefault() {
    return new ExtractionEngine(Gazetteer.builtIn());
  }

  /**
   * The engine with the built-in gazetteers extended by the user's own files (same TSV formats,
   * recognized by their header).
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static ExtractionEngine create(List<Path> userGazetteers) {
    return new ExtractionEngine(Gazetteer.load(userGazetteers));
  }

  /** The mentions of one article; empty (never an error) for text with no events or not English. */
  public List<EventMention> extract(ArticleInput article) {
    if (article == null || article.text() == null || article.text().isBlank()) {
      return List.of();
    }
    try {
      return run(article);
    } catch (RuntimeException e) {
      // Article text is untrusted: a shape no rule foresaw must cost this article its mentions,
      // never the caller (a stream thread, a batch) its run. Tests pin every case found.
      return List.of();
    }
  }

  private List<EventMention> run(ArticleInput article) {
    String text = article.text().length() > MAX_TEXT_CHARS
        ? article.text().substring(0, MAX_TEXT_CHARS)
        : article.text();
    Instant published = article.publishedAt() == null ? Instant.EPOCH : article.publishedAt();
    Document doc = TextSplitter.split(text);
    if (!EnglishCheck.isEnglish(doc.tokens())) {
      return List.of(); // the rules are English rules
    }
    ArticleMemory memory = new ArticleMemory();
    List<List<ActorSpan>> spans = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      spans.add(actors.recognize(doc, s, memory));
    }
    AnalyzedArticle analyzed = new AnalyzedArticle(article.id(), doc, spans, published);
    List<Candidate> said = statements.find(analyzed);
    List<Candidate> met = interactions.find(analyzed, said);
    completer.complete(doc, spans, said, met, LocalDate.ofInstant(published, ZoneOffset.UTC));
    List<Candidate> all = new ArrayList<>(CandidateMerger.merge(met));
    all.addAll(said);
    all.sort(Comparator.comparingInt((Candidate c) -> c.sentence).thenComparingInt(c -> c.trigger));
    List<EventMention> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      out.add(MentionFactory.build(article, doc, c));
    }
    return out;
  }
}
