package dev.readout.sink.http;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers on every response: scripts, styles and connections only from the sink itself (no inline
 * script), no MIME sniffing, no framing, no referrer leaking to the article sites.
 */
public final class SecurityHeaders {

  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  public static final Map<String, String> ALL = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer");

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ALL.forEach(ctx::header);
  }
}
