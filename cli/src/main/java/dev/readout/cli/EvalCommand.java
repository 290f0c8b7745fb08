package dev.readout.cli;

import dev.readout.extract.engine.ExtractionEngine;
import dev.readout.extract.eval.ArticleFiles;
import dev.readout.extract.eval.BatchExtractor;
import dev.readout.extract.eval.EvalReport;
import dev.readout.extract.eval.EvalReportFormat;
import dev.readout.extract.eval.Evaluator;
import dev.readout.extract.eval.GoldArticle;
import dev.readout.extract.eval.GoldFiles;
import dev.readout.extract.eval.GoldFormatException;
import dev.readout.extract.eval.LoadedArticle;
import dev.readout.extract.fusion.Fuser;
import dev.readout.extract.json.MentionLines;
import dev.readout.extract.json.RecordJson;
import dev.readout.schemas.avro.EventMention;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout eval}: runs the engine on an annotated corpus and scores it against the gold events. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    header = "Scores the engine on an annotated corpus: P/R/F1, field accuracy, fusion, errors.",
    description = "Runs the engine on every <id>.txt of DIR and scores its mentions against the gold events in"
        + " <id>.json (EVENTS.md \"Scoring\", docs/EVALUATION.md): precision, recall and F1 per type, field"
        + " accuracies on matched pairs, cross-article same-event pairs, and with --errors every miss, spurious"
        + " prediction, wrong field and wrong fusion.",
    footer = {"", "Examples:",
      "  readout eval ../shared/corpus --errors",
      "  readout extract ../shared/corpus > mentions.jsonl",
      "  readout eval ../shared/corpus --predictions mentions.jsonl"})
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Directory of <id>.txt articles with <id>.json gold files.")
  Path dir;

  @Option(names = "--errors", description = "List every error with its article and evidence.")
  boolean errors;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Score these mentions (one JSON object per line, as `readout extract` prints) instead of running the engine.")
  Path predictions;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "An extra gazetteer file for the engine (repeatable).")
  List<Path> gazetteers = new ArrayList<>();

  @Option(names = "--fail-under", paramLabel = "F1",
      description = "Exit with status 1 when the overall F1 is below this (0 to 1), so CI can guard against regressions.")
  Double failUnder;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (failUnder != null && (failUnder < 0 || failUnder > 1)) {
        throw new IllegalArgumentException("--fail-under must be between 0 and 1, not " + failUnder);
      }
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(dir + ": not a directory");
      }
      List<GoldArticle> gold = new ArrayList<>();
      List<LoadedArticle> articles = new ArrayList<>();
      ArticleFiles.Defaults defaults = new ArticleFiles.Defaults(null, null, Instant.now());
      for (Path text : ArticleFiles.expand(List.of(dir))) {
        Path goldFile = ArticleFiles.metadataOf(text);
        if (!Files.isRegularFile(goldFile)) {
          err.println("readout eval: skipping " + text.getFileName() + ": no gold file " + goldFile.getFileName());
          continue;
        }
        gold.add(GoldFiles.read(goldFile));
        articles.add(ArticleFiles.read(text, defaults));
      }
      if (gold.isEmpty()) {
        throw new IllegalArgumentException(dir + ": no article has a gold <id>.json beside its <id>.txt");
      }
      List<EventMention> mentions;
      if (predictions != null) {
        mentions = MentionLines.read(predictions);
      } else {
        ExtractionEngine engine = ExtractionEngine.create(gazetteers);
        mentions = new BatchExtractor(engine, new Fuser()).run(articles, p -> {
          err.printf("readout eval: %d/%d %s: %d mention(s)%n", p.done(), p.total(), p.article().input().id(), p.mentions());
          err.flush();
        });
      }
      EvalReport report = Evaluator.evaluate(gold, mentions);
      if (json) {
        out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(EvalReportFormat.json(report, errors)));
      } else {
        out.print(EvalReportFormat.text(report, errors));
      }
      out.flush();
      double f1 = report.overall().f1();
      if (failUnder != null && (Double.isNaN(f1) || f1 < failUnder)) {
        err.printf("readout eval: overall F1 %.3f is below --fail-under %.3f%n", f1, failUnder);
        return 1;
      }
      return 0;
    } catch (IllegalArgumentException | UncheckedIOException | GoldFormatException e) {
      err.println("readout eval: " + e.getMessage());
      return 2;
    }
  }
}
