package dev.readout.ingest.article;

import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns article bodies into Readout's canonical text: Unicode NFC, one paragraph per line,
 * single spaces, no control or zero-width characters, no leading or trailing blanks. Plain text
 * keeps its line breaks (at most one blank line in a row); HTML becomes text with jsoup, one
 * line per block element or {@code <br>}, scripts and styles dropped.
 *
 * <p>Written as single passes over the characters: no regular expression, so no input can make
 * it slow.
 */
public final class ArticleNormalizer {

  private static final String DROPPED_ELEMENTS = "script, style, noscript, template, iframe, object, svg, head";

  /** The text of an HTML document or fragment, normalized. */
  public String htmlToText(String html) {
    Document doc = Jsoup.parse(html);
    doc.select(DROPPED_ELEMENTS).remove();
    StringBuilder out = new StringBuilder(html.length() / 2);
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          appendCollapsed(out, text.getWholeText(), inPre(text));
        } else if (node instanceof Element el && (el.isBlock() || el.nameIs("br"))) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el && el.isBlock()) {
          out.append('\n');
        }
      }
    }, doc.body() == null ? doc : doc.body());
    return normalize(out.toString(), 1);
  }

  /** Plain text, normalized; paragraphs separated by a blank line stay so. */
  public String normalizeText(String text) {
    return normalize(text, 2);
  }

  /** A one-line field (title, source): NFC, single spaces, trimmed. */
  public String normalizeLine(String value) {
    if (value == null) {
      return null;
    }
    String line = normalize(value, 0);
    return line.isEmpty() ? null : line;
  }

  private static boolean inPre(TextNode text) {
    for (Node n = text.parentNode(); n != null; n = n.parentNode()) {
      if (n instanceof Element el && (el.nameIs("pre") || el.nameIs("textarea"))) {
        return true;
      }
    }
    return false;
  }

  // Outside <pre>, a line break in HTML source is just a space.
  private static void appendCollapsed(StringBuilder out, String text, boolean keepLines) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(!keepLines && (c == '\n' || c == '\r') ? ' ' : c);
    }
  }

  /**
   * NFC, then one pass: line separators to '\n', every other space or control character to a
   * single space, trailing and leading blanks of each line dropped, at most {@code
   * maxNewlines} consecutive line breaks (0 makes one line).
   */
  static String normalize(String input, int maxNewlines) {
    String s = Normalizer.normalize(input, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(s.length());
    int pendingNewlines = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue; // CRLF: the LF counts
        }
        c = '\n';
      }
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C') {
        pendingNewlines++;
        pendingSpace = false;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        pendingSpace = true;
        continue;
      }
      if (out.length() > 0) {
        if (pendingNewlines > 0) {
          int n = Math.min(pendingNewlines, maxNewlines);
          if (n == 0) {
            out.append(' ');
          } else {
            out.append("\n".repeat(n));
          }
        } else if (pendingSpace) {
          out.append(' ');
        }
      }
      pendingNewlines = 0;
      pendingSpace = false;
      out.append(c);
    }
    return out.toString();
  }

  // Zero-width characters that carry no text (ZWJ and ZWNJ do, in some scripts and emoji).
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }
}
