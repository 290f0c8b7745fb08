package dev.readout.extract.engine.actors;

import dev.readout.schemas.avro.ActorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an article has said so far about its actors, for coreference: the people named (so that
 * "Wong" and "the secretary" resolve to Penny Wong), the last subject ("he"), the last group of
 * people named together ("the two leaders").
 */
public final class ArticleMemory {

  private static final Entity AMBIGUOUS = new Entity("?", ActorKind.PERSON, null, null, false, false);

  private final Map<String, Entity> byName = new HashMap<>();
  private final Map<String, Entity> bySurname = new HashMap<>();
  private final Map<String, Entity> byFirstName = new HashMap<>();
  private final List<Entity> people = new ArrayList<>();
  private final Map<String, Integer> mentions = new HashMap<>();
  private Entity lastSubject;
  private List<Entity> lastGroup = List.of();
  /** Organizations and groups in the order last named, most recent last. */
  private final List<Entity> bodies = new ArrayList<>();
  private Entity lastStateSubject;
  /** Bodies by the acronym the text glossed them with: "the Foreign Affairs Ministry (SRE)". */
  private final java.util.Map<String, Entity> acronyms = new java.util.HashMap<>();
  private Entity lastBodySubject;
  /** Organizations people's titles were given with, by the person's name. */
  private final Map<String, String> affiliations = new HashMap<>();
  /** The state the article reports from, when it makes it plain; ISO-3 or null. */
  private String homeCountry;

  /**
   * The canonical entity for this one: the one already seen with the same name (its title and
   * country filled in from this one), or this one, remembered.
   */
  public Entity register(Entity e) {
    String key = e.name().toLowerCase(Locale.ROOT);
    Entity seen = byName.get(key);
    if (seen == null && e.kind() == ActorKind.PERSON && !e.known()) {
      seen = bySurname.get(e.surname().toLowerCase(Locale.ROOT));
      if (seen != null && !seen.name().toLowerCase(Locale.ROOT).endsWith(key) && e.name().contains(" ")) {
        seen = null;
      }
    }
    Entity merged = seen == null ? e : seen.withTitle(e.title()).withCountry(e.country());
    byName.put(key, merged);
    if (seen != null) {
      byName.put(seen.name().toLowerCase(Locale.ROOT), merged);
    }
    if (merged.kind() == ActorKind.PERSON) {
      mentions.merge(merged.name(), 1, Integer::sum);
      if (merged.name().contains(" ") || !bySurname.containsKey(merged.surname().toLowerCase(Locale.ROOT))) {
        bySurname.put(merged.surname().toLowerCase(Locale.ROOT), merged);
      }
      if (merged.name().contains(" ")) {
        replaceShortForms(merged);
      }
      String first = merged.name().split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (merged.name().contains(" ")) {
        // Keep only unambiguous first names: "Sheikh Abdullah", Korean family names ("Yoon").
        byFirstName.merge(first, merged, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
      }
      people.remove(seen);
      people.remove(merged);
      people.add(merged);
    }
    return merged;
  }

  /**
   * A short form seen before the full name ("Cho", or "FM Cho" of a headline, before "Foreign Minister Cho Hyun"):
   * the full name's words now mean the full name, so a later bare "Cho" is not the headline's short form. Only a
   * one-word form or one the text gave no role replaces: a titled full name of its own stays.
   */
  private void replaceShortForms(Entity full) {
    for (String word : full.name().toLowerCase(Locale.ROOT).split("\\s+")) {
      Entity shortForm = bySurname.get(word);
      if (shortForm != null && shortForm != full && !shortForm.known() && shortForm.kind() == ActorKind.PERSON
          && (!shortForm.name().contains(" ") || shortForm.title() == null)) {
        bySurname.put(word, full);
        byName.put(word, full);
      }
    }
  }

  /**
   * The person seen before under this surname or single name, or else under this first name when
   * only one person had it ("Sheikh Abdullah", Korean family names written first); or null.
   */
  public Entity bySurname(String surname) {
    String key = surname.toLowerCase(Locale.ROOT);
    Entity e = bySurname.get(key);
    if (e == null) {
      e = byFirstName.get(key);
    }
    return e == AMBIGUOUS ? null : e;
  }

  /**
   * The one person seen whose full name starts with these two or more words ("Onn Hafiz" of "Onn Hafiz Ghazi"), or
   * null when none or several are.
   */
  public Entity byLeadingWords(String words) {
    String prefix = words.toLowerCase(Locale.ROOT) + " ";
    if (prefix.indexOf(' ') == prefix.length() - 1) {
      return null;
    }
    Entity found = null;
    for (Entity p : people) {
      if (p.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        if (found != null && !found.equals(p)) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  /**
   * The person a bare role refers to ("the secretary", "the President"): among those seen with a
   * matching title, the one the article names most (its protagonist), the most recent on a tie.
   */
  public Entity byTitleHead(String head, String country) {
    String h = head.toLowerCase(Locale.ROOT);
    return byTitle(t -> {
      String lower = t.toLowerCase(Locale.ROOT);
      return lower.endsWith(h) || lower.startsWith(h) || lower.contains(h + " ");
    }, country);
  }

  /**
   * The person a role descriptor refers to ("the head of state": whoever's title is a head of state's):
   * among those seen with a title {@code matches} accepts, the one the article names most, the most
   * recent on a tie.
   */
  public Entity byTitle(java.util.function.Predicate<String> matches, String country) {
    Entity best = null;
    int bestCount = 0;
    for (int i = people.size() - 1; i >= 0; i--) {
      Entity p = people.get(i);
      if (p.title() == null || (country != null && p.country() != null && !country.equals(p.country()))) {
        continue;
      }
      if (matches.test(p.title())) {
        int count = mentions.getOrDefault(p.name(), 0);
        if (count > bestCount) {
          best = p;
          bestCount = count;
        }
      }
    }
    return best;
  }

  /**
   * The person a role noun with an organization refers to ("the AU chief"): among those seen with a title that
   * names the organization ("Chairperson of the African Union Commission"), the one named most; or null.
   */
  public Entity byTitleNaming(List<String> organizationNames) {
    Entity best = null;
    int bestCount = 0;
    for (int i = people.size() - 1; i >= 0; i--) {
      Entity p = people.get(i);
      if (p.title() == null) {
        continue;
      }
      String t = " " + p.title().toLowerCase(Locale.ROOT) + " "
          + affiliations.getOrDefault(p.name(), "").toLowerCase(Locale.ROOT) + " ";
      for (String n : organizationNames) {
        if (n.length() >= 2 && t.contains(" " + n.toLowerCase(Locale.ROOT) + " ")) {
          int count = mentions.getOrDefault(p.name(), 0);
          if (count > bestCount) {
            best = p;
            bestCount = count;
          }
          break;
        }
      }
    }
    return best;
  }

  /** Titles of a state's leader, as the last words of a person's title. */
  private static final List<String> LEADER_TITLES = List.of("president", "prime minister", "chancellor", "king",
      "emir", "premier", "sultan", "supreme leader", "chief adviser", "queen", "crown prince");

  /**
   * The leader of this state named before ("the Kenyan leader" after "Kenyan President William Ruto"): the one of
   * its people with a leader's title named most; or null.
   */
  public Entity leaderOf(String iso3) {
    Entity best = null;
    int bestCount = 0;
    for (int i = people.size() - 1; i >= 0; i--) {
      Entity p = people.get(i);
      if (p.title() == null || !iso3.equals(p.country())) {
        continue;
      }
      String t = p.title().toLowerCase(Locale.ROOT);
      boolean leader = !t.startsWith("vice") && !t.startsWith("deputy") && !t.contains("former")
          && LEADER_TITLES.stream().anyMatch(l -> t.equals(l) || t.endsWith(" " + l) && !t.endsWith("vice " + l));
      int count = mentions.getOrDefault(p.name(), 0);
      if (leader && count > bestCount) {
        best = p;
        bestCount = count;
      }
    }
    return best;
  }

  /** Titles of a state's diplomats, as words of a person's title. */
  private static final List<String> DIPLOMAT_TITLES = List.of("foreign minister", "secretary of state", "ambassador",
      "envoy", "diplomat", "foreign secretary");

  /**
   * The diplomat of this state named before ("the Guatemalan diplomat" after "his Guatemalan counterpart X", a
   * foreign minister): the one of its people with a diplomat's title named most, if only one has one; or null.
   */
  public Entity diplomatOf(String iso3) {
    Entity found = null;
    for (Entity p : people) {
      if (p.title() == null || !iso3.equals(p.country())) {
        continue;
      }
      String t = p.title().toLowerCase(Locale.ROOT);
      if (DIPLOMAT_TITLES.stream().anyMatch(t::contains)) {
        if (found != null && !found.equals(p)) {
          return null; // two of them: "the diplomat" could be either
        }
        found = p;
      }
    }
    return found;
  }

  /** Records the organization a person's title was given with ("IAEA Director General X"). */
  public void noteAffiliation(Entity person, String organization) {
    affiliations.put(person.name(), organization);
  }

  /** The person "he" or "she" most likely refers to, or null. */
  public Entity lastSubject() {
    return lastSubject;
  }

  /** The people "they" or "the two leaders" most likely refer to. */
  public List<Entity> lastGroup() {
    return lastGroup;
  }

  /** The people named so far, the one named last at the end. */
  public List<Entity> recentPeople() {
    return java.util.Collections.unmodifiableList(people);
  }

  /** Records a sentence's unquoted people: its first is the new subject; two or more a group. */
  public void endSentence(List<Entity> sentencePeople, Entity subject) {
    if (subject != null) {
      lastSubject = subject;
    }
    if (sentencePeople.size() >= 2) {
      lastGroup = List.copyOf(sentencePeople);
    }
  }

  /** Makes this person the one "he" refers to next (a speaker just attributed). */
  public void noteSubject(Entity e) {
    if (e != null && e.kind() == ActorKind.PERSON) {
      lastSubject = e;
    }
  }

  /** Remembers an organization or group named in the text, for "the bloc" or "the ministers" later. */
  public void noteBody(Entity e) {
    if (e != null && (e.kind() == ActorKind.ORGANIZATION || e.kind() == ActorKind.GROUP)) {
      bodies.remove(e);
      bodies.add(e);
    }
  }

  /** The international organization named last ("the bloc"), or null. */
  public Entity lastInternationalOrganization() {
    for (int i = bodies.size() - 1; i >= 0; i--) {
      Entity e = bodies.get(i);
      if (e.kind() == ActorKind.ORGANIZATION && e.country() == null && e.known()) {
        return e;
      }
    }
    return null;
  }

  /** The organization or group named last whose name ends with this noun ("the ministry", "the ministers"), or null. */
  public Entity lastBodyByHead(String head) {
    return lastBodyByHead(head, null);
  }

  /**
   * The organization or group named last whose head noun is this one ("the ministry" after "Qatar's Ministry of
   * Foreign Affairs" or "the Kenyan foreign ministry"); with a qualifier ("foreign" of "the Foreign Ministry") only
   * one whose name holds it too. Null when none.
   */
  public Entity lastBodyByHead(String head, String qualifier) {
    for (int i = bodies.size() - 1; i >= 0; i--) {
      Entity e = bodies.get(i);
      if (hasHead(e.name(), head) && (qualifier == null || hasWord(e.name(), qualifier))) {
        return e;
      }
    }
    return null;
  }

  /** As {@link #lastBodyByHead(String, String)}, of this state only when {@code iso3} is not null. */
  public Entity lastBodyByHead(String head, String qualifier, String iso3) {
    for (int i = bodies.size() - 1; i >= 0; i--) {
      Entity e = bodies.get(i);
      if (hasHead(e.name(), head) && (qualifier == null || hasWord(e.name(), qualifier))
          && (iso3 == null || iso3.equals(e.country()))) {
        return e;
      }
    }
    return null;
  }

  /** "X Ministry", "Ministry", "X Ministry of Y": the name's head noun is {@code head}. */
  public static boolean hasHead(String name, String head) {
    String n = name.toLowerCase(Locale.ROOT);
    String h = head.toLowerCase(Locale.ROOT);
    return n.equals(h) || n.endsWith(" " + h) || n.startsWith(h + " of ") || n.contains(" " + h + " of ");
  }

  /** The name holds this word ("defense" also as "defence"). */
  static boolean hasWord(String name, String word) {
    String n = " " + name.toLowerCase(Locale.ROOT).replace("defence", "defense") + " ";
    return n.contains(" " + word.toLowerCase(Locale.ROOT).replace("defence", "defense") + " ");
  }

  /**
   * Records the actor that opened the last sentence: a state there is what "its" refers to next ("Belarus denied
   * it. Its defense ministry said ..."); any other opener ends that reference.
   */
  public void noteStateSubject(Entity opener) {
    lastStateSubject = opener != null && opener.kind() == ActorKind.COUNTRY ? opener : null;
    lastBodySubject = opener != null && opener.kind() != ActorKind.PERSON ? opener : null;
  }

  /** Remembers the acronym a body was glossed with ("the Security Ministry (SSPC)"), for "The SSPC said" later. */
  public void noteAcronym(String acronym, Entity body) {
    acronyms.putIfAbsent(acronym, body);
  }

  /** The body glossed with this acronym before, or null. */
  public Entity byAcronym(String acronym) {
    return acronyms.get(acronym);
  }

  /** The state, organization or group that opened the last sentence ("The AU welcomed it. Its spokesman said"), or null. */
  public Entity lastBodySubject() {
    return lastBodySubject;
  }

  /** The state that opened the last sentence, or null. */
  public Entity lastStateSubject() {
    return lastStateSubject;
  }

  /** True when an actor of this canonical name was named before. */
  public boolean knows(String name) {
    return byName.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** Records the state the article reports from (its dateline's, or its unqualified leaders'); the first one wins. */
  public void noteHomeCountry(String iso3) {
    if (homeCountry == null && iso3 != null) {
      homeCountry = iso3;
    }
  }

  /** The state the article reports from ("the Foreign Ministry said" with no other ministry named), or null. */
  public String homeCountry() {
    return homeCountry;
  }
}
