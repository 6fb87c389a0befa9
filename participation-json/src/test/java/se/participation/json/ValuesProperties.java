// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.participation.api.Part;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;
import se.participation.testkit.Pilot;
import se.participation.testkit.generators.Generators;
import se.participation.testkit.property.Property;

class ValuesProperties {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  @Test
  void aProcessItsFindingsAndItsEvaluationWrittenAndReadAreEqual() {
    Property.forAll(Generators.closedProcesses())
        .named("a process, its findings and its evaluation written and read are equal")
        .tries(40)
        .check(recorded -> {
          var process = recorded.process();
          for (Format format : Format.values()) {
            assertThat(Values.read(Values.write(process, format), se.participation.api.ParticipationProcess.class, "p"))
                .isEqualTo(process);
            var evaluation = SuccessEvaluator.evaluate(process);
            assertThat(Values.read(Values.write(evaluation, format), se.participation.api.SuccessEvaluation.class, "e"))
                .isEqualTo(evaluation);
          }
        });
  }

  @Test
  void findingsOfAPlanWrittenAndReadAreEqual() {
    Property.forAll(Generators.processesAt(Part.PLANERING)).named("findings written and read are equal").tries(30)
        .check(process -> ENGINE.findings(process).forEach(finding ->
            assertThat(Values.read(Values.write(finding, Format.JSON), se.participation.api.rule.Finding.class, "f"))
                .isEqualTo(finding)));
  }

  @Test
  void thePilotSnapshotsRoundTrip() {
    for (var snapshot : java.util.List.of(Pilot.decided(), Pilot.planned(), Pilot.afterMeetings(), Pilot.fedBack(), Pilot.evaluated())) {
      assertThat(Values.read(Values.write(snapshot, Format.YAML), se.participation.api.ParticipationProcess.class, "s"))
          .isEqualTo(snapshot);
    }
  }

  @Test
  void anUnsupportedTypeIsNamed() {
    assertThatThrownBy(() -> Values.read("{}", String.class, "s.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was java.lang.String");
  }
}
