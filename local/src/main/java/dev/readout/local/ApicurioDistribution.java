package dev.readout.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the unpacked Apicurio Registry server ({@code quarkus-run.jar}) that the build puts in
 * {@code local/target/apicurio}: from {@code -Dreadout.apicurio.home}, from {@code
 * -Dreadout.home} (set by {@code ./readout}), or relative to a module's working directory in tests.
 */
public final class ApicurioDistribution {

  public static final String HOME_PROPERTY = "readout.apicurio.home";
  public static final String READOUT_HOME_PROPERTY = "readout.home";
  static final String RUNNER = "quarkus-run.jar";

  private ApicurioDistribution() {}

  /** The directory holding {@code quarkus-run.jar}; a clear error naming every place tried. */
  public static Path find() {
    String override = System.getProperty(HOME_PROPERTY);
    if (override != null && !override.isBlank()) {
      Path dir = Path.of(override).toAbsolutePath();
      if (!Files.isRegularFile(dir.resolve(RUNNER))) {
        throw new IllegalStateException(
            "-D" + HOME_PROPERTY + "=" + override + " has no " + RUNNER
                + ": point it at an unpacked apicurio-registry-app-<version>-all.tar.gz");
      }
      return dir;
    }
    List<Path> tried = new ArrayList<>();
    for (Path dir : candidates()) {
      Path absolute = dir.toAbsolutePath().normalize();
      tried.add(absolute);
      if (Files.isRegularFile(absolute.resolve(RUNNER))) {
        return absolute;
      }
    }
    throw new IllegalStateException(
        "Apicurio Registry is not unpacked: no " + RUNNER + " in " + tried
            + ". Build the local module first (./readout build, or mvn -pl local package), or set -D"
            + HOME_PROPERTY + " to an unpacked apicurio-registry-app distribution.");
  }

  private static Set<Path> candidates() {
    Set<Path> dirs = new LinkedHashSet<>();
    String home = System.getProperty(READOUT_HOME_PROPERTY);
    if (home != null && !home.isBlank()) {
      dirs.add(Path.of(home, "local", "target", "apicurio"));
    }
    dirs.add(Path.of("target", "apicurio")); // tests of the local module
    dirs.add(Path.of("local", "target", "apicurio")); // the repository root
    dirs.add(Path.of("..", "local", "target", "apicurio")); // tests of a sibling module
    return dirs;
  }
}
