package dev.readout.extract.engine.events;

import dev.readout.extract.engine.actors.ActorSpan;
import dev.readout.extract.engine.actors.AnalyzedArticle;
import dev.readout.extract.engine.actors.Entity;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.WordSet;
import dev.readout.schemas.avro.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several states or bodies speaking with one voice ("Kenya and Ethiopia said in a joint statement", "the two
 * countries said"): one attribution, so one statement (EVENTS.md rule 2), whose speaker is the group of its
 * members, named by them ("Kenya and Ethiopia") so that any member names it.
 */
final class JointSpeakers {

  /** How far back "the two countries" looks for the states it means. */
  private static final int SENTENCES_BACK = 3;
  private static final int MAX_MEMBERS = 6;
  /** "the two/three/four countries": the word's index + 2 is the count. */
  private static final List<String> COUNTS = List.of("two", "three", "four", "five", "six");
  private static final Set<String> STATE_NOUNS = WordSet.of("countries", "nations", "governments", "states",
      "neighbours", "neighbors");

  private JointSpeakers() {}

  /**
   * "Kenya, Uganda and Tanzania said", "Modi and Albanese said in a joint statement": the coordinated
   * subject ending with {@code last}, as one speaker; null when {@code last} stands alone.
   */
  static ActorSpan coordinated(AnalyzedArticle article, Sentence s, ActorSpan last) {
    Document doc = article.doc();
    List<ActorSpan> members = new ArrayList<>();
    members.add(last);
    int i = last.from() - 1;
    if (i <= s.from() || !doc.token(i).is("and")) {
      return null; // "mediated by A and B, the ministry said": a list ends with "and", so the last is no member
    }
    while (i > s.from() && members.size() < MAX_MEMBERS && (doc.token(i).is("and") || doc.token(i).is(","))) {
      ActorSpan before = article.spanEndingAt(i - 1);
      if (before == null || before.quoted() || before.entity() == null) {
        break;
      }
      members.add(0, before);
      i = before.from() - 1; // on to "A, B and C"
    }
    if (members.size() < 2 || i >= s.from() && doc.token(i).isWord() && !doc.token(i).is("both")
        && !authorsOfAText(doc, s, i)) {
      return null; // "talks between A and B, the ministry said" ... only a whole subject speaks jointly
    }
    for (ActorSpan m : members) {
      if (!StatementFinder.political(m.entity()) || m.form() != ActorSpan.Form.NAME && m.form() != ActorSpan.Form.BODY) {
        return null; // "Qatar's Prime Minister and Foreign Minister Al Thani": one person's two roles
      }
    }
    if (members.stream().map(ActorSpan::entity).distinct().count() < members.size()) {
      return null;
    }
    long people = members.stream().filter(m -> m.entity().kind() == ActorKind.PERSON).count();
    if (people > 0 && people < members.size()) {
      return null; // "Kenya and envoy X said" is no one voice of a state and a person: X speaks
    }
    return group(members.stream().map(ActorSpan::entity).toList(), members.get(0).from(), last.to());
  }

  /** "a statement issued by A and B said", "the foreign ministers of A and B said": the authors of the words. */
  private static boolean authorsOfAText(Document doc, Sentence s, int i) {
    if (doc.token(i).is("by") || doc.token(i).is("from")) {
      return true;
    }
    return doc.token(i).is("of") && i - 1 >= s.from() && ROLES.contains(doc.token(i - 1).lower());
  }

  private static final Set<String> ROLES = WordSet.of("ministers", "leaders", "presidents", "governments",
      "heads", "representatives", "envoys");

  /** "the two leaders said", "both presidents said": the people named together before, as one speaker. */
  static ActorSpan plural(ActorSpan span) {
    if (span.form() != ActorSpan.Form.PLURAL || span.entities().size() < 2 || span.entities().size() > MAX_MEMBERS) {
      return null;
    }
    for (Entity e : span.entities()) {
      if (!StatementFinder.political(e)) {
        return null;
      }
    }
    return group(span.entities(), span.from(), span.to());
  }

  /**
   * "The two countries said", "the three nations said", "both governments said": that many states (or their
   * bodies) named last, as one speaker; null when that many cannot be found.
   */
  static ActorSpan theTwoStates(AnalyzedArticle article, Sentence s, int verb) {
    Document doc = article.doc();
    int noun = verb - 1;
    while (noun > s.from() && StatementFinder.isAdverb(doc.token(noun))) {
      noun--;
    }
    if (noun - 1 < s.from() || !STATE_NOUNS.contains(doc.token(noun).lower())) {
      return null;
    }
    int from;
    int count = COUNTS.indexOf(doc.token(noun - 1).lower()) + 2;
    if (count >= 2 && noun - 2 >= s.from() && doc.token(noun - 2).is("the")) {
      from = noun - 2;
    } else if (doc.token(noun - 1).is("both")) {
      from = noun - 1;
      count = 2;
    } else {
      return null;
    }
    List<Entity> states = new ArrayList<>();
    for (int k = s.index(); k >= 0 && k >= s.index() - SENTENCES_BACK && states.size() < count; k--) {
      List<ActorSpan> spans = article.actors(doc.sentences().get(k));
      for (int j = spans.size() - 1; j >= 0 && states.size() < count; j--) {
        ActorSpan a = spans.get(j);
        Entity e = a.entity();
        if (a.quoted() || a.from() >= from || e == null || e.country() == null
            || e.kind() != ActorKind.COUNTRY && e.kind() != ActorKind.ORGANIZATION) {
          continue;
        }
        if (states.stream().noneMatch(x -> Objects.equals(x.country(), e.country()))) {
          states.add(0, e);
        }
      }
    }
    return states.size() == count ? group(states, from, noun + 1) : null;
  }

  private static ActorSpan group(List<Entity> members, int from, int to) {
    StringBuilder name = new StringBuilder();
    String country = members.get(0).country();
    for (int k = 0; k < members.size(); k++) {
      if (k > 0) {
        name.append(k == members.size() - 1 ? " and " : ", ");
      }
      name.append(members.get(k).name());
      if (!Objects.equals(country, members.get(k).country())) {
        country = null;
      }
    }
    Entity joint = new Entity(name.toString(), ActorKind.GROUP, null, country, true, true);
    return new ActorSpan(from, to, List.of(joint), ActorSpan.Form.BODY, false);
  }
}
