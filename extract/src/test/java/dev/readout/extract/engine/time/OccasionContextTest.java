package dev.readout.extract.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import org.junit.jupiter.api.Test;

class OccasionContextTest {

  private static boolean placed(String text) {
    Document d = TextSplitter.split(text);
    return OccasionContext.placesAtOccasion(d, 0, d.tokens().size());
  }

  @Test
  void wordsSpokenAtOrRightAfterAMeetingArePlacedThere() {
    assertThat(placed("Boric said at a joint news conference.")).isTrue();
    assertThat(placed("Boluarte told reporters after the second session.")).isTrue();
    assertThat(placed("Johnson Smith said in her opening remarks.")).isTrue();
    assertThat(placed("During the talks, the envoy repeated his offer.")).isTrue();
    assertThat(placed("Ramaphosa said at the signing ceremony.")).isTrue();
    assertThat(placed("Tokayev told a news conference in Astana.")).isTrue();
    assertThat(placed("Mottley told reporters after the leaders' retreat.")).isTrue();
  }

  @Test
  void aBareAttributionIsPlacedNowhere() {
    assertThat(placed("Boric said the two countries would cooperate.")).isFalse();
    assertThat(placed("The minister wrote on X that progress was slow.")).isFalse();
    assertThat(placed("Tokayev told state television that water must unite the region.")).isFalse();
    assertThat(placed("Boluarte said after him that trade would grow.")).isFalse();
  }

  @Test
  void anOccasionInsideAQuotationDoesNotCount() {
    assertThat(placed("\"We met at the summit,\" the minister said.")).isFalse();
  }

  private static boolean sameDay(String text) {
    Document d = TextSplitter.split(text);
    return OccasionContext.sameDayAsBefore(d, 0, d.tokens().size());
  }

  @Test
  void wordsThatTieToTheDayOfWhatCameBefore() {
    assertThat(sameDay("Her remarks came hours after the minister said the border would stay shut.")).isTrue();
    assertThat(sameDay("Earlier in the day, the envoy said talks were on track.")).isTrue();
    assertThat(sameDay("Later that evening, the president said he was hopeful.")).isTrue();
    assertThat(sameDay("The ministry said the same day that it would reply.")).isTrue();
    assertThat(sameDay("Boluarte, speaking after him, said trade would double.")).isTrue();
    assertThat(sameDay("Speaking before Petro, Noboa said the border was calm.")).isTrue();
  }

  @Test
  void wordsThatTieToNoDay() {
    assertThat(sameDay("The minister said the border would stay shut for hours.")).isFalse();
    assertThat(sameDay("Later, the envoy said talks were on track.")).isFalse();
    assertThat(sameDay("Speaking after the vote, the minister said he was satisfied.")).isFalse();
    assertThat(sameDay("\"We met hours after the attack,\" the envoy said.")).isFalse();
  }

  private static boolean interview(String text) {
    Document d = TextSplitter.split(text);
    int verb = -1;
    for (int i = 0; i < d.tokens().size(); i++) {
      if (d.token(i).is("told")) {
        verb = i;
        break;
      }
    }
    return OccasionContext.ownOccasion(d, 0, d.tokens().size(), verb, -1, -1);
  }

  @Test
  void anOutletNamedAfterItsOwnerOrNationalityIsAnInterview() {
    assertThat(interview("Odongo told Ugandan state television that the border would reopen.")).isTrue();
    assertThat(interview("The minister told the national news agency Antara that talks went well.")).isTrue();
    assertThat(interview("Sogavare told the broadcaster's Pacific Mornings programme that aid was welcome.")).isTrue();
    assertThat(interview("Petro told Caracol Radio that the talks were over.")).isTrue();
  }

  @Test
  void aBodyOrAPressEventAfterToldIsNoInterview() {
    assertThat(interview("Odongo told the National Assembly that the border would reopen.")).isFalse();
    assertThat(interview("Odongo told Ugandan lawmakers that the border would reopen.")).isFalse();
    assertThat(interview("Odongo told a joint media stakeout that the border would reopen.")).isFalse();
  }
}
