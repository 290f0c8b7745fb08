package dev.readout.extract.engine.text;

/** The quotation marks news text uses, straight and typographic. */
public final class QuoteMarks {

  private QuoteMarks() {}

  /** True for any double or single quotation mark, including the typographic apostrophe. */
  public static boolean isQuoteChar(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‘' || c == '’'
        || c == '\'';
  }

  /** True for a mark that only opens a double quotation. */
  static boolean opensDouble(char c) {
    return c == '“' || c == '„' || c == '«';
  }

  /** True for a mark that only closes a double quotation. */
  static boolean closesDouble(char c) {
    return c == '”' || c == '»';
  }
}
