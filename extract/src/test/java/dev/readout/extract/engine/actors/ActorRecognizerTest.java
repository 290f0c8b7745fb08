package dev.readout.extract.engine.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.gazetteer.Gazetteer;
import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.Sentence;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.schemas.avro.ActorKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorRecognizerTest {

  private static ActorRecognizer recognizer;

  @BeforeAll
  static void load() {
    recognizer = new ActorRecognizer(Gazetteer.builtIn());
  }

  /** The actors of each sentence of the text. */
  private static List<List<ActorSpan>> actors(String text) {
    Document d = TextSplitter.split(text);
    ArticleMemory memory = new ArticleMemory();
    List<List<ActorSpan>> out = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      out.add(recognizer.recognize(d, s, memory));
    }
    return out;
  }

  private static List<Entity> entities(List<ActorSpan> spans) {
    return spans.stream().filter(ActorSpan::resolved).flatMap(a -> a.entities().stream()).toList();
  }

  @Test
  void demonymTitleAndNameMakeOnePersonWithCountryAndTitle() {
    Entity e = entities(actors("Nigerian Foreign Minister Yusuf Tuggar arrived.").get(0)).get(0);
    assertThat(e.name()).isEqualTo("Yusuf Tuggar");
    assertThat(e.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(e.country()).isEqualTo("NGA");
    assertThat(e.title()).isEqualTo("Foreign Minister");
    assertThat(e.id()).isEqualTo("person:yusuf-tuggar");
  }

  @Test
  void possessiveCountryBeforeTitleGivesTheCountry() {
    Entity e = entities(actors("Peru's Prime Minister Gustavo Adrianzen spoke.").get(0)).get(0);
    assertThat(e.name()).isEqualTo("Gustavo Adrianzen");
    assertThat(e.country()).isEqualTo("PER");
  }

  @Test
  void ministryIsBuiltFromDemonymOrCountry() {
    Entity e = entities(actors("The Vietnamese Foreign Ministry issued a protest.").get(0)).get(0);
    assertThat(e.name()).isEqualTo("Vietnamese Foreign Ministry");
    assertThat(e.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(e.country()).isEqualTo("VNM");
  }

  @Test
  void demonymAndGroupNounMakeAGroup() {
    Entity e = entities(actors("Sudanese officials rejected the plan.").get(0)).get(0);
    assertThat(e.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(e.name()).isEqualTo("Sudanese officials");
    assertThat(e.country()).isEqualTo("SDN");
  }

  @Test
  void capitalStandsForItsGovernmentButNotAfterIn() {
    List<Entity> es = entities(actors("Ankara said the talks in Doha went well.").get(0));
    assertThat(es).extracting(Entity::name).containsExactly("Turkey");
    assertThat(es.get(0).kind()).isEqualTo(ActorKind.COUNTRY);
  }

  @Test
  void laterSurnamePronounAndRoleResolveToTheFullPerson() {
    List<List<ActorSpan>> s = actors("Chilean President Gabriel Boric visited Lima. "
        + "Boric was welcomed warmly. He thanked his hosts. The president then left.");
    assertThat(entities(s.get(1))).extracting(Entity::name).containsExactly("Gabriel Boric");
    assertThat(entities(s.get(2))).extracting(Entity::name).containsExactly("Gabriel Boric");
    assertThat(entities(s.get(3))).extracting(Entity::name).containsExactly("Gabriel Boric");
  }

  @Test
  void theTwoLeadersAreThePeopleNamedTogetherBefore() {
    List<List<ActorSpan>> s = actors("Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet. "
        + "The two leaders agreed to reopen the border.");
    ActorSpan plural = s.get(1).get(0);
    assertThat(plural.form()).isEqualTo(ActorSpan.Form.PLURAL);
    assertThat(plural.entities()).extracting(Entity::name).containsExactly("Srettha Thavisin", "Hun Manet");
  }

  @Test
  void officerOfAnInternationalBodyActsForNoState() {
    Entity e = entities(actors("African Union Commission Chairperson Moussa Faki Mahamat spoke.").get(0)).stream()
        .filter(x -> x.kind() == ActorKind.PERSON).findFirst().orElseThrow();
    assertThat(e.name()).isEqualTo("Moussa Faki Mahamat");
    assertThat(e.country()).isNull();
  }

  @Test
  void unnamedSpokespersonOfABodyIsTheBody() {
    Entity e = entities(actors("A Kremlin spokesman declined to comment.").get(0)).get(0);
    assertThat(e.name()).isEqualTo("Kremlin");
    assertThat(e.kind()).isEqualTo(ActorKind.ORGANIZATION);
  }

  @Test
  void labelsInCapitalsAreNotPeople() {
    assertThat(entities(actors("RELATED STORY | Lula visits Angola").get(0)))
        .extracting(Entity::name).doesNotContain("RELATED STORY");
  }

  @Test
  void analystAppositiveMakesAPersonNonPolitical() {
    Entity e = entities(actors("Sofia Marquez, an analyst at a Madrid think tank, said so.").get(0)).get(0);
    assertThat(e.name()).isEqualTo("Sofia Marquez");
    assertThat(e.political()).isFalse();
  }

  @Test
  void listOfTitledPeopleKeepsEachTitleWithItsOwnName() {
    List<Entity> es = entities(actors("Secretary of State Marco Rubio, national security adviser Mike Waltz and "
        + "special envoy Steve Witkoff are headed to Riyadh.").get(0));
    assertThat(es).extracting(Entity::name).containsExactly("Marco Rubio", "Mike Waltz", "Steve Witkoff");
    assertThat(es.get(0).title()).isEqualTo("Secretary of State");
    assertThat(es.get(1).title()).isEqualTo("National Security Adviser");
  }

  @Test
  void theBlocIsTheInternationalOrganizationNamedBefore() {
    List<List<ActorSpan>> a = actors("Mercosur leaders gathered in Asuncion. The bloc later froze the talks.");
    assertThat(entities(a.get(1))).extracting(Entity::name).containsExactly("Mercosur");
  }

  @Test
  void theRegionalBlocsCommissionIsTheOrganizationsOrgan() {
    List<List<ActorSpan>> a = actors(
        "The Economic Community of Central African States sent observers, the regional bloc's commission announced.");
    assertThat(entities(a.get(0))).extracting(Entity::name).last().asString().endsWith(" Commission");
  }

  @Test
  void theMinistryIsTheMinistryNamedBefore() {
    List<List<ActorSpan>> a = actors("Peru's foreign ministry summoned the envoy. The ministry gave no reason.");
    assertThat(entities(a.get(1))).extracting(Entity::name).containsExactly(entities(a.get(0)).get(0).name());
  }

  @Test
  void theBlocWithNoOrganizationNamedIsNoActor() {
    assertThat(entities(actors("Peru and Chile argued. The bloc was split.").get(1))).isEmpty();
  }

  @Test
  void statesPossessiveBeforeItsOwnBodyIsOneMention() {
    List<ActorSpan> a = actors("Russia's Federal Security Service detained two men.").get(0);
    assertThat(a).singleElement().satisfies(span -> {
      assertThat(span.entity().name()).isEqualTo("FSB");
      assertThat(span.from()).isZero();
    });
  }

  @Test
  void statesPossessiveBeforeAnotherStatesGenericBodyNamesItsOwn() {
    Entity e = entities(actors("Sri Lanka's Foreign Office protested.").get(0)).get(0);
    assertThat(e.country()).isEqualTo("LKA");
    assertThat(e.name()).endsWith("Foreign Office");
  }

  @Test
  void rolesOfAnOrganizationAreItsGroup() {
    Entity g = entities(actors("Defence ministers of the African Union gathered in Addis Ababa.").get(0)).get(0);
    assertThat(g.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(g.name()).isEqualTo("African Union defence ministers");
    assertThat(g.country()).isNull();
  }

  @Test
  void leadersOfTwoStatesAreNoGroup() {
    List<ActorSpan> a = actors("The leaders of Peru and Ecuador met at the border.").get(0);
    assertThat(entities(a)).extracting(Entity::kind).doesNotContain(ActorKind.GROUP);
  }

  @Test
  void theMinistersAreTheGroupOfMinistersNamedBefore() {
    List<List<ActorSpan>> a = actors("Foreign ministers of the Arab League met in Cairo. The ministers left early.");
    assertThat(entities(a.get(1))).extracting(Entity::name).containsExactly("Arab League foreign ministers");
  }

  @Test
  void anEmbassyIsToldApartByItsCity() {
    Entity e = entities(actors("Canada's embassy in Caracas closed.").get(0)).get(0);
    assertThat(e.name()).isEqualTo("Canadian embassy in Caracas");
    assertThat(e.country()).isEqualTo("CAN");
  }

  @Test
  void theyAfterAGroupInTheSameSentenceIsThatGroup() {
    List<List<ActorSpan>> a = actors("Kenyan President William Ruto met Ugandan President Yoweri Museveni."
        + " Ministers of the East African Community will gather in Arusha, where they will sign the pact.");
    ActorSpan they = a.get(1).stream().filter(x -> x.form() == ActorSpan.Form.PLURAL).findFirst().orElseThrow();
    assertThat(they.entities()).extracting(Entity::kind).containsExactly(ActorKind.GROUP);
  }

  @Test
  void theyWithNoGroupInTheSentenceIsThePeopleNamedTogetherBefore() {
    List<List<ActorSpan>> a = actors("Kenyan President William Ruto met Ugandan President Yoweri Museveni."
        + " Later they visited a factory.");
    ActorSpan they = a.get(1).stream().filter(x -> x.form() == ActorSpan.Form.PLURAL).findFirst().orElseThrow();
    assertThat(they.entities()).extracting(Entity::name).containsExactly("William Ruto", "Yoweri Museveni");
  }

  @Test
  void honorificBetweenTitleAndNameKeepsTheTitle() {
    Entity e = entities(actors("Kuwaiti Foreign Minister Sheikh Salem Al-Sabah arrived.").get(0)).get(0);
    assertThat(e.name()).isEqualTo("Salem Al-Sabah");
    assertThat(e.title()).isEqualTo("Foreign Minister");
    assertThat(e.country()).isEqualTo("KWT");
  }
}
