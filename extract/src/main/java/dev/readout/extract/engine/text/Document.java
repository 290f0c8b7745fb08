package dev.readout.extract.engine.text;

import java.util.List;

/**
 * An article split into tokens, sentences and quotations, with char offsets into its text.
 *
 * @param text the article text (already capped to the engine's size limit)
 * @param tokens all tokens in order
 * @param sentences all sentences in order
 * @param quotes all quotations in order
 * @param quoteOfToken for each token, the index in {@code quotes} of the quotation holding it
 *     (its marks included), or -1
 * @param sentenceOfToken for each token, the index of its sentence
 */
public record Document(
    String text,
    List<Token> tokens,
    List<Sentence> sentences,
    List<QuoteSpan> quotes,
    int[] quoteOfToken,
    int[] sentenceOfToken) {

  /** True when the token at this index lies inside a quotation (or is one of its marks). */
  public boolean quoted(int token) {
    return quoteOfToken[token] >= 0;
  }

  /** The token at this index. */
  public Token token(int index) {
    return tokens.get(index);
  }

  /** The sentence holding the token at this index. */
  public Sentence sentenceOf(int token) {
    return sentences.get(sentenceOfToken[token]);
  }
}
