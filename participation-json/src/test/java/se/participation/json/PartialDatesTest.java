// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.participation.api.DatePrecision;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.Part;
import se.participation.core.ProcessEngine;
import se.participation.testkit.Pilot;

/** A document gives dates as precisely as its sources do: "våren 2020", "hösten 2019", "början av 2020". */
class PartialDatesTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  @Test
  void aMeetingWhoseSourcesGiveOnlyTheSeasonSpansItAndKeepsTheWording() {
    Judgement judgement = Judgement.of(Input.of(ExamplesTest.EXAMPLES.resolve("real-falun-skolstruktur-2020.yaml")), ENGINE);
    Meeting dialogues = judgement.process().meeting(MeetingId.of("dialoger-byarna")).orElseThrow();
    assertThat(dialogues.approximateDate()).hasValueSatisfying(d -> {
      assertThat(d.wording()).isEqualTo("våren 2020");
      assertThat(d.precision()).isEqualTo(DatePrecision.SEASON);
    });
    assertThat(dialogues.start()).isEqualTo(LocalDateTime.of(2020, 3, 1, 0, 0));
    assertThat(dialogues.end()).isEqualTo(LocalDateTime.of(2020, 5, 31, 23, 59));
    assertThat(dialogues.held()).isTrue();

    // Exported and read again, the document says the same.
    ProcessDocument exported = ProcessDocuments.export(judgement.history(), ENGINE);
    ProcessDocument again = ProcessDocuments.read(ProcessDocuments.write(exported, Format.YAML), "again.yaml");
    assertThat(again.meetings()).isEqualTo(exported.meetings());
    assertThat(Judgement.of(Input.of(ProcessDocuments.write(exported, Format.YAML), "again.yaml"), ENGINE).process().meetings())
        .isEqualTo(judgement.process().meetings());
  }

  @Test
  void aPlanPeriodAndAMandateCanBeGivenApproximately() throws IOException {
    String pilot = Files.readString(ExamplesTest.EXAMPLES.resolve("pilot.yaml"));
    assertThat(pilot).contains("decidedOn: början av 2020");
    String text = pilot.replace("    UTVARDERING:\n      start: 2022-12-01\n      end: 2022-12-31\n", "    UTVARDERING: hösten 2022\n");
    assertThat(text).contains("UTVARDERING: hösten 2022");
    Judgement judgement = Judgement.of(Input.of(text, "pilot.yaml"), ENGINE);
    var period = judgement.process().plan().timeline().period(Part.UTVARDERING).orElseThrow();
    assertThat(period.precision()).isEqualTo(DatePrecision.SEASON);
    assertThat(period.start()).hasToString("2022-09-01");
    assertThat(period.end()).hasToString("2022-11-30");
    assertThat(judgement.process().mandate().orElseThrow().decidedOn().orElseThrow().latest()).hasToString("2020-04-30");
    assertThat(ProcessDocuments.write(ProcessDocuments.export(judgement.history(), ENGINE), Format.YAML))
        .contains("precision: SEASON");
  }

  @Test
  void aDateNoOneCanReadIsAnInputErrorAtItsPlace() throws IOException {
    String text = Files.readString(ExamplesTest.EXAMPLES.resolve("real-falun-skolstruktur-2020.yaml"))
        .replaceFirst("date: våren 2020", "date: i våras");
    InputException error = catchThrowableOfType(() -> Judgement.of(Input.of(text, "falun.yaml"), ENGINE), InputException.class);
    assertThat(error).isNotNull();
    assertThat(error.getMessage()).startsWith("falun.yaml:").contains("meetings[0].date", "i våras", "hösten 2019");
    assertThat(Pilot.history()).isNotEmpty();
  }
}
