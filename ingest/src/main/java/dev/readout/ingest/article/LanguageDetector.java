package dev.readout.ingest.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.MissingResourceException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects an article's language with OpenNLP's language detector (103 languages, ISO 639-3
 * codes) from {@code opennlp-models-langdetect}, after a fast test that answers for plainly English
 * text ({@link EnglishFunctionWords}). Short texts, where detection guesses, fall back to the
 * producer's language tag.
 *
 * <p>Not thread-safe: use one per thread. The model is loaded once per process.
 */
public final class LanguageDetector {

  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  /** Fewer letters than this and the detector guesses. */
  static final int MIN_LETTERS = 40;
  /** Enough text to decide (a few hundred words); the rest only costs time. */
  private static final int MAX_CHARS = 2_000;

  private final LanguageDetectorME detector = new LanguageDetectorME(Model.INSTANCE);

  private static final class Model {
    static final LanguageDetectorModel INSTANCE = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("language model " + MODEL_RESOURCE
              + " is missing from the classpath (artifact opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
      }
    }
  }

  /**
   * The language of {@code text} as an ISO 639-3 code ({@code eng}); for short texts the
   * producer's {@code declared} tag ({@code en}, {@code en-GB}, {@code eng}) converted; else
   * {@code null}.
   */
  public String detect(String text, String declared) {
    if (countLetters(text) >= MIN_LETTERS) {
      if (EnglishFunctionWords.plainlyEnglish(text)) {
        return "eng";
      }
      String sample = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
      Language best = detector.predictLanguage(sample);
      if (best != null) {
        return best.getLang();
      }
    }
    return toIso639_3(declared);
  }

  /** {@code en}, {@code en-GB} or {@code eng} to {@code eng}; {@code null} for anything else. */
  static String toIso639_3(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
      String iso3 = locale.getISO3Language();
      return iso3.isEmpty() ? null : iso3;
    } catch (IllformedLocaleException | MissingResourceException e) {
      return null;
    }
  }

  private static int countLetters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
