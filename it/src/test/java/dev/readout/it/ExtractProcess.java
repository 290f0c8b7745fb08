package dev.readout.it;

import dev.readout.extract.stream.ExtractService;
import dev.readout.runtime.ReadoutConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The extract service alone in a child JVM, so that a test can kill it as {@code kill -9} does:
 * no shutdown hook, no commit, no leaving the group. Arguments are {@code key=value} settings;
 * prints {@value #READY} once the Streams run.
 */
public final class ExtractProcess {

  static final String READY = "EXTRACT-RUNNING";

  private ExtractProcess() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      settings.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    ExtractService service = ExtractService.createDefault(ReadoutConfig.of(settings), false).start();
    if (!service.streams().awaitRunning(Duration.ofMinutes(5))) {
      System.out.println("EXTRACT-FAILED " + service.streams().state());
      System.exit(1);
    }
    System.out.println(READY);
    System.out.flush();
    service.streams().awaitStopped();
    System.exit(2);
  }
}
