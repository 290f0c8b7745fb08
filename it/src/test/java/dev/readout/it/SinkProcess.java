package dev.readout.it;

import dev.readout.runtime.ReadoutConfig;
import dev.readout.sink.service.SinkService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The sink service alone in a child JVM, so that a test can kill it as {@code kill -9} does.
 * Arguments are {@code key=value} settings; prints {@value #READY} once its stores can be
 * queried and its live feed follows every partition.
 */
public final class SinkProcess {

  static final String READY = "SINK-READY";

  private SinkProcess() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      settings.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    SinkService service = SinkService.create(ReadoutConfig.of(settings)).start();
    if (!service.awaitReady(Duration.ofMinutes(5))) {
      System.out.println("SINK-FAILED " + service.health());
      System.exit(1);
    }
    System.out.println(READY);
    System.out.flush();
    service.streamsService().awaitStopped();
    System.exit(2);
  }
}
