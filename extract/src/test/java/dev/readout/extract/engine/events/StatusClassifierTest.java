package dev.readout.extract.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.extract.engine.text.Token;
import dev.readout.schemas.avro.EventStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusClassifierTest {

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Ruto met Hassan in Nairobi.|met|OCCURRED",
      "The ministers held talks on Monday.|talks|OCCURRED",
      "Modi will hold talks with Albanese next week.|talks|PLANNED",
      "Lula is scheduled to meet Milei in Buenos Aires.|meet|PLANNED",
      "The envoys are headed to Doha to initiate negotiations.|negotiations|PLANNED",
      "Erdogan could meet Assad soon.|meet|PROPOSED",
      "Macron wants to meet Xi before the summit.|meet|PROPOSED",
      "The summit is expected to take place in Kigali.|summit|PLANNED",
      "The first meeting between the two presidents will be held in Hanoi.|meeting|PLANNED",
      "Tinubu suggested a meeting with the junta leaders.|meeting|PROPOSED",
      "They met, but no formal decision on a summit has been made.|met|OCCURRED",
      "The ministry said Sikorski would hold talks with Sybiha in Lviv on Tuesday.|talks|PLANNED",
      "Orban said he would raise it when he meets Fico in Bratislava later this week.|meets|PLANNED",
      "Diplomats said Orban would meet Fico if the dispute eased.|meet|PROPOSED",
      "The talks prepared a possible encounter between Petro and Noboa next month.|encounter|PROPOSED",
      "The embassy said Ruto would visit Accra in March.|visit|PLANNED"})
  void statusFollowsTheCuesAroundTheTrigger(String sentence, String trigger, EventStatus expected) {
    Document d = TextSplitter.split(sentence);
    int t = d.tokens().stream().filter(x -> x.text().equals(trigger)).mapToInt(Token::index).findFirst().orElseThrow();
    assertThat(StatusClassifier.classify(d, d.sentences().get(0), t)).isEqualTo(expected);
  }
}
