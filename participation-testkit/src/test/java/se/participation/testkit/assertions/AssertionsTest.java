// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.participation.testkit.assertions.ParticipationAssertions.assertThat;
import static se.participation.testkit.assertions.ParticipationAssertions.assertThatFindings;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.participation.api.CriterionResult;
import se.participation.api.Part;
import se.participation.api.ProcessStatus;
import se.participation.api.ProposalStatus;
import se.participation.api.SuccessCriterion;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;
import se.participation.testkit.Pilot;
import se.participation.testkit.Variants;

/** The assertions pass on what holds and fail with a message a person can act on. */
class AssertionsTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private static Outcome refusedProceed() {
    var process = Variants.pilotWithNoInTheChecklist().process();
    return ENGINE.decide(process, new Command.ProceedWithDialogue(
        CommandContext.of(process.id(), process.version(), Pilot.OWNER, Instant.parse("2020-03-01T00:00:00Z"))));
  }

  @Test
  void outcomeAssertionsNameTheRulesAndReasons() {
    assertThat(refusedProceed()).isRejected().hasFindingFor("BESLUT-4").hasOnlyFindingsFor("BESLUT-4");
    assertThatThrownBy(() -> assertThat(refusedProceed()).isAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the command to be accepted, but it was rejected:")
        .hasMessageContaining("Blocked: BESLUT-4: The question is answered no");
    assertThatThrownBy(() -> assertThat(refusedProceed()).hasFindingFor("BESLUT-1"))
        .hasMessageContaining("Expected a rejection with a finding for BESLUT-1, but the reasons were:");
    assertThatThrownBy(() -> assertThat(refusedProceed()).isConflict())
        .hasMessageContaining("a reason of kind Conflict");
  }

  @Test
  void processAssertionsDescribeWhereTheProcessStands() {
    assertThat(Pilot.evaluated()).isInPart(Part.UTVARDERING).hasStatus(ProcessStatus.CLOSED)
        .hasProposalWithStatus("mal-7", ProposalStatus.DROPPED).isDialogue();
    assertThatThrownBy(() -> assertThat(Pilot.planned()).isInPart(Part.ATERKOPPLING))
        .hasMessageContaining("to be in ATERKOPPLING, but it is in GENOMFORANDE");
    assertThatThrownBy(() -> assertThat(Pilot.planned()).hasNoBlockingFindings(ENGINE))
        .hasMessageContaining("GENOMFORANDE-MOTE");
    assertThatThrownBy(() -> assertThat(Pilot.evaluated()).hasProposalWithStatus("mal-7", ProposalStatus.ADOPTED))
        .hasMessageContaining("to be ADOPTED, but it is DROPPED; its lineage is [SUBMITTED, DROPPED]");
  }

  @Test
  void findingAndEvaluationAssertions() {
    assertThatFindings(ENGINE.findings(Pilot.planned())).containsRule("GENOMFORANDE-MOTE").allRenderInBothLanguages();
    assertThatThrownBy(() -> assertThatFindings(ENGINE.findings(Pilot.planned())).hasNoBlocking())
        .hasMessageContaining("Expected no blocking finding, but found:");
    var evaluation = SuccessEvaluator.evaluate(Pilot.evaluated());
    assertThat(evaluation).hasResult(SuccessCriterion.TARGET_GROUPS_REACHED, CriterionResult.NOT_MET)
        .isMissingGroup("unga").hasEvidenceContaining(SuccessCriterion.TARGET_GROUPS_REACHED, "Unga");
    assertThatThrownBy(() -> assertThat(evaluation).hasResult(SuccessCriterion.TARGET_GROUPS_REACHED, CriterionResult.MET))
        .hasMessageContaining("to be MET, but it is NOT_MET; the evidence is:")
        .hasMessageContaining("Nobody of the target group Unga");
  }
}
