package dev.readout.cli;

import dev.readout.ingest.stream.IngestService;
import dev.readout.runtime.GracefulShutdown;
import dev.readout.runtime.ReadoutConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./readout run ingest}: the ingest service. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads raw JSON articles from readout.articles.raw, validates and normalizes them, detects their"
          + " language, drops exact duplicates and marks near-duplicates, and writes Article records to"
          + " readout.articles (key = article id, timestamp = published_at).",
      "Records that fail go to readout.articles.dlq with their original bytes and headers saying why"
          + " (readout.error.reason: NOT_JSON, WRONG_TYPE, MISSING_FIELD, BAD_TIMESTAMP, TOO_LARGE, EMPTY_TEXT).",
      "Creates its topics when missing. Health and metrics on http://127.0.0.1:" + IngestService.DEFAULT_HTTP_PORT
          + " unless --http-port says otherwise."
    },
    footer = {
      "",
      "Ingest settings (--set KEY=VALUE or --config FILE), with their defaults:",
      "  ingest.max.record.bytes=4194304      ingest.max.text.bytes=1048576",
      "  ingest.future.tolerance.ms=3600000   ingest.dedup.retention.ms=604800000",
      "  ingest.near.duplicate.threshold=0.5",
      "",
      "Examples:",
      "  ./readout run ingest",
      "  READOUT_BOOTSTRAP_SERVERS=kafka:9092 ./readout run ingest --http-port 0",
      "  ./readout run ingest --config prod.properties --set ingest.dedup.retention.ms=86400000"
    })
public final class RunIngestCommand implements Callable<Integer> {

  @Mixin RunCommand.ServiceOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ReadoutConfig config;
    IngestService ingest;
    try {
      config = options.config();
      ingest = new IngestService(config).start();
    } catch (RuntimeException e) {
      err.println("readout run ingest: " + e.getMessage());
      err.flush();
      return 1;
    }
    return GracefulShutdown.runUntilSignalled(ingest.runtime(), config.shutdownTimeout());
  }
}
