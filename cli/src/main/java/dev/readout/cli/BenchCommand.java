package dev.readout.cli;

import dev.readout.bench.ArticleGenerator;
import dev.readout.bench.Bench;
import dev.readout.bench.BenchOptions;
import dev.readout.bench.BenchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./readout bench}: the end-to-end load harness (module readout-bench). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes N generated articles to readout.articles.raw at a target rate,",
      "through ingest and extract (started in this JVM unless --services-elsewhere),",
      "and reports sustained throughput, latency from publish to the first event",
      "upsert (p50/p95/p99/max), consumer lag, CPU and memory per service, and the",
      "engine and Avro serde timed alone. Without --bootstrap-servers a local broker",
      "and registry are started for the run (temporary data).",
      "Articles come from the sample feed and the corpus: a template's first sentence",
      "plus random sentences of the templates in the news (--stories at a time, each",
      "for 4 days of publication time), fresh ids, publication times 90 min apart, so",
      "ingest sees no duplicates. Method and figures: docs/BENCHMARKS.md.",
      "",
      "Examples:",
      "  ./readout bench --articles 600 --rate max",
      "  ./readout bench --articles 500 --rate 50 --json target/bench-50.json",
      "  ./readout bench --articles 600 --extract-instances 2 --partitions 12"
    })
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Articles to publish (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--rate", paramLabel = "R|max", defaultValue = "max", description = "Articles per second, or max (default ${DEFAULT-VALUE}).")
  String rate;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "Use this cluster instead of starting a local stack.")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Its Schema Registry (with --bootstrap-servers).")
  String schemaRegistryUrl;

  @Option(names = "--services-elsewhere", description = "Ingest and extract already run against the cluster: only publish and measure.")
  boolean servicesElsewhere;

  @Option(names = "--extract-instances", paramLabel = "K", defaultValue = "1", description = "Extract instances started in process (default ${DEFAULT-VALUE}).")
  int extractInstances;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0", description = "Partitions of every topic the run creates: the inputs, readout.mentions and the event topics (default: the services' 6; internal topics follow their input).")
  int partitions;

  @Option(names = "--templates", paramLabel = "DIR", split = ",", description = "Directories of template articles (<id>.txt + <id>.json; default samples/feed and ../shared/corpus where present).")
  List<Path> templates;

  @Option(names = "--component-sample", paramLabel = "N", defaultValue = "300", description = "Articles to time the engine and serde alone on before the run; 0 skips (default ${DEFAULT-VALUE}).")
  int componentSample;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10", description = "Articles published in the first SECONDS are left out of the after-warm-up latency (JIT, first commits); the overall latency keeps them (default ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(names = "--stories", paramLabel = "K", defaultValue = "" + ArticleGenerator.DEFAULT_STORIES, description = "Template articles in the news at once, rotating every 4 days of publication time; 0 mixes all templates in every article, which chains events over the whole run (a stress test; default ${DEFAULT-VALUE}).")
  int stories;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Longest wait for the pipeline to settle after the last article (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A further service setting (security, streams.*, ingest.*); repeatable.")
  Map<String, String> settings = new HashMap<>();

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
  Path json;

  @Override
  public Integer call() throws Exception {
    double r;
    if (rate.equalsIgnoreCase("max")) {
      r = 0;
    } else {
      try {
        r = Double.parseDouble(rate);
      } catch (NumberFormatException e) {
        throw new ParameterException(spec.commandLine(), "--rate must be a number of articles per second or max, got '" + rate + "'");
      }
      if (!(r > 0)) {
        throw new ParameterException(spec.commandLine(), "--rate must be above 0, got " + rate);
      }
    }
    BenchOptions options;
    try {
      options = new BenchOptions(articles, r, bootstrapServers, schemaRegistryUrl, !servicesElsewhere,
          extractInstances, partitions, templateDirs(), componentSample, timeoutSeconds, settings, warmupSeconds, stories);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    BenchReport report = new Bench(options, System.err).run();
    System.out.println();
    System.out.print(report.table());
    if (json != null) {
      report.writeJson(json);
      System.out.println("JSON report: " + json.toAbsolutePath());
    }
    return report.settled() ? 0 : 1;
  }

  private List<Path> templateDirs() {
    if (templates != null && !templates.isEmpty()) {
      return templates;
    }
    Path home = Path.of(System.getProperty("readout.home", "."));
    List<Path> found = new ArrayList<>();
    for (Path candidate : List.of(home.resolve("samples/feed"), home.resolve("../shared/corpus"))) {
      if (Files.isDirectory(candidate)) {
        found.add(candidate.normalize());
      }
    }
    if (found.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no template articles: samples/feed not found under " + home.toAbsolutePath() + "; give --templates DIR");
    }
    return found;
  }
}
