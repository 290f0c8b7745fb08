package dev.readout.extract.engine.text;

import java.text.Normalizer;

/**
 * Names without their diacritics, so that a name matches however an outlet spells it: "Hà Nội"
 * and "Ha Noi", "Bogotá" and "Bogota", "Erdoğan" and "Erdogan". Letters that Unicode does not
 * decompose into a base letter and a mark ("ł", "đ", "ø", "ı") are mapped by hand.
 */
public final class Diacritics {

  private Diacritics() {}

  /** {@code text} with diacritics removed; the same instance when it is plain ASCII. */
  public static String fold(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) < 0x80) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(switch (c) {
        case 'ł' -> 'l';
        case 'Ł' -> 'L';
        case 'đ' -> 'd';
        case 'Đ' -> 'D';
        case 'ø' -> 'o';
        case 'Ø' -> 'O';
        case 'ı' -> 'i';
        case 'ħ' -> 'h';
        case 'Ħ' -> 'H';
        default -> c;
      });
    }
    return out.toString();
  }
}
