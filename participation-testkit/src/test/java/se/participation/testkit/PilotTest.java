// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.util.List;
import se.participation.api.event.Event;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.CriterionResult;
import se.participation.api.Part;
import se.participation.api.ProcessStatus;
import se.participation.api.ProposalId;
import se.participation.api.ProposalStatus;
import se.participation.api.Quadrant;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;

class PilotTest {

  @Test
  void thePilotsHistoryReplaysToTheEvaluatedProcess() {
    assertThat(ProcessEngine.withHandbookRulesOnly().replay(Pilot.history())).isEqualTo(Pilot.evaluated());
    assertThat(Pilot.evaluated().status()).isEqualTo(ProcessStatus.CLOSED);
  }

  @Test
  void aProcessFiledUnderACaseNumberRunsThroughEveryStepOfThePilot() {
    ProcessId caseNumber = ProcessId.of("KS 2025/1234");
    List<Event> history = Pilot.history(caseNumber);
    ParticipationProcess closed = ProcessEngine.withHandbookRulesOnly().replay(history);
    assertThat(history).hasSameSizeAs(Pilot.history()).allSatisfy(e -> assertThat(e.context().process()).isEqualTo(caseNumber));
    assertThat(closed.id()).isEqualTo(caseNumber);
    assertThat(closed.status()).isEqualTo(ProcessStatus.CLOSED);
    assertThat(closed.proposals()).isEqualTo(Pilot.evaluated().proposals());
    assertThat(ProcessId.of("SN 2020/00123").value()).isEqualTo("SN 2020/00123");
  }

  @Test
  void criterionTwoCountsEachProposalOnceNotItsAdaptedVersionToo() {
    // The pilot's 8 goal proposals on the goals question, of which the administration adapted 4:
    // the question was addressed by 8 proposals, not 12.
    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(Pilot.evaluated());
    assertThat(evaluation.assessment(SuccessCriterion.QUESTIONS_ADDRESSED).evidence())
        .extracting(t -> t.en()).anyMatch(e -> e.endsWith("discussed at 2 meeting(s), 8 proposal(s)."))
        .noneMatch(e -> e.contains("12 proposal(s)"));
  }

  @Test
  void thePilotRecordsItsFollowUpMeetingInUtvarderingAndFeedsBackOnlyToResidentsAndAssociations() {
    ParticipationProcess closed = Pilot.evaluated();
    var followUp = closed.meeting(Pilot.FOLLOW_UP_MEETING).orElseThrow();
    assertThat(followUp.held()).isTrue();
    assertThat(followUp.format()).isEqualTo(se.participation.api.MeetingFormat.HYBRID);
    assertThat(followUp.start().getYear()).isEqualTo(2022);
    assertThat(followUp.start().getMonthValue()).isEqualTo(12);
    // "Resultatet återkopplades därefter till invånarna och föreningarna": nobody else.
    assertThat(closed.feedback()).filteredOn(d -> d.audience() == se.participation.api.FeedbackAudience.PARTICIPANTS)
        .flatExtracting(d -> d.participants())
        .allMatch(id -> {
          var role = closed.participants().get(id).role();
          return role == se.participation.api.ParticipantRole.RESIDENT
              || role == se.participation.api.ParticipantRole.ASSOCIATION_REPRESENTATIVE;
        });
    assertThat(SuccessEvaluator.evaluate(closed).assessment(SuccessCriterion.FEEDBACK_GIVEN).result())
        .isEqualTo(CriterionResult.MET);
    assertThat(closed.decisionAnswers().values()).allMatch(a -> a.comment().orElseThrow().startsWith("Illustrativt"));
  }

  @Test
  void theSnapshotsStandAtEachPart() {
    assertThat(Pilot.decided().part()).isEqualTo(Part.PLANERING);
    assertThat(Pilot.planned().part()).isEqualTo(Part.GENOMFORANDE);
    assertThat(Pilot.afterMeetings().part()).isEqualTo(Part.GENOMFORANDE);
    assertThat(Pilot.afterMeetings().meetings().values()).allMatch(m -> m.held());
    assertThat(Pilot.fedBack().part()).isEqualTo(Part.ATERKOPPLING);
    assertThat(ProcessEngine.withHandbookRulesOnly().blockers(Pilot.fedBack())).isEmpty();
  }

  @Test
  void theGrossListIsReducedAdaptedDecidedAndAdopted() {
    assertThat(Pilot.afterMeetings().proposals()).hasSize(8);
    assertThat(Pilot.evaluated().proposal(ProposalId.of("mal-7")).orElseThrow().status()).isEqualTo(ProposalStatus.DROPPED);
    assertThat(Pilot.evaluated().proposal(ProposalId.of("mal-2")).orElseThrow().status()).isEqualTo(ProposalStatus.MERGED);
    assertThat(Pilot.evaluated().proposal(ProposalId.of("mal-1")).orElseThrow().status()).isEqualTo(ProposalStatus.SUPERSEDED);
    assertThat(Pilot.evaluated().proposal(ProposalId.of("namndmal-1")).orElseThrow().lineage())
        .extracting(s -> s.status())
        .containsExactly(ProposalStatus.ADAPTED, ProposalStatus.DECIDED, ProposalStatus.PROPOSED_TO_COUNCIL, ProposalStatus.ADOPTED);
  }

  @Test
  void onThePilotsRecordTheFirstCriterionIsNotMetBecauseNoYoungPersonTookPart() {
    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(Pilot.evaluated());

    assertThat(evaluation.assessment(SuccessCriterion.TARGET_GROUPS_REACHED).result()).isEqualTo(CriterionResult.NOT_MET);
    assertThat(evaluation.representation().missingGroups()).containsExactly(Pilot.YOUNG);
    assertThat(evaluation.assessment(SuccessCriterion.TARGET_GROUPS_REACHED).evidence())
        .extracting(t -> t.sv())
        .contains("Ingen ur målgruppen Unga (Låg aktivitet, högt berörda (prioriterad)) deltog.");
    assertThat(evaluation.representation().quadrants())
        .filteredOn(q -> q.quadrant() == Quadrant.priority())
        .singleElement()
        .satisfies(q -> {
          assertThat(q.plannedGroups()).isEqualTo(2);
          assertThat(q.reachedGroups()).isEqualTo(1);
        });
    assertThat(evaluation.assessment(SuccessCriterion.QUESTIONS_ADDRESSED).result()).isEqualTo(CriterionResult.MET);
    assertThat(evaluation.assessment(SuccessCriterion.RESULT_ACHIEVED).result()).isEqualTo(CriterionResult.MET);
    assertThat(evaluation.assessment(SuccessCriterion.FEEDBACK_GIVEN).result()).isEqualTo(CriterionResult.MET);
    assertThat(evaluation.lessons()).extracting(l -> l.text()).anyMatch(t -> t.contains("Inga ungdomar kom"));
  }
}
