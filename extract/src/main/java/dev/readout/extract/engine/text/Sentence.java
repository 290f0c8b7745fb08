package dev.readout.extract.engine.text;

import java.util.List;

/**
 * One sentence: a contiguous range of the article's tokens.
 *
 * @param index position among the article's sentences
 * @param paragraph the paragraph it belongs to (paragraphs are separated by line breaks)
 * @param from index of its first token in the article's token list
 * @param to index after its last token
 * @param start char offset of its first character
 * @param end char offset after its last character
 */
public record Sentence(int index, int paragraph, int from, int to, int start, int end) {

  /** The number of tokens. */
  public int size() {
    return to - from;
  }

  /** The sentence's text, cut from the article. */
  public String text(String article) {
    return article.substring(start, end);
  }

  /** The sentence's tokens as a view of the article's tokens. */
  public List<Token> tokens(List<Token> all) {
    return all.subList(from, to);
  }
}
