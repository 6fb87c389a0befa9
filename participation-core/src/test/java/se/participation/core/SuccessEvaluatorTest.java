// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.participation.api.CriterionResult;
import se.participation.api.FeedbackAudience;
import se.participation.api.Meeting;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.Quadrant;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.api.TargetGroup;
import se.participation.api.TargetGroupId;

class SuccessEvaluatorTest {
  private static final ParticipationProcess GOLDEN = new Scenario().closed().process();

  @Test
  void theGoldenScenarioMeetsAllFourCriteria() {
    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(GOLDEN);
    for (SuccessCriterion criterion : SuccessCriterion.values()) {
      assertThat(evaluation.assessment(criterion).result()).as(criterion.name()).isEqualTo(CriterionResult.MET);
      assertThat(evaluation.assessment(criterion).evidence()).isNotEmpty();
    }
    assertThat(evaluation.successful()).isTrue();
    assertThat(evaluation.lessons()).hasSize(1);
    assertThat(evaluation.participantAnswers()).hasSize(1);
  }

  @Test
  void aPlannedGroupOfWhichNobodyCameLeavesTheFirstCriterionNotMetWithEvidence() {
    TargetGroup elderly = TargetGroup.builder().id(TargetGroupId.of("aldre")).name("Äldre")
        .activity(se.participation.api.Activity.LOW).affectedness(se.participation.api.Affectedness.LOW)
        .plannedParticipants(3).build();
    ParticipationProcess process = ParticipationProcess.builder().from(GOLDEN)
        .plan(Plan.builder().from(GOLDEN.plan()).addTargetGroup(elderly).build()).build();

    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(process);

    assertThat(evaluation.assessment(SuccessCriterion.TARGET_GROUPS_REACHED).result()).isEqualTo(CriterionResult.NOT_MET);
    assertThat(evaluation.representation().missingGroups()).containsExactly(TargetGroupId.of("aldre"));
    assertThat(evaluation.representation().missingQuadrants()).containsExactly(Quadrant.LOW_ACTIVITY_LOW_AFFECTEDNESS);
    assertThat(evaluation.assessment(SuccessCriterion.TARGET_GROUPS_REACHED).evidence())
        .extracting(t -> t.en())
        .contains("Äldre (Low activity, little affected): 3 planned, 0 took part.",
            "Nobody of the target group Äldre (Low activity, little affected) took part.");
  }

  @Test
  void fewerThanPlannedOfEveryGroupIsPartlyMet() {
    ParticipationProcess process = ParticipationProcess.builder().from(GOLDEN)
        .plan(Plan.builder().from(GOLDEN.plan()).targetGroups(List.of(
            TargetGroup.builder().from(Scenario.young()).plannedParticipants(5).build(), Scenario.associations())).build())
        .build();
    assertThat(SuccessEvaluator.evaluate(process).assessment(SuccessCriterion.TARGET_GROUPS_REACHED).result())
        .isEqualTo(CriterionResult.PARTLY_MET);
  }

  @Test
  void aQuestionNobodyDiscussedLeavesTheSecondCriterionPartlyMet() {
    ParticipationProcess process = ParticipationProcess.builder().from(GOLDEN)
        .plan(Plan.builder().from(GOLDEN.plan())
            .addQuestion(se.participation.api.PlannedQuestion.of("q2", "Hur mäter vi?", "Mätning")).build())
        .build();
    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(process);
    assertThat(evaluation.assessment(SuccessCriterion.QUESTIONS_ADDRESSED).result()).isEqualTo(CriterionResult.PARTLY_MET);
    assertThat(evaluation.assessment(SuccessCriterion.QUESTIONS_ADDRESSED).evidence())
        .extracting(t -> t.en()).contains("\"Hur mäter vi?\": discussed at 0 meeting(s), 0 proposal(s).");
  }

  @Test
  void resultWithoutMeasurementIsNotMetWhenThePlanAsksForMeasures() {
    java.util.Map<se.participation.api.ProposalId, se.participation.api.Proposal> unmeasured =
        new java.util.LinkedHashMap<>();
    GOLDEN.proposals().forEach((id, proposal) -> unmeasured.put(id,
        se.participation.api.Proposal.builder().from(proposal).measurement(java.util.Optional.empty()).build()));
    ParticipationProcess process = ParticipationProcess.builder().from(GOLDEN).proposals(unmeasured).build();
    assertThat(SuccessEvaluator.evaluate(process).assessment(SuccessCriterion.RESULT_ACHIEVED).result())
        .isEqualTo(CriterionResult.NOT_MET);
  }

  @Test
  void feedbackCoverageCountsThoseWhoTookPartAndTheDecisionMakers() {
    ParticipationProcess withoutParticipants = ParticipationProcess.builder().from(GOLDEN)
        .feedback(GOLDEN.feedback().stream().filter(d -> d.audience() != FeedbackAudience.PARTICIPANTS).toList()).build();
    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(withoutParticipants);
    assertThat(evaluation.assessment(SuccessCriterion.FEEDBACK_GIVEN).result()).isEqualTo(CriterionResult.PARTLY_MET);
    assertThat(evaluation.assessment(SuccessCriterion.FEEDBACK_GIVEN).evidence())
        .extracting(t -> t.en()).contains("1 of 3 who took part received feedback (33 %).");

    ParticipationProcess none = ParticipationProcess.builder().from(GOLDEN).feedback(List.of()).build();
    assertThat(SuccessEvaluator.evaluate(none).assessment(SuccessCriterion.FEEDBACK_GIVEN).result())
        .isEqualTo(CriterionResult.NOT_MET);
  }

  @Test
  void onlyParticipantsWhoTookPartCountTowardsRepresentation() {
    ParticipationProcess noMeetings = ParticipationProcess.builder().from(GOLDEN)
        .meetings(java.util.Map.of()).proposals(java.util.Map.of()).evaluationAnswers(List.of()).build();
    assertThat(SuccessEvaluator.representation(noMeetings).missingGroups()).hasSize(2);
    assertThat(GOLDEN.meetings().values()).allMatch(Meeting::held);
  }
}
