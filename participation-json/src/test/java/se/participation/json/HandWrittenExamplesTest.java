// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.participation.api.Part;
import se.participation.core.ProcessEngine;

/** The hand-written examples are judged as their comments say. */
class HandWrittenExamplesTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void aNoInTheChecklistRefusesTheDialogue() {
    Judgement judgement = Judgement.of(Input.of(EXAMPLES.resolve("checklist-says-no.yaml")), ENGINE);
    assertThat(judgement.blocked()).isTrue();
    assertThat(judgement.verdict().findings(Part.BESLUT)).filteredOn(f -> f.isBlocking())
        .extracting(f -> f.ruleId().value()).containsExactly("BESLUT-4");
    // The record says a dialogue was decided anyway: it is entered, and Planering is judged too.
    assertThat(judgement.process().part()).isEqualTo(Part.PLANERING);
    assertThat(judgement.verdict().judgedParts()).containsExactly(Part.BESLUT, Part.PLANERING);
  }

  @Test
  void theMedskapandePlanHasNothingBlockingIt() {
    Judgement judgement = Judgement.of(Input.of(EXAMPLES.resolve("medskapande-plan.yaml")), ENGINE);
    assertThat(judgement.process().part()).isEqualTo(Part.PLANERING);
    assertThat(judgement.blockers()).isEmpty();
    assertThat(judgement.blocked()).isFalse();
    // The safety walk and the planning evening were held in Planering, and imply no approval.
    assertThat(judgement.process().meetings().values()).filteredOn(se.participation.api.Meeting::held)
        .extracting(m -> m.stage().orElseThrow())
        .containsExactlyInAnyOrder(se.participation.api.ResidentInvolvement.PROBLEM_IDENTIFICATION,
            se.participation.api.ResidentInvolvement.PLANNING);
    assertThat(judgement.verdict().gaps()).isEmpty();
  }

  @Test
  void aHeldMeetingThatIsNotForPlanningImpliesThePlanWasApproved() throws java.io.IOException {
    String text = java.nio.file.Files.readString(EXAMPLES.resolve("medskapande-plan.yaml"))
        .replace("  stage: PLANNING\n", "");
    Judgement judgement = Judgement.of(Input.of(text, "torget.yaml"), ENGINE);
    assertThat(judgement.process().part()).isEqualTo(Part.GENOMFORANDE);
    assertThat(judgement.verdict().gaps()).extracting(se.participation.core.Verdict.Gap::element).containsExactly("planApproved");
  }

  @Test
  void thePlanWithGapsIsBlockedByExactlyItsGaps() {
    Judgement judgement = Judgement.of(Input.of(EXAMPLES.resolve("plan-with-gaps.yaml")), ENGINE);
    assertThat(judgement.process().part()).isEqualTo(Part.PLANERING);
    // The handbook says "ska" about the priority group only; the rest are its warnings.
    assertThat(judgement.blockers()).extracting(f -> f.ruleId().value())
        .containsExactly("PLANERING-PRIORITERAD-GRUPP");
    assertThat(judgement.findings()).filteredOn(f -> f.severity() == se.participation.api.Severity.WARNING)
        .extracting(f -> f.ruleId().value()).contains("ATERKOPPLING-2", "PLANERING-SVARNADDA");
    Judgement strict = Judgement.of(Input.of(EXAMPLES.resolve("plan-with-gaps.yaml")),
        ProcessEngine.of(se.participation.core.HandbookRules.strict()));
    assertThat(strict.blockers()).extracting(f -> f.ruleId().value())
        .containsExactlyInAnyOrder("ATERKOPPLING-2", "PLANERING-SVARNADDA", "PLANERING-PRIORITERAD-GRUPP");
  }
}
