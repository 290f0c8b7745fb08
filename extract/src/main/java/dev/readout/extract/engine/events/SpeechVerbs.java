package dev.readout.extract.engine.events;

import dev.readout.extract.engine.text.WordSet;
import java.util.Set;

/** Words that attribute words to a speaker (lower case). */
final class SpeechVerbs {

  private SpeechVerbs() {}

  /** Finite attribution verbs: "X said", "said X", "X warned that". */
  static final Set<String> FINITE = WordSet.of("said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes",
      "posted", "tweeted", "stated", "states", "stressed", "stresses", "warned", "warns", "noted", "notes", "urged",
      "urges", "praised", "praises", "commended", "commends", "thanked", "thanks", "welcomed", "welcomes",
      "reiterated", "reiterates", "expressed", "expresses", "emphasized", "emphasised", "emphasizes",
      "emphasises", "underscored", "underscores", "underlined", "insisted", "insists", "acknowledged",
      "acknowledges", "announced", "announces", "confirmed", "confirms", "declared", "declares", "explained",
      "explains", "argued", "argues", "claimed", "claims", "suggested", "suggests", "indicated", "indicates",
      "signaled", "signalled", "signals", "revealed", "reveals", "remarked", "asserted", "asserts", "pledged",
      "pledges", "vowed", "vows", "promised", "promises", "demanded", "demands", "condemned", "condemns",
      "criticized", "criticised", "criticizes", "denied", "denies", "rejected", "rejects", "described",
      "describes", "characterized", "characterised", "highlighted", "highlights", "mentioned", "affirmed",
      "affirms", "reaffirmed", "reaffirms", "assured", "assures", "recalled", "hailed", "hails", "lauded",
      "accused", "accuses", "cautioned", "conveyed", "appealed", "announce", "stressing", "remarks", "observed",
      "contended", "maintained", "predicted", "proposed", "dismissed", "questioned", "complained", "answered",
      "replied", "responded", "countered", "admitted", "conceded", "disclosed", "reported", "called",
      // the present of the verbs above, as live blogs and state media write them ("calls the closure “...”")
      "calls", "cautions", "conveys", "appeals", "observes", "contends", "maintains", "predicts", "proposes",
      "dismisses", "complains", "replies", "responds", "admits", "concedes", "discloses", "lauds", "recalls",
      "mentions", "reaffirms", "remarks");

  /**
   * Present forms that are also plural nouns ("phone calls", "product recalls", "his remarks"): a verb only with
   * "that" after it or a quotation in its object, as {@code StatementFinder} checks.
   */
  static final Set<String> NOUN_LIKE_PRESENT = WordSet.of("thanks", "notes", "claims", "remarks", "states", "demands",
      "promises", "appeals", "recalls", "replies", "proposes", "mentions", "complains");

  /** Adjectives of manner that attribute the quotation after a colon: "X was blunt: “...”", "Y was clear: “...”". */
  static final Set<String> STANCES = WordSet.of("blunt", "clear", "firm", "emphatic", "unequivocal", "categorical",
      "adamant", "direct", "frank", "candid", "defiant", "terse", "succinct", "brief", "explicit", "forthright",
      "unambiguous", "resolute", "scathing", "dismissive", "upbeat", "optimistic", "cautious");

  /** Participles that continue the subject's statement with a new one: ", adding that ...". */
  static final Set<String> CONTINUING = WordSet.of("adding", "saying", "stating", "noting", "stressing", "warning",
      "urging", "emphasizing", "emphasising", "insisting", "arguing", "explaining", "acknowledging", "suggesting",
      "describing", "telling", "writing", "reiterating", "expressing", "praising", "welcoming", "calling",
      "underscoring", "highlighting", "declaring", "asserting", "affirming", "reaffirming", "pledging", "vowing",
      "claiming", "mentioning", "indicating", "signaling", "signalling", "announcing", "confirming", "remarking",
      "cautioning", "accusing", "condemning", "criticizing", "criticising", "demanding", "recalling");

  /** Verbs whose content is their object rather than a that-clause ("praised Italy's support"). */
  static final Set<String> OBJECT_CONTENT = WordSet.of("praised", "praises", "commended", "commends", "thanked",
      "thanks", "welcomed", "welcomes", "expressed", "expresses", "condemned", "condemns", "criticized",
      "criticised", "criticizes", "reiterated", "reiterates", "hailed", "lauded", "highlighted", "underscored",
      "emphasized", "emphasised", "stressed", "urged", "reaffirmed", "praising", "welcoming", "expressing",
      "reiterating", "underscoring", "highlighting", "reaffirming", "condemning", "criticizing", "accused",
      "accusing", "rejected", "dismissed", "denied", "demanded", "called", "calling", "calls", "accuses", "rejects",
      "dismisses", "denies", "demands", "hails", "lauds", "highlights", "underscores", "emphasizes", "emphasises",
      "stresses", "urges");

  /** Verbs that attribute words only as a request with a quotation in its object: "asked for “...”". */
  static final Set<String> REQUESTS = WordSet.of("asked", "appealed", "pressed");

  /** Verbs that are written rather than spoken. */
  static final Set<String> WRITTEN = WordSet.of("wrote", "writes", "posted", "tweeted", "writing");

  /** Nouns that make an attribution written: "in a statement", "in a post". */
  static final Set<String> WRITTEN_NOUNS = WordSet.of("statement", "post", "communique", "communiqué", "readout",
      "letter", "tweet", "release", "x", "twitter", "facebook", "instagram", "telegram", "social", "blog",
      "op-ed", "column", "declaration");

  /** Words that may sit between a subject and its verb ("Lamamra also said", "Trump has repeatedly said"). */
  static final Set<String> ADVERBS = WordSet.of("also", "has", "have", "had", "later", "earlier", "previously",
      "further", "then", "again", "repeatedly", "publicly", "reportedly", "recently", "once", "already",
      "separately", "both", "first", "last", "subsequently", "explicitly", "specifically", "strongly",
      "firmly", "clearly", "privately", "openly", "personally", "directly", "too", "likewise", "similarly",
      "jointly", "additionally", "moreover", "furthermore", "meanwhile", "however", "today", "yesterday",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight");
}
