package dev.readout.cli;

import dev.readout.runtime.GracefulShutdown;
import dev.readout.runtime.ReadoutConfig;
import dev.readout.sink.service.SinkService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./readout run sink}: the sink service, its HTTP API and the live dashboard. */
@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description = {
      "Materializes readout.events.meeting|call|statement and readout.mentions into local stores"
          + " and serves them over HTTP (read-only):",
      "  /                  the live dashboard",
      "  /api/events        filters type status actor country from to q; limit offset",
      "  /api/events/{id}   one event with its mentions as evidence",
      "  /api/actors        actors with counts by event type",
      "  /api/stream        server-sent events of upserts and deletes (resumable)",
      "  /health  /health/live  /health/ready  /metrics",
      "Instances with the same application id share the partitions and answer for each other.",
      "HTTP on http://127.0.0.1:" + SinkService.DEFAULT_HTTP_PORT + " unless --http-port says otherwise."
    },
    footer = {
      "",
      "Sink settings (--set KEY=VALUE or --config FILE), with their defaults:",
      "  http.host=127.0.0.1",
      "  http.advertised.host=<http.host>",
      "  sink.replay.capacity=1000",
      "",
      "Examples:",
      "  ./readout run sink            # then open http://127.0.0.1:" + SinkService.DEFAULT_HTTP_PORT + "/",
      "  ./readout run sink --http-port 8094 --state-dir /tmp/sink-2   # a second instance",
      "  ./readout run sink --http-host 0.0.0.0 --advertised-host sink-1.internal"
    })
public final class RunSinkCommand implements Callable<Integer> {

  @Mixin RunCommand.ServiceOptions options;

  @Option(names = "--http-host", paramLabel = "HOST",
      description = "Address the HTTP server binds to (default: 127.0.0.1, this machine only).")
  String httpHost;

  @Option(names = "--advertised-host", paramLabel = "HOST",
      description = "Host other sink instances reach this one at (default: the bind address).")
  String advertisedHost;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ReadoutConfig config;
    SinkService sink;
    try {
      config = options.config();
      if (httpHost != null) config = config.with(ReadoutConfig.HTTP_HOST, httpHost);
      if (advertisedHost != null) config = config.with(SinkService.ADVERTISED_HOST, advertisedHost);
      sink = SinkService.create(config).start();
    } catch (RuntimeException e) {
      err.println("readout run sink: " + e.getMessage());
      err.flush();
      return 1;
    }
    err.println("readout run sink: dashboard and API on " + sink.url() + "/");
    err.flush();
    // The live feed is a daemon thread: it ends with the process once the Streams are closed.
    return GracefulShutdown.runUntilSignalled(sink.streamsService(), config.shutdownTimeout());
  }
}
