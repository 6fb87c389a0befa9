// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Authorship;
import se.participation.api.Count;
import se.participation.api.CriterionAssessment;
import se.participation.api.LineageStep;
import se.participation.api.Mandate;
import se.participation.api.Part;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.ProposalStatus;
import se.participation.api.Severity;
import se.participation.api.SuccessCriterion;
import se.participation.api.Tally;
import se.participation.api.TallyKind;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;

/**
 * Facts real records hold (issue "Judge real processes", §4–§6): the mandate, deciding bodies
 * other than committee and council, proposals handed over as input to another body, many-to-many
 * lineage and votes cast for proposals.
 */
class RealRecordFactsTest {
  private static final ProposalId PR1 = ProposalId.of("pr1");
  private static final ProposalId PR2 = ProposalId.of("pr2");
  private static final Actor BOARD = Actor.of("ledningsgruppen", ActorRole.COMMITTEE);

  @Test
  void aDialogueWithoutARecordedMandateWarnsInTheHandbookProfileAndBlocksInTheStrictOne() {
    Scenario handbook = new Scenario();
    handbook.run(Scenario.OWNER, c -> new Command.StartProcess(c, "T", "Q", se.participation.api.EngagementLevel.RESONEMANG));
    for (var question : se.participation.api.ChecklistQuestion.decisionQuestions()) {
      handbook.run(Scenario.OWNER, c -> new Command.AnswerDecisionQuestion(c, question, true, Optional.empty()));
    }
    assertThat(handbook.engine.findings(handbook.process(), Part.BESLUT))
        .filteredOn(f -> f.ruleId().value().equals("BESLUT-MANDAT")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message().sv()).contains("vilket mandat");
        });
    assertThat(handbook.decide(Scenario.OWNER, Command.ProceedWithDialogue::new)).isInstanceOf(Outcome.Accepted.class);

    ProcessEngine strictEngine = ProcessEngine.of(HandbookRules.strict());
    var replayed = strictEngine.replay(handbook.history());
    Outcome strict = strictEngine.decide(replayed, new Command.ProceedWithDialogue(
        se.participation.api.command.CommandContext.of(replayed.id(), replayed.version(), Scenario.OWNER,
            java.time.Instant.parse("2021-02-01T08:00:00Z"))));
    assertThat(strict).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) strict).blockingFindings()).extracting(f -> f.ruleId().value()).containsExactly("BESLUT-MANDAT");

    handbook.run(Scenario.OWNER, c -> new Command.RecordMandate(c, Mandate.by("Kulturnämnden").withCaseReference("KN 2024/12")));
    assertThat(handbook.process().mandate()).hasValueSatisfying(m -> assertThat(m.caseReference()).contains("KN 2024/12"));
    assertThat(handbook.engine.findings(handbook.process(), Part.BESLUT)).noneMatch(f -> f.ruleId().value().equals("BESLUT-MANDAT"));
  }

  @Test
  void aDecisionByABodyOtherThanTheCommitteeNamesThatBodyInTheRecord() {
    Scenario scenario = new Scenario().carriedOut();
    scenario.run(Scenario.OWNER, Command.AdvancePart::new);
    scenario.grant(BOARD);
    scenario.run(BOARD, c -> new Command.DecideInCommittee(c, Set.of(PR1), Set.of(PR2), "Protokoll 2024-05-02 § 3",
        Optional.of("Förvaltningens ledningsgrupp")));

    Event decided = scenario.history().get(scenario.history().size() - 1);
    assertThat(decided).isInstanceOfSatisfying(Event.CommitteeDecided.class,
        e -> assertThat(e.body()).contains("Förvaltningens ledningsgrupp"));
    assertThat(Descriptions.of(decided).en()).startsWith("Förvaltningens ledningsgrupp decided: approved pr1; declined pr2");
    assertThat(scenario.process().proposal(PR1).orElseThrow().status()).isEqualTo(ProposalStatus.DECIDED);
  }

  @Test
  void proposalsHandedOverAsInputCountAsWhatTheDialogueProducedButNotAsAdopted() {
    Scenario scenario = new Scenario().carriedOut();
    scenario.run(Scenario.OWNER, Command.AdvancePart::new);
    scenario.run(Scenario.OWNER, c -> new Command.HandOverProposals(c, Set.of(PR1, PR2), "Den statliga utredningen",
        "Överlämnat som underlag till betänkandet"));

    LineageStep step = scenario.process().proposal(PR1).orElseThrow().latestStep();
    assertThat(step.status()).isEqualTo(ProposalStatus.HANDED_OVER);
    assertThat(step.recipient()).contains("Den statliga utredningen");
    assertThat(ProposalStatus.HANDED_OVER.isFinal()).isTrue();
    assertThat(ProposalStatus.HANDED_OVER.isDiscarded()).isFalse();

    CriterionAssessment result = SuccessEvaluator.evaluate(scenario.process()).assessment(SuccessCriterion.RESULT_ACHIEVED);
    assertThat(result.evidence()).extracting(t -> t.en())
        .anySatisfy(e -> assertThat(e).contains("the dialogue gave 2 proposal(s)"))
        .anySatisfy(e -> assertThat(e).startsWith("Of these, 0 were decided or adopted, 0 declined, and 0 await"))
        .anySatisfy(e -> assertThat(e).startsWith("2 proposal(s) were handed over as input"));
    // Nothing is left without a final status for the feedback rule.
    assertThat(scenario.engine.findings(scenario.process(), Part.ATERKOPPLING))
        .noneMatch(f -> f.ruleId().value().equals("ATERKOPPLING-SLUTSTATUS"));

    Outcome again = scenario.decide(Scenario.OWNER, c -> new Command.HandOverProposals(c, Set.of(PR1), "Någon annan", "Igen"));
    assertThat(again).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) again).reasons()).singleElement().isInstanceOf(Reason.InvalidInput.class);
  }

  @Test
  void oneProposalMayInformSeveralAdaptedPrinciplesAndIsCountedOnce() {
    Scenario scenario = new Scenario().carriedOut();
    scenario.run(Scenario.OWNER, Command.AdvancePart::new);
    Actor administration = Actor.of("forvaltningen", ActorRole.ADMINISTRATION);
    scenario.grant(administration);
    scenario.run(administration, c -> new Command.AdaptProposals(c, Set.of(PR1, PR2), principle("princip-1"), "Klustring"));
    scenario.run(administration, c -> new Command.AdaptProposals(c, Set.of(PR1), principle("princip-2"), "Klustring"));

    var original = scenario.process().proposal(PR1).orElseThrow();
    assertThat(original.status()).isEqualTo(ProposalStatus.SUPERSEDED);
    assertThat(original.lineage()).filteredOn(s -> s.status() == ProposalStatus.SUPERSEDED)
        .flatExtracting(LineageStep::related)
        .containsExactly(ProposalId.of("princip-1"), ProposalId.of("princip-2"));
    assertThat(scenario.process().proposal(ProposalId.of("princip-2")).orElseThrow().lineage().get(0).related())
        .containsExactly(PR1);
    // Criterion 2 counts what residents proposed (pr1 for the question), not its two adaptations.
    assertThat(SuccessEvaluator.evaluate(scenario.process()).assessment(SuccessCriterion.QUESTIONS_ADDRESSED).evidence())
        .extracting(t -> t.en()).anySatisfy(e -> assertThat(e).contains("1 proposal(s)"));
  }

  @Test
  void votesForAProposalAreCountedAsItsRankingAndMustNameAnExistingProposal() {
    assertThatThrownBy(() -> Tally.of(TallyKind.VOTES, "röster", Count.exactly(10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proposal");

    Scenario scenario = new Scenario().carriedOut();
    Tally votes = new Tally(TallyKind.VOTES, "röster", Count.exactly(1204), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(PR1));
    scenario.run(Scenario.OWNER, c -> new Command.RecordTally(c, votes));
    assertThat(SuccessEvaluator.evaluate(scenario.process()).assessment(SuccessCriterion.RESULT_ACHIEVED).evidence())
        .extracting(t -> t.en()).contains("Votes: 1204 röster for proposal pr1.");

    Tally unknown = new Tally(TallyKind.VOTES, "röster", Count.exactly(3), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(ProposalId.of("finns-inte")));
    Outcome refused = scenario.decide(Scenario.OWNER, c -> new Command.RecordTally(c, unknown));
    assertThat(refused).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) refused).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message().en()).contains("finns-inte"));
  }

  @Test
  void residentsPlanWithTheCityInPlaneringButADialogueMeetingWaitsForTheApprovedPlan() {
    Scenario scenario = new Scenario().planned();
    se.participation.api.Meeting scheduled = scenario.process().meetings().values().iterator().next();
    Outcome early = scenario.decide(Scenario.FACILITATOR, c -> new Command.HoldMeeting(c, scheduled.id(),
        Set.of(Scenario.P1), Set.of(), java.util.List.of()));
    assertThat(early).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) early).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message().en()).contains("cannot be held before the plan is approved"));

    se.participation.api.Meeting walk = se.participation.api.Meeting.builder().from(scheduled)
        .id(se.participation.api.MeetingId.of("vandring")).stage(se.participation.api.ResidentInvolvement.PROBLEM_IDENTIFICATION)
        .build();
    scenario.run(Scenario.FACILITATOR, c -> new Command.ScheduleMeeting(c, walk));
    scenario.run(Scenario.FACILITATOR, c -> new Command.HoldMeeting(c, walk.id(), Set.of(Scenario.P1), Set.of(), java.util.List.of()));
    assertThat(scenario.process().part()).isEqualTo(Part.PLANERING);
    assertThat(scenario.process().meeting(walk.id()).orElseThrow().held()).isTrue();
  }

  @Test
  void residentsCanDecideTogetherWithTheCityAndTheLineageNamesThem() {
    Scenario scenario = new Scenario().carriedOut();
    scenario.run(Scenario.OWNER, Command.AdvancePart::new);
    scenario.run(Scenario.OWNER, c -> new Command.DecideWithResidents(c, Set.of(PR1), Set.of(PR2),
        Set.of(Scenario.P1, Scenario.P2), "Omröstning bland de boende, 212 röster"));

    LineageStep step = scenario.process().proposal(PR1).orElseThrow().latestStep();
    assertThat(step.status()).isEqualTo(ProposalStatus.DECIDED);
    assertThat(step.coDeciders()).containsExactlyInAnyOrder(Scenario.P1, Scenario.P2);
    assertThat(scenario.process().proposal(PR2).orElseThrow().status()).isEqualTo(ProposalStatus.DECLINED);
    assertThat(SuccessEvaluator.evaluate(scenario.process()).assessment(SuccessCriterion.RESULT_ACHIEVED).evidence())
        .extracting(t -> t.en()).contains("2 proposal(s) were decided by residents together with the city (co-decision).");
    Outcome unknown = scenario.decide(Scenario.OWNER, c -> new Command.DecideWithResidents(c, Set.of(), Set.of(),
        Set.of(se.participation.api.ParticipantId.of("okand")), "Omröstning"));
    assertThat(unknown).isInstanceOf(Outcome.Rejected.class);
    assertThat(Descriptions.of(scenario.history().get(scenario.history().size() - 1)).sv())
        .startsWith("Invånarna beslutade tillsammans med staden (2 invånare");
  }

  private static ProposalDraft principle(String id) {
    return ProposalDraft.builder().id(ProposalId.of(id)).text("Princip " + id).kind(ProposalKind.GOAL)
        .authorship(Authorship.named(Scenario.P1)).build();
  }
}
