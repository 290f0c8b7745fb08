package dev.readout.cli;

import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.eval.ArticleFiles;
import dev.readout.extract.eval.BatchExtractor;
import dev.readout.extract.eval.LoadedArticle;
import dev.readout.extract.fusion.Fuser;
import dev.readout.extract.json.RecordJson;
import dev.readout.schemas.avro.EventMention;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code readout extract}: articles in, one JSON mention per line out, fused across the inputs. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    header = "Extracts events from article files or stdin as JSON lines, fused across the inputs.",
    description = {
      "Extracts meetings, calls and statements from articles and prints one JSON object per mention per line.",
      "Mentions of the same event across the given articles share an event_id.",
      "A directory is read as <id>.txt articles; a <id>.json beside one gives its id, source, url and published_at."
    },
    footer = {"", "Examples:",
      "  readout extract ../shared/corpus",
      "  readout extract article.txt --published 2025-02-15T23:00:00Z --source Reuters",
      "  curl -s https://example.org/a.txt | readout extract - --published 2025-02-15"})
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*",
      description = "Article text files, directories of <id>.txt, or - for one article on standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--published", paramLabel = "ISO", converter = InstantConverter.class,
      description = "Publication time for articles without metadata; relative dates (\"Saturday\") resolve against it. Default: now.")
  Instant published;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet for articles without metadata.")
  String source;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "An extra gazetteer file for the engine (repeatable).")
  List<Path> gazetteers = new ArrayList<>();

  InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ArticleFiles.Defaults defaults = new ArticleFiles.Defaults(published, source, Instant.now());
      List<LoadedArticle> articles = new ArrayList<>();
      List<Path> paths = new ArrayList<>();
      for (String input : inputs) {
        if (input.equals("-")) {
          articles.add(ArticleFiles.read(stdin, defaults));
        } else {
          paths.add(Path.of(input));
        }
      }
      for (Path file : ArticleFiles.expand(paths)) {
        articles.add(ArticleFiles.read(file, defaults));
      }
      ExtractionEngine engine = ExtractionEngine.create(gazetteers);
      long assumed = articles.stream().filter(LoadedArticle::publishedAtAssumed).count();
      if (assumed > 0) {
        err.printf("readout extract: %d article(s) without metadata or --published: published_at is now (%s); "
            + "relative dates resolve against it%n", assumed, defaults.now());
      }
      List<EventMention> mentions = new BatchExtractor(engine, new Fuser()).run(articles, p -> {
        if (p.total() > 1) {
          err.printf("readout extract: %d/%d %s: %d mention(s)%n", p.done(), p.total(), p.article().input().id(), p.mentions());
          err.flush();
        }
      });
      mentions.forEach(m -> out.println(RecordJson.toLine(m)));
      out.flush();
      long events = mentions.stream().map(EventMention::getEventId).distinct().count();
      err.printf("readout extract: %d article(s), %d mention(s), %d event(s)%n",
          articles.size(), mentions.size(), mentions.isEmpty() ? 0 : events);
      return 0;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("readout extract: " + e.getMessage());
      return 2;
    }
  }
}
