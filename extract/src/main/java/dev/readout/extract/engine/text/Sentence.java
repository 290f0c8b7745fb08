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

  /**
   * True for a headline in title case ("AU Initiates Talks Between Ethiopia and Tigray Rebels"):
   * its capitals say nothing about names, and its content is the article's.
   */
  public boolean titleCase(List<Token> all) {
    int words = 0;
    for (int i = from; i < to; i++) {
      Token t = all.get(i);
      if (!t.isWord() || !Character.isLetter(t.text().charAt(0))) {
        continue;
      }
      words++;
      if (!t.isCapitalized() && !HEADLINE_LOWER.contains(t.lower())) {
        return false; // a lower-case content word: running text
      }
    }
    return words >= 4;
  }

  /** The only words a title-case headline leaves in lower case. */
  private static final java.util.Set<String> HEADLINE_LOWER = WordSet.of("a", "an", "and", "as", "at", "but",
      "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "vs", "with", "over", "after", "amid",
      "'s", "s");
}
