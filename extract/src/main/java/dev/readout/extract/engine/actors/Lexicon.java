package dev.readout.extract.engine.actors;

import dev.readout.extract.engine.text.WordSet;
import java.util.Set;

/** Closed word classes the actor recognizer relies on (all lower case). */
final class Lexicon {

  private Lexicon() {}

  static final Set<String> SINGULAR_PRONOUNS = WordSet.of("he", "she");

  /** Plural references to the last group of people named together. */
  static final Set<String> PLURAL_PRONOUNS = WordSet.of("they");

  /** Heads of plural noun phrases that stand for people named before ("the two leaders"). */
  static final Set<String> PLURAL_HEADS = WordSet.of("leaders", "sides", "men", "women", "ministers", "trio", "pair",
      "two", "three", "presidents", "officials", "diplomats", "counterparts", "envoys");

  /** Nouns for a body acting for a state: "the Chinese Foreign Ministry", "the Ethiopian government". */
  static final Set<String> BODY_NOUNS = WordSet.of("ministry", "government", "administration", "office", "embassy",
      "presidency", "cabinet", "parliament", "military", "army", "mission", "consulate", "senate", "congress",
      "kremlin", "department", "regime", "authorities", "service", "palace", "secretariat", "chancellery", "diwan");

  /**
   * Heads that name a monarch's or head of state's own body only after a royal word: "the Royal Court",
   * "the Royal Hashemite Court", "the Imperial Household"; a bare "court" is a court of law.
   */
  static final Set<String> ROYAL_BODY_HEADS = WordSet.of("court", "household", "cabinet");
  static final Set<String> ROYAL_WORDS = WordSet.of("royal", "hashemite", "imperial", "amiri", "emiri");

  /** True when the token at {@code i} heads a body of a state: "Ministry", "Presidency", "Court" of "Royal Court". */
  static boolean bodyHead(java.util.List<dev.readout.extract.engine.text.Token> tokens, int i, int from) {
    String w = tokens.get(i).lower();
    if (BODY_NOUNS.contains(w) || SEATS.contains(w) && tokens.get(i).isCapitalized() && i - 1 >= from
        && tokens.get(i - 1).isCapitalized()) {
      return true; // "the Presidency", "the State House", "the Government House"
    }
    return ROYAL_BODY_HEADS.contains(w) && i - 1 >= from && ROYAL_WORDS.contains(tokens.get(i - 1).lower())
        && tokens.get(i).isCapitalized();
  }

  /** Nouns for a group of unnamed people acting for a state or region: "Ukrainian officials". */
  static final Set<String> GROUP_NOUNS = WordSet.of("officials", "leaders", "representatives", "diplomats",
      "negotiators", "delegation", "delegations", "counterparts", "lawmakers", "ministers", "envoys", "delegates",
      "authorities", "policymakers", "allies", "partners", "mediators");

  /** Adjectives of regions that form groups like "European leaders". */
  static final Set<String> REGION_ADJECTIVES = WordSet.of("european", "western", "arab", "african", "asian", "gulf",
      "nordic", "baltic", "latin", "pacific", "islamic", "balkan", "caribbean", "g7", "g20", "allied", "nato",
      "eu", "asean");

  /** Finite verbs that end an appositive: after "Jane Doe, the envoy, said" the words belong to the clause. */
  static final Set<String> FINITE_VERBS = WordSet.of("said", "says", "told", "tells", "added", "adds", "wrote",
      "writes", "warned", "noted", "stressed", "announced", "insisted", "urged", "is", "was", "were", "are", "has",
      "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does");

  /** Appositive nouns that make a named person's words reporting, not statements. */
  /** Words of a business body's name: its head or member is no political actor ("president of the Chamber of Commerce"). */
  static final Set<String> BUSINESS_WORDS = WordSet.of("business", "businesses", "commerce", "industry", "industries",
      "employers", "company", "companies", "corporation", "enterprises", "entrepreneurs", "bankers",
      "manufacturers", "exporters", "importers", "retailers", "investors", "firm", "conglomerate",
      // civil society: the head of an institute, a platform, an NGO or a university holds no political office
      "institute", "platform", "ngo", "think-tank", "foundation", "university", "charity", "watchdog", "initiative",
      "society", "campaign", "monitor", "observatory");

  static final Set<String> NON_POLITICAL = WordSet.of("analyst", "analysts", "expert", "experts", "researcher",
      "journalist", "correspondent", "reporter", "editor", "fellow", "scholar", "economist", "columnist",
      "commentator", "author", "historian", "source", "sources", "professor", "lecturer", "anchor", "host",
      "strategist", "consultant", "writer", "scientist", "student", "resident", "witness", "lawyer");

  /** Words that end a capitalized sequence as the name of a thing rather than a person. */
  static final Set<String> THING_WORDS = WordSet.of("council", "conference", "forum", "union", "party", "ministry",
      "office", "department", "committee", "agency", "bank", "fund", "organization", "organisation", "court",
      "commission", "parliament", "assembly", "congress", "senate", "army", "force", "forces", "guard", "news",
      "times", "post", "journal", "street", "square", "palace", "hall", "center", "centre", "institute",
      "university", "college", "school", "airport", "summit", "session", "group", "alliance", "accords", "accord",
      "agreement", "treaty", "pact", "initiative", "program", "programme", "project", "company", "corporation",
      "inc", "ltd", "airlines", "festival", "games", "cup", "league", "club", "museum", "hotel", "islands",
      "republic", "kingdom", "states", "sea", "ocean", "river", "gulf", "strait", "peninsula", "region",
      "province", "state", "county", "city", "zone", "war", "day", "social", "facebook", "twitter", "instagram",
      "telegram", "youtube", "press", "academy", "house", "security", "policy", "affairs", "network", "channel",
      "tv", "radio", "agency", "review", "report", "daily", "herald", "tribune", "gazette", "television",
      "broadcasting", "corp", "foundation", "association", "federation", "council's", "secretariat", "mission",
      "embassy", "government", "administration", "diwan", "chancellery", "household", "act", "bill", "law",
      "declaration", "charter", "plan",
      "strategy", "dialogue", "talks", "process", "framework", "community", "area", "market", "exchange",
      "stock", "index", "guest", "jamuna", "olympics", "world", "global", "international", "national",
      "federal", "central", "foreign", "defense", "defence", "financial", "financing", "economic", "trade",
      "development", "front", "movement", "liberation", "brigade", "brigades", "militia", "service",
      "services", "agency's", "authority", "board", "bureau", "division", "unit", "team", "peace", "health",
      "energy", "oil", "gas", "power", "fleet", "navy", "air", "command", "headquarters", "base", "route",
      "corridor", "bridge", "tower", "building", "church", "mosque", "temple", "cathedral", "park", "garden",
      "stadium", "arena", "avenue", "road", "north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "middle", "upper", "lower", "new", "old", "great", "grand", "royal", "holy", "sacred");

  /** Capitalized words that never start or continue a person's name. */
  static final Set<String> NOT_NAMES = WordSet.of("the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "for",
      "of", "by", "with", "from", "as", "after", "before", "during", "while", "when", "where", "if", "though",
      "although", "because", "since", "until", "this", "that", "these", "those", "his", "her", "their", "its",
      "our", "my", "your", "he", "she", "it", "they", "we", "i", "you", "there", "here", "what", "which", "who",
      "whom", "whose", "why", "how", "some", "many", "most", "all", "both", "each", "every", "any", "no", "not",
      "yes", "also", "meanwhile", "however", "earlier", "later", "then", "now", "today", "yesterday", "tomorrow",
      "asked", "speaking", "according", "under", "over", "about", "against", "between", "among", "into",
      "through", "across", "despite", "amid", "without", "within", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "sir", "dame", "sheikh", "prof", "professor",
      "datuk", "dato", "tun", "madam", "mme",
      "senior", "former", "top", "several", "other", "another", "such", "more", "less", "only", "even", "still",
      "just", "last", "next", "first", "second", "third", "one", "two", "three", "four", "five", "once",
      "breaking", "update", "updated", "read", "watch", "video", "photo", "live", "exclusive", "opinion",
      "analysis", "editorial", "following", "regarding", "addressing", "quoting", "in-person", "then", "so",
      "far", "yet", "thus", "instead", "indeed", "perhaps", "already", "again", "previously", "currently",
      "recently", "separately", "overall", "prime", "president", "minister", "secretary", "chancellor",
      "premier", "king", "queen", "prince", "princess", "emperor", "pope", "general", "gen", "lt", "col",
      "chief", "deputy", "vice", "acting", "interim", "special", "envoy", "ambassador", "spokesman",
      "spokeswoman", "spokesperson", "adviser", "advisor", "foreign", "defense", "defence", "state",
      "council", "european", "western", "arab", "african", "asian", "islamic", "un", "eu", "nato", "us", "uk",
      "mps", "mp", "sen", "rep", "gov", "governor", "mayor", "speaker", "leader", "head", "crown", "supreme",
      "members", "member", "officials", "participants", "delegates", "both", "neither", "either", "nor",
      "whether", "unless", "like", "unlike", "including", "excluding", "regardless", "nearly", "almost",
      "around", "roughly", "about", "above", "below", "beyond", "near", "outside", "inside", "toward",
      "towards", "upon", "via", "per", "than", "would", "could", "should", "will", "can", "may", "might", "must",
      "shall", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "let",
      "please", "thank", "thanks", "well", "oh", "mainland", "chinese", "russian", "american", "british",
      "french", "german", "japanese", "indian", "internet", "email", "reuters", "ap", "afp", "cnn", "bbc",
      "nbc", "cbs", "abc", "fox", "xinhua", "tass", "ria", "bloomberg", "ukrainian", "israeli", "palestinian");

  /** Particles that may sit inside a person's name. */
  static final Set<String> NAME_PARTICLES = WordSet.of("bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos",
      "das", "di", "du", "van", "von", "der", "den", "del", "della", "la", "le", "ben", "abu", "ould", "y");

  /** Acronyms of "Ministry of Foreign Affairs" as home papers write them ("MFA said"); case as written. */
  static final Set<String> FOREIGN_MINISTRY_ACRONYMS = WordSet.of("MFA", "MOFA", "MoFA");

  /** First and second words of two-word Malay honorifics: "Datuk Seri", "Dato' Sri", "Tan Sri", "Toh Puan". */
  static final Set<String> HONORIFIC_FIRST_WORDS = WordSet.of("datuk", "dato", "dato'", "tan", "puan", "toh");
  static final Set<String> HONORIFIC_SECOND_WORDS = WordSet.of("seri", "sri", "puan");

  /** Honorifics that may precede a name without being a political title. */
  static final Set<String> HONORIFICS = WordSet.of("mr", "mrs", "ms", "dr", "sir", "dame", "sheikh", "prof",
      "professor", "his", "her", "excellency", "majesty", "highness", "hh", "h.e.", "lord", "lady", "datuk", "dato",
      "tun", "madam", "mme");

  /** Honorifics that belong to the name's span when they stand right before it ("Mr Teo said", "said Dr Tan"). */
  static final Set<String> NAME_HONORIFICS = WordSet.of("mr", "mrs", "ms", "dr", "sir", "dame", "sheikh", "prof",
      "professor", "lord", "lady", "datuk", "dato", "tun", "madam", "mme");

  /** Nouns that stand for an international organization named before: "the bloc said". */
  static final Set<String> BLOC_NOUNS = WordSet.of("bloc", "alliance", "organization", "organisation", "grouping",
      "union", "league");

  /** Adjectives between "the" and an anaphoric body noun: "the regional bloc", "the 27-member union". */
  static final Set<String> BODY_ADJECTIVES = WordSet.of("regional", "economic", "military", "political", "trade",
      "western", "european", "african", "asian", "pacific", "southern", "northern", "eastern", "global", "world",
      "intergovernmental", "international", "continental", "security", "defense", "defence", "foreign",
      "interior", "finance", "justice", "health",
      "27-member", "10-member", "11-member", "15-member", "32-member", "55-member", "member", "nations",
      "nation", "transatlantic", "multilateral", "visiting", "two", "three", "four", "five", "six", "seven");

  /** Adjectives that tell one ministry from another: "the Foreign Ministry" is not "the Defence Ministry". */
  static final Set<String> BODY_QUALIFIERS = WordSet.of("foreign", "defense", "defence", "interior", "finance",
      "trade", "justice", "health");

  /** Nouns for the person who heads an organization: "the AU chief", "the IAEA head". */
  static final Set<String> ROLE_NOUNS = WordSet.of("chief", "head", "boss", "leader", "chairman", "chairwoman",
      "chairperson", "chair");

  /** Organs of an organization, named through it: "the bloc's commission", "the alliance's secretariat". */
  static final Set<String> ORGANS = WordSet.of("commission", "secretariat", "council", "parliament", "assembly",
      "presidency", "headquarters", "chair", "executive");

  /** Organs that speak for an organization under their own name: "the CARICOM Secretariat said". */
  static final Set<String> SPEAKING_ORGANS = WordSet.of("commission", "secretariat", "council", "parliament",
      "assembly", "presidency");

  /** Words before a group noun that say which roles it holds: "foreign ministers of ...", "senior officials of ...". */
  static final Set<String> GROUP_MODIFIERS = WordSet.of("foreign", "defense", "defence", "finance", "trade",
      "economy", "energy", "interior", "senior", "top", "military", "government", "health", "environment");

  /** Bodies a state keeps in other capitals, told apart by their city: "Japan's embassy in Kuala Lumpur". */
  static final Set<String> POSTED_BODIES = WordSet.of("embassy", "consulate", "mission", "delegation");

  /** Seats of a presidency that speak for it when capitalized: "Zambia's State House", "the Presidential Palace". */
  static final Set<String> SEATS = WordSet.of("house", "palace");
}
