// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as precisely as real records give them ("hösten 2019", "början av 2020", "2019"). */
class PartialDateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2019, 2019-01-01, 2019-12-31, YEAR",
    "2019-05, 2019-05-01, 2019-05-31, MONTH",
    "2020-02, 2020-02-01, 2020-02-29, MONTH",
    "2019-05-14, 2019-05-14, 2019-05-14, DAY",
    "maj 2019, 2019-05-01, 2019-05-31, MONTH",
    "May 2019, 2019-05-01, 2019-05-31, MONTH",
    "våren 2020, 2020-03-01, 2020-05-31, SEASON",
    "hösten 2019, 2019-09-01, 2019-11-30, SEASON",
    "Autumn 2019, 2019-09-01, 2019-11-30, SEASON",
    "vintern 2019, 2019-12-01, 2020-02-29, SEASON",
    "början av 2020, 2020-01-01, 2020-04-30, SEASON",
    "mitten av 2020, 2020-05-01, 2020-08-31, SEASON",
    "late 2018, 2018-09-01, 2018-12-31, SEASON",
  })
  void aRecordsWordingBecomesThePeriodTheDateLiesIn(String text, String earliest, String latest, DatePrecision precision) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.earliest()).isEqualTo(LocalDate.parse(earliest));
    assertThat(date.latest()).isEqualTo(LocalDate.parse(latest));
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.wording()).isEqualTo(text);
    assertThat(date).hasToString(text);
    assertThat(date.exact()).isEqualTo(precision == DatePrecision.DAY);
  }

  @Test
  void somethingThatIsNoDateIsRefusedNamingTheFormsThatAre() {
    for (String text : new String[] {"snart", "2019-13", "hösten", "2019-02-30", "", "19"}) {
      assertThatThrownBy(() -> PartialDate.parse(text)).as(text)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hösten 2019");
    }
  }

  @Test
  void aPeriodBetweenTwoApproximateDatesSpansBothAtTheCoarserPrecision() {
    DateRange range = DateRange.between(PartialDate.parse("2019-05"), PartialDate.parse("hösten 2019"));
    assertThat(range.start()).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(range.end()).isEqualTo(LocalDate.of(2019, 11, 30));
    assertThat(range.precision()).isEqualTo(DatePrecision.SEASON);
    assertThat(range.exact()).isFalse();
    assertThat(DateRange.of(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 2)).exact()).isTrue();
  }

  @Test
  void aMeetingWithAnApproximateDateLiesWithinIt() {
    PartialDate spring = PartialDate.parse("våren 2020");
    Meeting meeting = Meeting.builder().id(MeetingId.of("m")).title("Dialog").format(MeetingFormat.PHYSICAL)
        .start(spring.earliest().atStartOfDay()).end(spring.latest().atTime(23, 59)).approximateDate(spring).build();
    assertThat(meeting.approximateDate()).contains(spring);
    assertThatThrownBy(() -> Meeting.builder().from(meeting).approximateDate(PartialDate.parse("2019")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("approximateDate");
  }
}
