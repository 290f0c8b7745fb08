package dev.readout.extract.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateCluesTest {

  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

  private record Found(Document doc, DateMention date) {}

  private static Found only(String text) {
    Document d = TextSplitter.split(text);
    List<DateMention> found = DateResolver.find(d, 0, d.tokens().size(), PUBLISHED, false);
    assertThat(found).as("dates in '%s'", text).hasSize(1);
    return new Found(d, found.get(0));
  }

  private static boolean datesTheReport(String text) {
    Found f = only(text);
    return DateClues.datesTheReport(f.doc(), f.doc().sentenceOf(f.date().from()), f.date());
  }

  private static boolean afterSince(String text) {
    Found f = only(text);
    return DateClues.afterSince(f.doc(), f.doc().sentenceOf(f.date().from()), f.date());
  }

  @Test
  void aDateRightAfterAReportingVerbDatesTheReport() {
    assertThat(datesTheReport("Fiji and Tonga signed an accord, the ministry said on Monday.")).isTrue();
    assertThat(datesTheReport("The news agency reported Tuesday that the envoys had met.")).isTrue();
    assertThat(datesTheReport("Fiji and Tonga signed an accord on Monday, the ministry said.")).isFalse();
  }

  @Test
  void aDateInASinceClauseStartsASpan() {
    assertThat(afterSince("It is his first trip since taking office on March 21.")).isTrue();
    assertThat(afterSince("Since then, he met Ruto on Monday.")).isFalse();
  }

  @Test
  void todayTonightAndThisMorningAreTheReportsOwnDay() {
    Found today = only("They expect flexibility at today's meeting.");
    assertThat(DateClues.isToday(today.doc(), today.date())).isTrue();
    Found morning = only("He said this morning that talks would go on.");
    assertThat(DateClues.isToday(morning.doc(), morning.date())).isTrue();
    Found monday = only("He said on Monday that talks would go on.");
    assertThat(DateClues.isToday(monday.doc(), monday.date())).isFalse();
  }
}
