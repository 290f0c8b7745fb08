package dev.readout.extract.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.extract.engine.text.Document;
import dev.readout.extract.engine.text.TextSplitter;
import dev.readout.schemas.avro.DatePrecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  /** Sunday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 16);

  private static DateMention only(String text, boolean future) {
    Document d = TextSplitter.split(text);
    List<DateMention> found = DateResolver.find(d, 0, d.tokens().size(), PUBLISHED, future);
    assertThat(found).as("dates in '%s'", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void pastWeekdayIsTheMostRecentOne() {
    DateMention m = only("The ministers met on Saturday.", false);
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 2, 15));
    assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(m.text()).isEqualTo("Saturday");
  }

  @Test
  void aWeekdayFollowedByLastIsTheOneOfTheWeekBeforeButNotWhenLastNamesAWeek() {
    DateMention m = only("The spokesperson said on Sunday last that talks would resume.", false);
    assertThat(m.date()).as("'on Sunday last' in a Sunday's report: a week ago").isEqualTo(LocalDate.of(2025, 2, 9));
    assertThat(m.text()).isEqualTo("Sunday last");
    assertThat(only("They met on Friday last.", false).date()).isEqualTo(LocalDate.of(2025, 2, 14));
    List<DateMention> week = DateResolver.find(TextSplitter.split("They met on Friday last week."), 0, 7, PUBLISHED,
        false);
    assertThat(week).as("'Friday last week' is no 'Friday last'").noneMatch(d -> d.text().equals("Friday last"));
  }

  @Test
  void plannedWeekdayIsTheNextOne() {
    assertThat(only("They will meet on Tuesday.", true).date()).isEqualTo(LocalDate.of(2025, 2, 18));
  }

  @Test
  void weekSpansStartOnMondayWithWeekPrecision() {
    DateMention m = only("Talks will begin later this week.", true);
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 2, 10));
    assertThat(m.precision()).isEqualTo(DatePrecision.WEEK);
    assertThat(only("They meet next week.", true).date()).isEqualTo(LocalDate.of(2025, 2, 17));
  }

  @Test
  void thisWeekendIsItsSaturday() {
    assertThat(only("Leaders gathered this weekend.", false).date()).isEqualTo(LocalDate.of(2025, 2, 15));
  }

  @Test
  void lastMonthIsItsFirstDayWithMonthPrecision() {
    DateMention m = only("He met Putin last month.", false);
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void explicitDatesAsNewsWritesThem() {
    assertThat(only("They met on Feb. 12.", false).date()).isEqualTo(LocalDate.of(2025, 2, 12));
    assertThat(only("The visit is set for 26 March.", true).date()).isEqualTo(LocalDate.of(2025, 3, 26));
    assertThat(only("It happened on March 11, 2024.", false).date()).isEqualTo(LocalDate.of(2024, 3, 11));
    DateMention m = only("Abe met Moon in December 2019.", false);
    assertThat(m.date()).isEqualTo(LocalDate.of(2019, 12, 1));
    assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void monthWithoutYearInThePastIsLastYearsWhenStillAhead() {
    assertThat(only("Suga met Moon in June.", false).date()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(only("Suga met Moon in June last year.", false).date()).isEqualTo(LocalDate.of(2024, 6, 1));
  }

  @Test
  void todayYesterdayTomorrow() {
    assertThat(only("The envoy arrived yesterday.", false).date()).isEqualTo(LocalDate.of(2025, 2, 15));
    assertThat(only("She said today.", false).date()).isEqualTo(PUBLISHED);
    assertThat(only("They meet tomorrow.", true).date()).isEqualTo(LocalDate.of(2025, 2, 17));
  }

  @Test
  void modalMayIsNoDate() {
    Document d = TextSplitter.split("They may meet soon.");
    assertThat(DateResolver.find(d, 0, d.tokens().size(), PUBLISHED, true)).isEmpty();
  }

  @Test
  void datelineFilingDateIsNoEventDate() {
    DateMention m = only("NAIROBI, Feb 14 (AFP) - Kenyan and Somali ministers met on Thursday in Mombasa.", false);
    assertThat(m.text()).isEqualTo("Thursday");
    assertThat(only("ACCRA, Feb 15 — Ghana's president flew to Lomé on Wednesday.", false).date())
        .isEqualTo(LocalDate.of(2025, 2, 12));
    Document d = TextSplitter.split("LA PAZ, Feb 16 -- Bolivia and Peru signed a border accord.");
    assertThat(DateResolver.find(d, 0, d.tokens().size(), PUBLISHED, false))
        .as("a dateline is the filing date, not the accord's").isEmpty();
  }

  @Test
  void dateAfterCommaInRunningTextIsKept() {
    assertThat(only("The envoys meet in GENEVA, Feb 20 - a week before the deadline.", true).date())
        .isEqualTo(LocalDate.of(2025, 2, 20));
    assertThat(only("The envoys meet in Geneva, Feb 20 - a week before the deadline.", true).date())
        .isEqualTo(LocalDate.of(2025, 2, 20));
  }

  @Test
  void earlyMidAndLateMonthAreTheMonth() {
    DateMention mid = only("Talks could resume in mid-March.", true);
    assertThat(mid.date()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(mid.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(only("The envoys met in early January.", false).date()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(only("A summit is planned for late March.", true).date()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void overTheWeekendIsTheNearestSaturdayWithWeekPrecision() {
    DateMention past = only("The envoys held talks in Doha over the weekend.", false);
    assertThat(past.date()).isEqualTo(LocalDate.of(2025, 2, 15));
    assertThat(past.precision()).isEqualTo(DatePrecision.WEEK);
    assertThat(past.text()).isEqualTo("the weekend");
    assertThat(only("The envoys will meet at the weekend.", true).date()).isEqualTo(LocalDate.of(2025, 2, 22));
  }

  @Test
  void aSpanOfDaysIsDatedByItsFirstDay() {
    DateMention hyphen = only("The ministers met on February 3-4 in Abuja.", false);
    assertThat(hyphen.date()).isEqualTo(LocalDate.of(2025, 2, 3));
    assertThat(hyphen.precision()).isEqualTo(DatePrecision.WEEK);
    assertThat(only("The ministers met on 10 and 11 February in Abuja.", false).date())
        .isEqualTo(LocalDate.of(2025, 2, 10));
    assertThat(only("The summit runs from March 3 to 5.", true).date()).isEqualTo(LocalDate.of(2025, 3, 3));
  }

  @Test
  void aSpanMarchesOnlyWithDays() {
    assertThat(DateResolver.find(TextSplitter.split("Protesters march to the palace."), 0, 5, PUBLISHED, false))
        .isEmpty();
  }

  @Test
  void countedBackFromThePublicationDay() {
    assertThat(only("They met two weeks ago.", false).date()).isEqualTo(LocalDate.of(2025, 1, 27));
    assertThat(only("They met three days ago.", false).date()).isEqualTo(LocalDate.of(2025, 2, 13));
    DateMention month = only("They met a month ago.", false);
    assertThat(month.date()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void thePastWeekendIsTheOneJustGone() {
    DateMention m = only("They met this past weekend.", false);
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 2, 15));
    assertThat(m.precision()).isEqualTo(DatePrecision.WEEK);
    assertThat(m.text()).isEqualTo("this past weekend");
  }

  @Test
  void theEndOfTheMonthIsThatMonth() {
    DateMention m = only("They will meet at the end of the month.", true);
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(only("They will meet by the end of next month.", true).date()).isEqualTo(LocalDate.of(2025, 3, 1));
  }
}
