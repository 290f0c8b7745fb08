package dev.readout.sink.http;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.function.Consumer;

/**
 * The sink's HTTP server: the dashboard from the jar at {@code /}, the API, and the security
 * headers on every response.
 */
public final class SinkHttpServer implements AutoCloseable {

  /** Where the dashboard's files live on the classpath. */
  public static final String DASHBOARD = "/dashboard";

  private final Javalin app;

  public SinkHttpServer(Consumer<Javalin> routes) {
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.defaultContentType = "application/json";
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = DASHBOARD;
        files.location = Location.CLASSPATH;
        files.headers = SecurityHeaders.ALL;
      });
    });
    app.before(SecurityHeaders::apply);
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.result() == null) SinkRoutes.error(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
    });
    routes.accept(app);
  }

  /** Starts listening; port 0 takes a free port. */
  public SinkHttpServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  public Javalin app() {
    return app;
  }

  @Override
  public void close() {
    app.stop();
  }
}
