package dev.readout.extract.engine.text;

/**
 * A quotation: the tokens between an opening and a closing mark (or the end of the paragraph
 * when the writer left it open, as news does for quotes running over several paragraphs).
 *
 * @param open index of the opening mark's token
 * @param close index of the closing mark's token, or the index after the paragraph's last token
 * @param start char offset of the first quoted character
 * @param end char offset after the last quoted character
 * @param closed whether a closing mark was found
 */
public record QuoteSpan(int open, int close, int start, int end, boolean closed) {

  /** The number of word tokens quoted. */
  public int words(java.util.List<Token> tokens) {
    int n = 0;
    for (int i = open + 1; i < close && i < tokens.size(); i++) {
      if (tokens.get(i).isWord()) {
        n++;
      }
    }
    return n;
  }

  /** The quoted text without its marks, trimmed. */
  public String text(String article) {
    return article.substring(start, Math.max(start, end)).strip();
  }
}
