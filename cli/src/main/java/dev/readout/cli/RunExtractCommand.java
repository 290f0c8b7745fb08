package dev.readout.cli;

import dev.readout.extract.stream.ExtractService;
import dev.readout.runtime.GracefulShutdown;
import dev.readout.runtime.ReadoutConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./readout run extract}: the extract service. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads Article records from readout.articles, extracts the meetings, calls and statements they"
          + " report, fuses mentions of the same event across articles, and writes readout.mentions"
          + " (key = mention id, with event_id) and the compacted readout.events.meeting|call|statement"
          + " topics (key = event id; a tombstone when an event is merged into another).",
      "Near-duplicate articles (duplicate_of) are extracted but not fused, so copies do not count twice.",
      "Articles the engine fails on go to readout.mentions.dlq with their original bytes and the reason"
          + " in the headers. Creates its topics when missing. Health and metrics on http://127.0.0.1:"
          + ExtractService.DEFAULT_HTTP_PORT + " unless --http-port says otherwise."
    },
    footer = {
      "",
      "Examples:",
      "  ./readout run extract",
      "  ./readout run extract --gazetteer my-actors.tsv --http-port 0",
      "  READOUT_BOOTSTRAP_SERVERS=kafka:9092 ./readout run extract --config prod.properties"
    })
public final class RunExtractCommand implements Callable<Integer> {

  @Mixin RunCommand.ServiceOptions options;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "A gazetteer file of your own, added to the built-in ones; repeatable.")
  List<Path> gazetteers = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ReadoutConfig config;
    ExtractService extract;
    try {
      config = options.config();
      extract = ExtractService.create(config, gazetteers, true).start();
    } catch (RuntimeException e) {
      err.println("readout run extract: " + e.getMessage());
      err.flush();
      return 1;
    }
    return GracefulShutdown.runUntilSignalled(extract.streams(), config.shutdownTimeout());
  }
}
