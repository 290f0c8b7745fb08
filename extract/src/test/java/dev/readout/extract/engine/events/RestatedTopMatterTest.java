package dev.readout.extract.engine.events;

import static dev.readout.extract.testing.SharedEngine.extract;
import static dev.readout.extract.testing.SharedEngine.names;
import static dev.readout.extract.testing.SharedEngine.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.EventMention;
import dev.readout.schemas.avro.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A standfirst or subhead that restates the body's meeting by short forms makes no second event, and the people of
 * an "after" clause are not the ones who will meet.
 */
class RestatedTopMatterTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-04T10:00:00Z");

  private static List<EventMention> meetings(String text) {
    return ofType(extract(text, PUBLISHED), EventType.MEETING);
  }

  @Test
  void standfirstVisitToTheHostCapitalIsTheBodysMeeting() {
    List<EventMention> ms = meetings("Mudavadi in Tokyo: Kenya and Japan agree to expand port finance\n\n"
        + "Foreign Minister Musalia Mudavadi's visit to Tokyo produces the broadest bilateral agenda in years."
        + " Exporters wait.\n\n"
        + "Kenyan Foreign Minister Musalia Mudavadi and Japanese Foreign Minister Takeshi Iwaya agreed on Tuesday to"
        + " expand financing for the Mombasa port. The two held three hours of talks at the Foreign Ministry in Tokyo,"
        + " officials said.");
    assertThat(ms).as("one meeting, told by the body").singleElement().satisfies(m -> {
      assertThat(names(m.getParticipants())).containsExactly("Musalia Mudavadi", "Takeshi Iwaya");
      assertThat(m.getSentence()).startsWith("The two held");
    });
  }

  @Test
  void visitToAStateWhereTheVisitorMetSeveralPeopleRestatesNoneOfThem() {
    List<EventMention> ms = meetings("Indonesian Foreign Minister Sugiono visited Malaysia on Monday. In Kuala"
        + " Lumpur, Sugiono met Malaysian Foreign Minister Mohamad Hasan at Wisma Putra. He also met Malaysian Prime"
        + " Minister Anwar Ibrahim at his office in Putrajaya.");
    assertThat(ms).as("the two meetings keep their own people")
        .anySatisfy(m -> assertThat(names(m.getParticipants())).containsExactly("Sugiono", "Mohamad Hasan"))
        .anySatisfy(m -> assertThat(names(m.getParticipants())).containsExactly("Sugiono", "Anwar Ibrahim"));
  }

  @Test
  void peopleOfAnAfterClauseDoNotMeet() {
    assertThat(meetings("The two governments will meet in Geneva in June, after foreign ministers Marco Rubio and"
        + " Sergey Lavrov signed the accord in Riyadh.")).as("the signatories of the after clause").isEmpty();
  }

  @Test
  void peopleNamedWithAPluralTitleMeet() {
    assertThat(meetings("Foreign ministers Marco Rubio and Sergey Lavrov will meet in Geneva in June."))
        .singleElement().satisfies(m -> assertThat(names(m.getParticipants()))
            .containsExactly("Marco Rubio", "Sergey Lavrov"));
  }
}
