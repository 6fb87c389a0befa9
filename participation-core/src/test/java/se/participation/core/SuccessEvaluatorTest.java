// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipantId;
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
  void aGroupThatMirrorsThePopulationIsReportedApartAndNeverStandsForThePriorityQuadrant() {
    TargetGroup panel = TargetGroup.builder().id(TargetGroupId.of("panelen")).name("Medborgarpanelen")
        .activity(se.participation.api.Activity.LOW).affectedness(se.participation.api.Affectedness.HIGH)
        .mirrorsPopulation(true).plannedParticipants(60).build();
    ParticipationProcess process = ParticipationProcess.builder().from(GOLDEN)
        .plan(Plan.builder().from(GOLDEN.plan()).addTargetGroup(panel).build()).build();

    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(process);
    var reach = evaluation.representation().groups().stream().filter(g -> g.group().equals(panel.id())).findFirst().orElseThrow();
    assertThat(reach.mirrorsPopulation()).isTrue();
    // Its (absent) people are not put in the priority quadrant's totals.
    var priority = evaluation.representation().quadrants().stream().filter(q -> q.quadrant().isPriority()).findFirst().orElseThrow();
    var without = SuccessEvaluator.evaluate(GOLDEN).representation().quadrants().stream()
        .filter(q -> q.quadrant().isPriority()).findFirst().orElseThrow();
    assertThat(priority).isEqualTo(without);
    assertThat(evaluation.assessment(SuccessCriterion.TARGET_GROUPS_REACHED).evidence()).extracting(t -> t.en())
        .contains("Medborgarpanelen (mirrors the population, in all four quadrants): 60 planned, 0 took part; the record"
            + " does not say how they spread over the quadrants, and the group does not count as the priority quadrant.");

    // A plan whose only "priority" group is a mirror of the population has not addressed the quadrant.
    ParticipationProcess onlyPanel = ParticipationProcess.builder().from(GOLDEN)
        .plan(Plan.builder().from(GOLDEN.plan()).targetGroups(List.of(Scenario.associations(), panel)).build()).build();
    assertThat(ProcessEngine.withHandbookRulesOnly().findings(onlyPanel, se.participation.api.Part.PLANERING))
        .extracting(f -> f.ruleId().value()).contains("PLANERING-PRIORITERAD-GRUPP");
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

  private static ParticipationProcess feedbackOnly(FeedbackAudience... kept) {
    List<FeedbackAudience> keep = List.of(kept);
    return ParticipationProcess.builder().from(GOLDEN)
        .feedback(GOLDEN.feedback().stream().filter(d -> keep.contains(d.audience())).toList()).build();
  }

  private static se.participation.api.CriterionAssessment criterion4(ParticipationProcess process) {
    return SuccessEvaluator.evaluate(process).assessment(SuccessCriterion.FEEDBACK_GIVEN);
  }

  @Test
  void feedbackToDecisionMakersAloneDoesNotMeetCriterionFourEvenPartly() {
    // Handbook: "har återkopplat till dem som deltog i dialogen" names those who took part only.
    var onlyDecisionMakers = criterion4(feedbackOnly(FeedbackAudience.DECISION_MAKERS));
    assertThat(onlyDecisionMakers.result()).isEqualTo(CriterionResult.NOT_MET);
    assertThat(onlyDecisionMakers.achieved()).isZero();
    assertThat(onlyDecisionMakers.evidence()).extracting(t -> t.en()).contains("The decision makers received feedback.");
    assertThat(criterion4(ParticipationProcess.builder().from(GOLDEN).feedback(List.of()).build()).result())
        .isEqualTo(CriterionResult.NOT_MET);
  }

  @Test
  void criterionFourIsMetWithoutFeedbackToDecisionMakersWhenEveryoneWhoTookPartGotIt() {
    var withoutDecisionMakers = criterion4(feedbackOnly(FeedbackAudience.PARTICIPANTS, FeedbackAudience.ANONYMOUS_CHANNEL));
    assertThat(withoutDecisionMakers.result()).isEqualTo(CriterionResult.MET);
    assertThat(withoutDecisionMakers.evidence()).extracting(t -> t.en())
        .contains("3 of 3 residents and association representatives who took part and can be reached received feedback (100 %).",
            "Feedback went out through 1 of 1 anonymous or pseudonymous channels that proposals came through.");
  }

  /** The golden process with one more attendee of its meeting, registered without contact details. */
  private static ParticipationProcess withAttendee(String id, ParticipantRole role, String group) {
    ParticipantId attendee = ParticipantId.of(id);
    var meeting = GOLDEN.meetings().get(Scenario.M1);
    return ParticipationProcess.builder().from(GOLDEN)
        .putParticipant(attendee, Scenario.named(attendee, role, group))
        .putMeeting(Scenario.M1, Meeting.builder().from(meeting).addAttendance(attendee).build())
        .build();
  }

  @Test
  void politiciansAndOfficialsWhoTookPartAreNotOwedFeedback() {
    ParticipationProcess withPolitician = withAttendee("politiker-1", ParticipantRole.POLITICIAN, "foreningar");
    assertThat(criterion4(withPolitician).result()).isEqualTo(CriterionResult.MET);
    assertThat(criterion4(withPolitician).outOf()).isEqualTo(criterion4(GOLDEN).outOf());
  }

  @Test
  void aParticipantWhoCannotBeReachedIsLeftOutOfTheMeasureAsTheRuleLeavesThemOut() {
    ParticipationProcess process = withAttendee("p9", ParticipantRole.RESIDENT, "unga");
    var assessment = criterion4(process);
    assertThat(assessment.result()).isEqualTo(CriterionResult.MET);
    assertThat(assessment.evidence()).extracting(t -> t.en())
        .contains("1 participant(s) cannot be reached (no contact details or channel, or erased).");
  }

  @Test
  void anAnonymousContributionsChannelIsOwedFeedback() {
    // The golden scenario has an anonymous proposal through "förslagslåda": without feedback through
    // that channel the criterion is only partly met.
    ParticipationProcess process = ParticipationProcess.builder().from(GOLDEN)
        .feedback(GOLDEN.feedback().stream().filter(d -> !d.channel().equals("förslagslåda")).toList()).build();
    var assessment = criterion4(process);
    assertThat(assessment.result()).isEqualTo(CriterionResult.PARTLY_MET);
    assertThat(assessment.achieved()).isEqualTo(assessment.outOf() - 1);
  }

  @Test
  void theCriteriaOfADialogueDoNotApplyToAConsultationButItsEvidenceIsStillShown() {
    ParticipationProcess consultation = ParticipationProcess.builder().from(GOLDEN)
        .dialogue(false).nonDialogueLevel(se.participation.api.EngagementLevel.KONSULTATION).build();
    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(consultation);
    assertThat(evaluation.assessments().values()).allSatisfy(a -> {
      assertThat(a.result()).isEqualTo(CriterionResult.NOT_APPLICABLE);
      assertThat(a.evidence().get(0).en()).contains("the process is Consultation, which is not dialogue");
      assertThat(a.evidence()).hasSizeGreaterThan(1);
    });
    assertThat(evaluation.successful()).isFalse();
  }

  @Test
  void whatTheDialogueProducedCountsWhateverTheCommitteeDecided() {
    // A committee's "no" does not undo what the dialogue gave; it is reported beside it.
    java.util.Map<se.participation.api.ProposalId, se.participation.api.Proposal> declined = new java.util.LinkedHashMap<>();
    GOLDEN.proposals().forEach((id, p) -> declined.put(id, p.status() == se.participation.api.ProposalStatus.ADOPTED
        || p.status() == se.participation.api.ProposalStatus.DECIDED
        ? se.participation.api.Proposal.builder().from(p).addLineage(se.participation.api.LineageStep.builder()
            .status(se.participation.api.ProposalStatus.NOT_ADOPTED).actor(Scenario.COUNCIL.id())
            .at(java.time.Instant.parse("2021-06-01T10:00:00Z")).reason("Fullmäktige avslog").build()).build()
        : p));
    ParticipationProcess notAdopted = ParticipationProcess.builder().from(GOLDEN).proposals(declined).build();
    var before = SuccessEvaluator.evaluate(GOLDEN).assessment(SuccessCriterion.RESULT_ACHIEVED);
    var after = SuccessEvaluator.evaluate(notAdopted).assessment(SuccessCriterion.RESULT_ACHIEVED);
    assertThat(after.result()).isEqualTo(before.result());
    assertThat(after.achieved()).isEqualTo(before.achieved());
    assertThat(after.evidence()).extracting(t -> t.en()).anyMatch(e -> e.startsWith("Of these, 0 were decided or adopted"));
  }

  @Test
  void goalsAndActivitiesCanBothMakeUpTheResult() {
    var plan = GOLDEN.plan();
    var expected = plan.expectedResult().orElseThrow();
    var both = se.participation.api.ExpectedResult.builder().from(expected)
        .kind(se.participation.api.ProposalKind.GOAL).addAdditionalKind(se.participation.api.ProposalKind.ACTIVITY).build();
    assertThat(both.kinds()).containsExactlyInAnyOrder(se.participation.api.ProposalKind.GOAL, se.participation.api.ProposalKind.ACTIVITY);
  }

  @Test
  void peopleCountedInAggregateForATargetGroupCountAsReachingIt() {
    // "Ett 60-tal" young people came to an open meeting; none of them registered individually.
    ParticipationProcess counted = ParticipationProcess.builder().from(GOLDEN).tallies(List.of(new se.participation.api.Tally(
        se.participation.api.TallyKind.ATTENDED, "unga", se.participation.api.Count.about(60, "ett 60-tal"),
        java.util.Optional.of(Scenario.M1), java.util.Optional.of(se.participation.api.TargetGroupId.of("unga")),
        java.util.Optional.empty()))).build();
    var before = SuccessEvaluator.representation(GOLDEN).groups().stream()
        .filter(g -> g.group().value().equals("unga")).findFirst().orElseThrow().came();
    var after = SuccessEvaluator.representation(counted).groups().stream()
        .filter(g -> g.group().value().equals("unga")).findFirst().orElseThrow().came();
    assertThat(after).isEqualTo(before + 60);
    assertThat(SuccessEvaluator.evaluate(counted).assessment(SuccessCriterion.TARGET_GROUPS_REACHED).evidence())
        .extracting(t -> t.en()).contains("Counted in aggregate (Attended): ett 60-tal unga (target group unga, meeting m1).");
  }

  @Test
  void onlyParticipantsWhoTookPartCountTowardsRepresentation() {
    ParticipationProcess noMeetings = ParticipationProcess.builder().from(GOLDEN)
        .meetings(java.util.Map.of()).proposals(java.util.Map.of()).evaluationAnswers(List.of()).build();
    assertThat(SuccessEvaluator.representation(noMeetings).missingGroups()).hasSize(2);
    assertThat(GOLDEN.meetings().values()).allMatch(Meeting::held);
  }
}
