package dev.readout.replay.source;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an HTML fragment (a feed's description or content): one line per paragraph,
 * block or line break, whitespace within a paragraph collapsed, scripts and styles dropped.
 */
public final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "tr", "section", "article", "header", "footer", "figcaption", "ul", "ol", "table", "hr");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");

  private HtmlText() {}

  /** True when the string holds markup worth parsing ({@code <} followed by a letter or {@code /}). */
  public static boolean looksLikeHtml(String s) {
    for (int i = s.indexOf('<'); i >= 0 && i + 1 < s.length(); i = s.indexOf('<', i + 1)) {
      char next = s.charAt(i + 1);
      if (Character.isLetter(next) || next == '/' || next == '!') {
        return true;
      }
    }
    return false;
  }

  public static String toPlainText(String html) {
    StringBuilder out = new StringBuilder(html.length());
    Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
      private int skipping;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
          skipping++;
        } else if (skipping == 0 && node instanceof TextNode t) {
          appendCollapsed(out, t.getWholeText());
        } else if (skipping == 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
          lineBreak(out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
          skipping--;
        } else if (skipping == 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
          lineBreak(out);
        }
      }
    });
    return out.toString().strip();
  }

  private static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void lineBreak(StringBuilder out) {
    int last = out.length() - 1;
    if (last >= 0 && out.charAt(last) == ' ') {
      out.setLength(last);
      last--;
    }
    if (last >= 0 && out.charAt(last) != '\n') {
      out.append('\n');
    }
  }
}
