package dev.readout.sink.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/** Serves the dashboard's files from the jar at {@code /}, with the security headers. */
public final class Dashboard {

  /** Where the dashboard's files live on the classpath. */
  public static final String CLASSPATH_DIR = "/dashboard";

  private Dashboard() {}

  public static void configure(JavalinConfig config) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = CLASSPATH_DIR;
      files.location = Location.CLASSPATH;
      files.headers = SecurityHeaders.ALL;
    });
  }
}
