package dev.readout.it;

import dev.readout.ingest.stream.IngestService;
import dev.readout.runtime.ReadoutConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The ingest service alone in a child JVM, so that a test can kill it as {@code kill -9} does:
 * no shutdown hook, no commit, no leaving the group. Arguments are {@code key=value} settings;
 * prints {@value #READY} once the Streams run.
 */
public final class IngestProcess {

  static final String READY = "INGEST-RUNNING";

  private IngestProcess() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      settings.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    IngestService service = new IngestService(ReadoutConfig.of(settings)).start();
    if (!service.runtime().awaitRunning(Duration.ofMinutes(5))) {
      System.out.println("INGEST-FAILED " + service.state());
      System.exit(1);
    }
    System.out.println(READY);
    System.out.flush();
    service.runtime().awaitStopped();
    System.exit(2);
  }
}
