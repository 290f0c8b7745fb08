package dev.readout.ingest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Stable ids and content hashes: the same input always gets the same id, on any instance. */
public final class ArticleIds {

  /** Hex digits of a derived id: 80 bits, collision-free at any realistic article count. */
  private static final int DERIVED_ID_HEX = 20;

  private ArticleIds() {}

  /**
   * The producer's id when given; else {@code url-<hash of the url without its fragment>};
   * else {@code art-<hash of source, title and published_at>}.
   */
  public static String id(String givenId, String url, String source, String title, Instant publishedAt) {
    if (givenId != null && !givenId.isBlank()) {
      return givenId.strip();
    }
    if (url != null && !url.isBlank()) {
      String u = url.strip();
      int fragment = u.indexOf('#');
      return "url-" + sha256(fragment < 0 ? u : u.substring(0, fragment)).substring(0, DERIVED_ID_HEX);
    }
    String key = source + '\u0000' + (title == null ? "" : title) + '\u0000' + publishedAt.toEpochMilli();
    return "art-" + sha256(key).substring(0, DERIVED_ID_HEX);
  }

  /** SHA-256 hex of the normalized text ({@code Article.content_hash}). */
  public static String contentHash(String text) {
    return sha256(text);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
