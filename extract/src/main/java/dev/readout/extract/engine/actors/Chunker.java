package dev.readout.extract.engine.actors;

import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.gazetteer.Phrase;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into chunks: gazetteer phrases (longest first), runs of capitalized words
 * (person names, or names of things when they hold a word like "Council"), and single tokens.
 */
final class Chunker {

  private static final int MAX_NAME_TOKENS = 5;

  private final Gazetteer gazetteer;

  Chunker(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Chunk> chunks(Document doc, Sentence s) {
    List<Token> tokens = doc.tokens();
    List<Chunk> out = new ArrayList<>(s.size());
    int i = s.from();
    while (i < s.to()) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        out.add(new Chunk(Chunk.Kind.WORD, i, i + 1, null));
        i++;
        continue;
      }
      List<Phrase> found = gazetteer.index().longestAt(tokens, i, s.to());
      Phrase best = best(found);
      if (best != null && placeBeforeName(best, tokens, i, s.to())) {
        best = null; // "Sofia Marquez", "Jordan Bardella", "Israel Katz": a first name, not a place
      }
      if (best != null) {
        out.add(new Chunk(kind(best.kind()), i, i + best.length(), best.value()));
        i += best.length();
        continue;
      }
      if (compoundHonorific(tokens, i, s.to())) {
        // "Datuk Seri Anwar", "Tan Sri Muhyiddin": a two-word honorific, not the first words of the name.
        out.add(new Chunk(Chunk.Kind.WORD, i, i + 1, null));
        out.add(new Chunk(Chunk.Kind.WORD, i + 1, i + 2, null));
        i += 2;
        continue;
      }
      boolean capitalOfSentence = i == s.from() && Lexicon.GROUP_NOUNS.contains(t.lower());
      if (t.isCapitalized() && !Lexicon.NOT_NAMES.contains(t.lower()) && !shouted(t) && !capitalOfSentence) {
        int j = nameEnd(tokens, i, s.to());
        boolean thing = false;
        for (int k = i; k < j; k++) {
          thing |= Lexicon.THING_WORDS.contains(tokens.get(k).lower());
        }
        if (j < s.to() && Lexicon.THING_WORDS.contains(tokens.get(j).lower()) && tokens.get(j).isCapitalized()) {
          thing = true;
          j++;
        }
        out.add(new Chunk(thing ? Chunk.Kind.THING : Chunk.Kind.NAME, i, j, null));
        i = j;
        continue;
      }
      out.add(new Chunk(Chunk.Kind.WORD, i, i + 1, null));
      i++;
    }
    return out;
  }

  private int nameEnd(List<Token> tokens, int i, int limit) {
    int j = i + 1;
    while (j < limit && j - i < MAX_NAME_TOKENS) {
      Token t = tokens.get(j);
      if (t.isWord() && t.isCapitalized() && !Lexicon.NOT_NAMES.contains(t.lower()) && !shouted(t)
          && (!startsGazetteerPhrase(tokens, j, limit) || placeEndingName(tokens, i, j, limit))) {
        j++;
      } else if (t.isWord() && Lexicon.NAME_PARTICLES.contains(t.lower()) && j + 1 < limit
          && tokens.get(j + 1).isCapitalized() && tokens.get(j + 1).isWord()) {
        j += 2;
      } else {
        break;
      }
    }
    return Math.min(j, limit);
  }

  /**
   * "Asad Alam Siam told", "Amal Chad said": a one-word place after two or more name words, the name ending with
   * it, is the person's surname, not the state; "Xi Jinping China" is no English, "Lula's Brazil" keeps it.
   */
  private boolean placeEndingName(List<Token> tokens, int i, int j, int limit) {
    if (j - i < 2) {
      return false;
    }
    Phrase p = best(gazetteer.index().longestAt(tokens, j, limit));
    if (p == null || p.length() != 1 || p.kind() != Phrase.Kind.COUNTRY && p.kind() != Phrase.Kind.CITY) {
      return false;
    }
    if (j + 1 >= limit) {
      return true;
    }
    Token after = tokens.get(j + 1);
    return after.is(",") || after.is(".") || after.isWord() && !after.isCapitalized();
  }

  private boolean placeBeforeName(Phrase p, List<Token> tokens, int i, int limit) {
    if ((p.kind() != Phrase.Kind.CITY && p.kind() != Phrase.Kind.COUNTRY) || p.length() != 1 || i + 1 >= limit) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.isWord() && next.isCapitalized() && !Lexicon.NOT_NAMES.contains(next.lower())
        && !Lexicon.THING_WORDS.contains(next.lower()) && !shouted(next)
        && gazetteer.index().longestAt(tokens, i + 1, limit).isEmpty();
  }

  /** A Malay honorific of two words ("Datuk Seri", "Dato Sri", "Tan Sri", "Puan Sri") before a capitalized word. */
  static boolean compoundHonorific(List<Token> tokens, int i, int limit) {
    return i + 2 < limit && Lexicon.HONORIFIC_FIRST_WORDS.contains(tokens.get(i).lower())
        && Lexicon.HONORIFIC_SECOND_WORDS.contains(tokens.get(i + 1).lower()) && tokens.get(i + 1).isCapitalized()
        && tokens.get(i + 2).isWord() && tokens.get(i + 2).isCapitalized();
  }

  /** All capitals and longer than an initialism like "JD": a label ("RELATED STORY") or an acronym. */
  private static boolean shouted(Token t) {
    String s = t.text();
    if (s.length() < 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A known phrase starts here: the run stops ("Vaovasamanaia" | "Winston Peters", a chiefly title before a known name). */
  private boolean startsGazetteerPhrase(List<Token> tokens, int j, int limit) {
    Phrase p = best(gazetteer.index().longestAt(tokens, j, limit));
    return p != null && (p.kind() != Phrase.Kind.PERSON || p.length() > 1);
  }

  private static Phrase best(List<Phrase> found) {
    Phrase best = null;
    for (Phrase p : found) {
      if (best == null || rank(p.kind()) < rank(best.kind())) {
        best = p;
      }
    }
    return best;
  }

  private static int rank(Phrase.Kind k) {
    return switch (k) {
      case PERSON -> 0;
      case ORGANIZATION -> 1;
      case COUNTRY -> 2;
      case TITLE -> 3;
      case CITY -> 4;
      case DEMONYM -> 5;
    };
  }

  private static Chunk.Kind kind(Phrase.Kind k) {
    return switch (k) {
      case PERSON -> Chunk.Kind.PERSON;
      case ORGANIZATION -> Chunk.Kind.ORG;
      case COUNTRY -> Chunk.Kind.COUNTRY;
      case TITLE -> Chunk.Kind.TITLE;
      case CITY -> Chunk.Kind.CITY;
      case DEMONYM -> Chunk.Kind.DEMONYM;
    };
  }
}
