package dev.readout.extract.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into sentences and quotations.
 *
 * <p>Rule-based for speed (a single pass over the tokens) and because news sentence boundaries
 * follow few rules: a terminal mark with its closing quotes, then a capitalized word or an
 * opening quote, unless the mark ends a known abbreviation or an initial; a line break always
 * ends a sentence and a paragraph. Very long sentences are cut so that later stages do bounded
 * work.
 */
public final class TextSplitter {

  /** Sentences longer than this many tokens are cut: bounds the work of every later stage. */
  public static final int MAX_SENTENCE_TOKENS = 160;

  private static final Set<String> ABBREVIATIONS = WordSet.of(
      "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "adm",
      "cmdr", "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "no", "nos", "jr", "sr", "vs", "mt", "ft", "rev", "hon", "amb", "pres", "sec", "dept", "brig",
      "approx", "est", "gens", "reps", "sens", "messrs", "fr", "sheikh", "lt.-gen", "atty");

  /** Words that, capitalized after a dotted abbreviation such as U.S., start a new sentence. */
  private static final Set<String> SENTENCE_STARTERS = WordSet.of(
      "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "a", "an", "this",
      "that", "these", "those", "his", "her", "their", "its", "our", "after", "before", "while", "when",
      "as", "if", "meanwhile", "however", "earlier", "later", "asked", "there", "some", "many", "both");

  private TextSplitter() {}

  /** Tokens, sentences and quotations of the text. */
  public static Document split(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Sentence> sentences = sentences(text, tokens);
    int[] sentenceOf = new int[tokens.size()];
    for (Sentence s : sentences) {
      Arrays.fill(sentenceOf, s.from(), s.to(), s.index());
    }
    int[] quoteOf = new int[tokens.size()];
    Arrays.fill(quoteOf, -1);
    List<QuoteSpan> quotes = quotes(text, tokens, quoteOf);
    return new Document(text, tokens, sentences, quotes, quoteOf, sentenceOf);
  }

  private static List<Sentence> sentences(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int from = 0;
    int paragraph = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i == from && lineBreakBefore(text, tokens, i) && !out.isEmpty()
          && out.get(out.size() - 1).paragraph() == paragraph) {
        paragraph++;
      }
      if (i > from && lineBreakBefore(text, tokens, i)) {
        out.add(sentence(out.size(), paragraph, from, i, tokens));
        from = i;
        paragraph++;
        continue;
      }
      int end = -1;
      Token t = tokens.get(i);
      if (isTerminal(t)) {
        end = i + 1;
        while (end < tokens.size() && isCloser(tokens.get(end)) && tokens.get(end).start() == tokens.get(end - 1).end()) {
          end++;
        }
        if (!boundaryAfter(tokens, i, end, text)) {
          end = -1;
        }
      } else if (t.text().length() > 2 && t.text().endsWith(".") && i + 1 < tokens.size()) {
        Token next = tokens.get(i + 1);
        if (SENTENCE_STARTERS.contains(next.lower()) && next.isCapitalized()) {
          end = i + 1;
        }
      }
      if (end < 0 && i + 1 - from >= MAX_SENTENCE_TOKENS) {
        end = i + 1;
      }
      if (end > 0) {
        out.add(sentence(out.size(), paragraph, from, end, tokens));
        from = end;
        i = end - 1;
      }
    }
    if (from < tokens.size()) {
      out.add(sentence(out.size(), paragraph, from, tokens.size(), tokens));
    }
    return out;
  }

  private static Sentence sentence(int index, int paragraph, int from, int to, List<Token> tokens) {
    return new Sentence(index, paragraph, from, to, tokens.get(from).start(), tokens.get(to - 1).end());
  }

  private static boolean isTerminal(Token t) {
    return t.is(".") || t.is("?") || t.is("!") || t.is("…");
  }

  private static boolean isCloser(Token t) {
    String s = t.text();
    return s.equals("”") || s.equals("\"") || s.equals("’") || s.equals(")") || s.equals("]") || s.equals("»")
        || s.equals("'");
  }

  private static boolean boundaryAfter(List<Token> tokens, int mark, int end, String text) {
    if (end >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end);
    if (lineBreakBefore(text, tokens, end)) {
      return true;
    }
    boolean startsSentence = next.isCapitalized() || Character.isDigit(next.text().charAt(0))
        || next.text().equals("“") || next.text().equals("\"") || next.text().equals("‘")
        || next.text().equals("(");
    if (!startsSentence) {
      return false;
    }
    if (tokens.get(mark).is(".") && mark > 0 && end == mark + 1) {
      Token before = tokens.get(mark - 1);
      if (ABBREVIATIONS.contains(before.lower())) {
        return false;
      }
      boolean initial = before.text().length() == 1 && Character.isUpperCase(before.text().charAt(0));
      if (initial) {
        return false;
      }
    }
    return true;
  }

  private static boolean lineBreakBefore(String text, List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    int from = tokens.get(i - 1).end();
    int to = tokens.get(i).start();
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
        return true;
      }
    }
    return false;
  }

  private static List<QuoteSpan> quotes(String text, List<Token> tokens, int[] quoteOf) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = -1;
    char openChar = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (open >= 0 && lineBreakBefore(text, tokens, i)) {
        close(out, tokens, quoteOf, open, i, false);
        open = -1;
      }
      Token t = tokens.get(i);
      if (t.text().length() != 1) {
        continue;
      }
      char c = t.text().charAt(0);
      if (open < 0) {
        if (QuoteMarks.opensDouble(c) || c == '"' || (c == '‘' && opensSingle(tokens, i))) {
          open = i;
          openChar = c;
        }
      } else if (closes(openChar, c)) {
        close(out, tokens, quoteOf, open, i, true);
        open = -1;
      }
    }
    if (open >= 0) {
      close(out, tokens, quoteOf, open, tokens.size(), false);
    }
    return out;
  }

  /** A single opening mark only counts when a matching closing mark follows in the same paragraph. */
  private static boolean opensSingle(List<Token> tokens, int i) {
    for (int k = i + 1; k < tokens.size() && k < i + 60; k++) {
      if (tokens.get(k).text().equals("’")) {
        return true;
      }
    }
    return false;
  }

  private static boolean closes(char open, char c) {
    if (open == '‘') {
      return c == '’';
    }
    if (open == '"') {
      return c == '"';
    }
    return QuoteMarks.closesDouble(c) || c == '"';
  }

  private static void close(List<QuoteSpan> out, List<Token> tokens, int[] quoteOf, int open, int close,
      boolean closed) {
    int start = tokens.get(open).end();
    int end = closed ? tokens.get(close).start() : tokens.get(close - 1).end();
    if (close == open + 1 && !closed) {
      return;
    }
    int index = out.size();
    out.add(new QuoteSpan(open, close, start, end, closed));
    int last = closed ? close : close - 1;
    for (int k = open; k <= last; k++) {
      quoteOf[k] = index;
    }
  }
}
