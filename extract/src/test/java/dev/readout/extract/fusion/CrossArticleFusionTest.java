package dev.readout.extract.fusion;

import static dev.readout.extract.testing.Mentions.call;
import static dev.readout.extract.testing.Mentions.meeting;
import static dev.readout.extract.testing.Mentions.person;
import static dev.readout.extract.testing.Mentions.statement;
import static dev.readout.extract.testing.Mentions.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.DatePrecision;
import dev.readout.schemas.avro.Event;
import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reports of one event by different outlets, in other words, with fewer names or vaguer dates. */
class CrossArticleFusionTest {

  private static final Actor MARSUDI = person("Retno Marsudi", "IDN");
  private static final Actor PANDOR = person("Naledi Pandor", "ZAF");
  private static final Actor MODI = person("Narendra Modi", "IND");
  private static final Actor LULA = person("Luiz Inacio Lula da Silva", "BRA");
  private static final Actor SCHOLZ = person("Olaf Scholz", "DEU");
  private static final LocalDate DAY = LocalDate.parse("2025-03-04");

  private final Fuser fuser = new Fuser();

  private static Actor generic(String id, String name, ActorKind kind, String country) {
    return Actor.newBuilder().setId(id).setName(name).setKind(kind).setTitle(null).setCountry(country).setMention(name).build();
  }

  private static Actor country(String name, String code) {
    return generic("country:" + code.toLowerCase(Locale.ROOT), name, ActorKind.COUNTRY, code);
  }

  /** The live stream finds the pair: same partition, a shared blocking key. */
  private void assertKeysShared(EventMention a, EventMention b) {
    Set<String> shared = new HashSet<>(fuser.blockingKeys(a));
    shared.retainAll(fuser.blockingKeys(b));
    assertThat(shared).as("a blocking key shared by %s and %s, so the stream compares them", a.getId(), b.getId()).isNotEmpty();
    assertThat(fuser.partitionKey(a)).as("the partition of %s and %s", a.getId(), b.getId()).isEqualTo(fuser.partitionKey(b));
  }

  @Test
  void oneRemarkReportedInTwoPhrasingsIsOneStatement() {
    EventMention direct = with(statement("a-1", "jakarta-post", "2025-03-04T12:00:00Z", DAY, MARSUDI,
        "ASEAN will not take sides. We want the South China Sea to remain a sea of peace, and a code of conduct"
            + " must be concluded this year."), m -> m.setMode("DIRECT_QUOTE"));
    EventMention reported = with(statement("b-1", "straits-times", "2025-03-05T06:00:00Z", DAY, MARSUDI,
        "the bloc would not be taking sides in the South China Sea disputes and that a code of conduct should be"
            + " concluded by the end of the year, the minister told reporters in Jakarta"), m -> m.setMode("REPORTED_SPEECH"));

    assertThat(fuser.sameEvent(direct, reported)).isTrue();
    assertKeysShared(direct, reported);
    assertThat(fuser.fuse(List.of(direct, reported))).singleElement().satisfies(e -> {
      assertThat(e.getArticleIds()).containsExactly("jakarta-post", "straits-times");
      assertThat(e.getQuote()).as("her own words, not the longer paraphrase").isEqualTo(direct.getQuote());
    });
  }

  @Test
  void twoDifferentRemarksOfOneMinisterOnTheSameDayStayApart() {
    EventMention sea = statement("a-1", "jakarta-post", "2025-03-04T12:00:00Z", DAY, MARSUDI,
        "ASEAN will not take sides in the South China Sea, and a code of conduct must be concluded this year");
    EventMention myanmar = statement("b-1", "straits-times", "2025-03-05T06:00:00Z", DAY, MARSUDI,
        "ASEAN must speak with one voice on Myanmar, and the violence against civilians must stop this year");

    assertThat(fuser.sameEvent(sea, myanmar)).isFalse();
    assertThat(fuser.fuse(List.of(sea, myanmar))).hasSize(2);
  }

  @Test
  void anOutletQuotingTheRemarksKeyWordsInItsParaphraseReportsTheSameRemark() {
    EventMention remark = statement("a-1", "mail-guardian", "2025-03-04T12:00:00Z", DAY, PANDOR,
        "The duties go within days. Our millers cannot wait and neither can the families who buy their bread.");
    EventMention paraphrase = with(statement("b-1", "reuters", "2025-03-06T09:00:00Z", LocalDate.parse("2025-03-03"), PANDOR,
            "Pretoria would scrap import duties on maize once the drought ends, adding that the measure would start"
                + " “within days” and help millers and consumers across the region"),
        m -> m.setDatePrecision(DatePrecision.WEEK));
    EventMention otherRemark = statement("c-1", "reuters", "2025-03-06T09:00:00Z", DAY, PANDOR,
        "South Africa will respond within days to any tariff on its steel, and it will not be bullied");

    assertThat(fuser.sameEvent(remark, paraphrase)).as("same speaker, same week, key words quoted verbatim").isTrue();
    assertKeysShared(remark, paraphrase);
    assertThat(fuser.sameEvent(remark, otherRemark)).as("sharing a phrase is not saying the same thing").isFalse();
    EventMention daysLater = with(paraphrase, m -> {
      m.setId("d-1");
      m.setDate(LocalDate.parse("2025-03-07"));
      m.setDatePrecision(DatePrecision.DAY);
    });
    assertThat(fuser.sameEvent(remark, daysLater)).as("a paraphrase of another day may be of another speech").isFalse();
    assertThat(fuser.sameEvent(paraphrase, daysLater)).as("the same words are the same remark within a few days").isTrue();
  }

  @Test
  void remarksThatOnlyNameTheSameLeaderAreDifferentStatements() {
    EventMention summit = statement("a-1", "hindu", "2025-03-04T12:00:00Z", DAY, PANDOR,
        "Brazilian President Luiz Inacio Lula da Silva will attend the summit in Johannesburg");
    EventMention call = statement("b-1", "folha", "2025-03-04T18:00:00Z", DAY, PANDOR,
        "she discussed grain prices with Brazilian President Luiz Inacio Lula da Silva");

    assertThat(fuser.sameEvent(summit, call)).isFalse();
  }

  @Test
  void aCallReportedWithACountryWhereAnotherReportNamesItsLeaderIsOneEvent() {
    EventMention named = call("a-1", "hindu", "2025-03-05T08:00:00Z", null, MODI, LULA, SCHOLZ);
    EventMention vaguer = with(call("b-1", "folha", "2025-03-06T08:00:00Z", LocalDate.parse("2025-03-03"), LULA, country("India", "IND")),
        m -> m.setDatePrecision(DatePrecision.WEEK));

    assertThat(fuser.sameEvent(named, vaguer)).as("India stands in for Modi; Lula is named by both").isTrue();
    assertKeysShared(named, vaguer);
    List<Event> events = fuser.fuse(List.of(named, vaguer));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.getDate()).isEqualTo(LocalDate.parse("2025-03-03"));
      assertThat(e.getParticipants()).extracting(Actor::getId).contains("person:narendra-modi", "country:ind");
    });
  }

  @Test
  void anUndatedMeetingThatHappenedIsNotTheSameLeadersNextMeeting() {
    Actor tinubu = person("Bola Tinubu", "NGA");
    Actor mahama = person("John Mahama", "GHA");
    EventMention atTheSummit = meeting("a-1", "premium-times", "2026-02-10T17:30:00Z", null, tinubu, mahama);
    EventMention stateVisit = meeting("b-1", "graphic", "2026-02-16T12:00:00Z", LocalDate.parse("2026-02-16"), mahama, tinubu);
    EventMention planned = with(meeting("c-1", "punch", "2026-02-10T08:00:00Z", null, tinubu, mahama),
        m -> m.setStatus(EventStatus.PLANNED));

    assertThat(fuser.sameEvent(atTheSummit, stateVisit))
        .as("reported on the 10th as having happened, so not the meeting of the 16th").isFalse();
    assertThat(fuser.sameEvent(planned, stateVisit)).as("a meeting planned on the 10th may be the one of the 16th").isTrue();
    assertThat(fuser.sameEvent(atTheSummit, with(stateVisit, m -> m.setDate(LocalDate.parse("2026-02-09")))))
        .as("a dated report of the same days").isTrue();
  }

  @Test
  void countriesAloneDoNotJoinAMeetingOfTheirLeaders() {
    EventMention leaders = meeting("a-1", "hindu", "2025-03-04T12:00:00Z", DAY, MODI, LULA);
    EventMention countries = meeting("b-1", "folha", "2025-03-04T18:00:00Z", DAY, country("India", "IND"), country("Brazil", "BRA"));

    assertThat(fuser.sameEvent(leaders, countries)).as("no actor shared outright, no blocking key shared").isFalse();
  }

  @Test
  void aSummitOfManyCountriesDoesNotJoinABilateralMeetingByItsCountries() {
    EventMention bilateral = meeting("a-1", "hindu", "2025-03-04T12:00:00Z", DAY, MODI, LULA);
    EventMention summit = meeting("b-1", "folha", "2025-03-04T18:00:00Z", DAY, LULA, country("India", "IND"),
        country("China", "CHN"), country("South Africa", "ZAF"), country("Russia", "RUS"));

    assertThat(fuser.sameEvent(bilateral, summit)).as("the summit names more, so it is not the vaguer report").isFalse();
  }

  @Test
  void aMeetingWithOfficialsJoinsTheReportNamingTheirMinister() {
    Actor wong = person("Penny Wong", "AUS");
    EventMention named = meeting("a-1", "abc", "2025-03-04T12:00:00Z", DAY, wong, person("Sugiono", "IDN"));
    EventMention delegation = meeting("b-1", "kompas", "2025-03-04T18:00:00Z", DAY, wong, person("Richard Marles", "AUS"),
        generic("group:indonesian-officials", "Indonesian officials", ActorKind.GROUP, "IDN"));

    assertThat(fuser.sameEvent(named, delegation)).as("the officials stand in for Sugiono; Wong is named by both").isTrue();
    assertKeysShared(named, delegation);
  }

  @Test
  void aCountryDoesNotStandInForSomeoneOfAnotherCountry() {
    EventMention withLula = call("a-1", "hindu", "2025-03-04T12:00:00Z", DAY, MODI, LULA);
    EventMention withGermany = call("b-1", "spiegel", "2025-03-04T18:00:00Z", DAY, MODI, country("Germany", "DEU"));

    assertThat(fuser.sameEvent(withLula, withGermany)).isFalse();
  }

  @Test
  void aMentionReExtractedUnderTheSameIdIsComparedByItsNewWords() {
    EventMention sea = statement("a-1", "jakarta-post", "2025-03-04T12:00:00Z", DAY, MARSUDI,
        "ASEAN will not take sides in the South China Sea, and a code of conduct must be concluded this year");
    EventMention first = statement("b-1", "straits-times", "2025-03-05T06:00:00Z", DAY, MARSUDI,
        "ASEAN must speak with one voice on Myanmar, and the violence against civilians must stop");
    EventMention reExtracted = statement("b-1", "straits-times", "2025-03-05T06:00:00Z", DAY, MARSUDI,
        "a code of conduct for the South China Sea must be concluded this year, and ASEAN will not take sides");

    assertThat(fuser.sameEvent(sea, first)).isFalse();
    assertThat(fuser.sameEvent(sea, reExtracted)).as("the cached traits of the first version are not reused").isTrue();
  }
}
