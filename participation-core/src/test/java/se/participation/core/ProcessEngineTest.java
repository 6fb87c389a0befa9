// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.api.ActorRole;
import se.participation.api.ChecklistQuestion;
import se.participation.api.EngagementLevel;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessStatus;
import se.participation.api.ProposalId;
import se.participation.api.ProposalStatus;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;

class ProcessEngineTest {

  @Test
  void aNoInTheDecisionChecklistRefusesTheDialogueAndAdvisesInformationOrConsultation() {
    Scenario scenario = new Scenario();
    scenario.run(Scenario.OWNER, c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.RESONEMANG));
    for (ChecklistQuestion q : ChecklistQuestion.decisionQuestions()) {
      boolean yes = q != ChecklistQuestion.BESLUT_4;
      scenario.run(Scenario.OWNER, c -> new Command.AnswerDecisionQuestion(c, q, yes, Optional.of("Tidsbrist")));
    }
    ParticipationProcess before = scenario.process();

    Outcome outcome = scenario.decide(Scenario.OWNER, Command.ProceedWithDialogue::new);

    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    List<Finding> blocking = ((Outcome.Rejected) outcome).blockingFindings();
    assertThat(blocking).extracting(f -> f.ruleId().value()).containsExactly("BESLUT-4");
    assertThat(blocking.get(0).advice().orElseThrow().sv()).contains("information eller konsultation");
    assertThat(blocking.get(0).advice().orElseThrow().en()).contains("information or consultation");
    assertThat(scenario.process()).isEqualTo(before);

    scenario.run(Scenario.OWNER, c -> new Command.ContinueWithoutDialogue(c, EngagementLevel.KONSULTATION, "Ingen tid"));
    assertThat(scenario.process().part()).isEqualTo(Part.PLANERING);
    assertThat(scenario.process().isDialogue()).isFalse();
    assertThat(scenario.process().level()).isEqualTo(EngagementLevel.KONSULTATION);
  }

  @Test
  void theChecklistCanBeAnsweredAgainAndTheHistoryKeepsWhoChangedWhat() {
    Scenario scenario = new Scenario();
    scenario.run(Scenario.OWNER, c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.RESONEMANG));
    for (ChecklistQuestion q : ChecklistQuestion.decisionQuestions()) {
      scenario.run(Scenario.OWNER, c -> new Command.AnswerDecisionQuestion(c, q, q != ChecklistQuestion.BESLUT_5, Optional.empty()));
    }
    assertThat(scenario.decide(Scenario.OWNER, Command.ProceedWithDialogue::new).isAccepted()).isFalse();

    // A second owner acts once the owner has granted the role in this process.
    scenario.grant(se.participation.api.Actor.of("chef", ActorRole.PROCESS_OWNER));
    scenario.run(
        se.participation.api.Actor.of("chef", ActorRole.PROCESS_OWNER),
        c -> new Command.AnswerDecisionQuestion(c, ChecklistQuestion.BESLUT_5, true, Optional.of("Budget beslutad")));
    scenario.run(Scenario.OWNER, Command.ProceedWithDialogue::new);

    ParticipationProcess process = scenario.process();
    assertThat(process.part()).isEqualTo(Part.PLANERING);
    assertThat(process.answerHistory()).hasSize(6);
    assertThat(process.answerHistory().get(4).yes()).isFalse();
    assertThat(process.answerHistory().get(5).answeredBy().value()).isEqualTo("chef");
    assertThat(process.decisionAnswers().get(ChecklistQuestion.BESLUT_5).comment()).contains("Budget beslutad");
  }

  @Test
  void theHandbookProfileRefusesAnEmptyPlanOnlyForWhatTheHandbookSaysSkaAbout() {
    Scenario scenario = new Scenario().decided();
    scenario.run(Scenario.OWNER, Command.ProceedWithDialogue::new);

    Outcome outcome = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);

    assertThat(((Outcome.Rejected) outcome).blockingFindings()).extracting(f -> f.ruleId().value())
        .containsExactly("PLANERING-PRIORITERAD-GRUPP");
    // What the handbook calls important is a warning, what its checklist offers as support advice.
    assertThat(scenario.engine.findings(scenario.process(), Part.PLANERING))
        .filteredOn(f -> f.ruleId().value().equals("PLANERING-1")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(se.participation.api.Severity.WARNING));
    assertThat(scenario.engine.findings(scenario.process(), Part.PLANERING))
        .filteredOn(f -> f.ruleId().value().equals("PLANERING-14")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(se.participation.api.Severity.ADVICE));
  }

  @Test
  void approvingAnEmptyPlanListsEveryBlockingPlanningFinding() {
    Scenario scenario = new Scenario(ProcessEngine.of(HandbookRules.strict())).decided();
    scenario.run(Scenario.OWNER, Command.ProceedWithDialogue::new);

    Outcome outcome = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);

    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) outcome).blockingFindings())
        .extracting(f -> f.ruleId().value())
        .contains(
            "PLANERING-1", "PLANERING-2", "PLANERING-3", "PLANERING-4", "PLANERING-5",
            "PLANERING-6", "PLANERING-7", "PLANERING-8", "PLANERING-9", "PLANERING-10",
            "PLANERING-11", "PLANERING-12", "PLANERING-13", "PLANERING-14",
            "PLANERING-PRIORITERAD-GRUPP", "GENOMFORANDE-1", "ATERKOPPLING-2")
        .allSatisfy(id -> assertThat(id).doesNotStartWith("UTVARDERING"));
  }

  @Test
  void aConsultationNeedsNoDialoguePlanAndIsNotCountedAsDialogue() {
    Scenario scenario = new Scenario();
    scenario.run(Scenario.OWNER, c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.KONSULTATION));
    scenario.run(Scenario.OWNER, c -> new Command.ContinueWithoutDialogue(c, EngagementLevel.KONSULTATION, "Enkät räcker"));
    scenario.run(Scenario.OWNER, Command.ApprovePlan::new);
    assertThat(scenario.process().part()).isEqualTo(Part.GENOMFORANDE);

    ProcessStatistics statistics = ProcessStatistics.of(List.of(scenario.process(), new Scenario().closed().process()));
    assertThat(statistics.dialogues()).isEqualTo(1);
    assertThat(statistics.nonDialogue()).isEqualTo(1);
    assertThat(statistics.byLevel().get(EngagementLevel.KONSULTATION)).isEqualTo(1);
  }

  @Test
  void aNoInBeslutCannotBecomeACoCreationPromise() {
    Scenario scenario = new Scenario();
    scenario.run(Scenario.OWNER, c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.RESONEMANG));
    scenario.run(Scenario.OWNER, c -> new Command.AnswerDecisionQuestion(c, ChecklistQuestion.BESLUT_4, false, Optional.empty()));
    scenario.run(Scenario.OWNER, c -> new Command.ContinueWithoutDialogue(c, EngagementLevel.KONSULTATION, "Ingen tid"));
    scenario.run(Scenario.OWNER, c -> new Command.RecordPlan(c,
        se.participation.api.Plan.builder().from(Scenario.completePlan()).promisedLevel(EngagementLevel.MEDSKAPANDE).build()));
    Outcome approve = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);
    assertThat(approve).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) approve).blockingFindings()).extracting(f -> f.ruleId().value())
        .containsExactly("PLANERING-NIVA-BESLUT");
  }

  @Test
  void aPlanThatChangesTheLevelDecidedInBeslutIsWarnedAbout() {
    Scenario scenario = new Scenario().decided();
    scenario.run(Scenario.OWNER, Command.ProceedWithDialogue::new);
    scenario.run(Scenario.OWNER, c -> new Command.RecordPlan(c,
        se.participation.api.Plan.builder().from(Scenario.completePlan()).promisedLevel(EngagementLevel.DELAKTIGHET).build()));
    assertThat(scenario.process().intendedLevel()).isEqualTo(EngagementLevel.RESONEMANG);
    assertThat(scenario.engine.findings(scenario.process(), Part.PLANERING)).extracting(f -> f.ruleId().value())
        .contains("PLANERING-NIVA-ANDRAD");
  }

  @Test
  void aDialogueCanContinueAsConsultationInAnyPartKeepingItsHistory() {
    // A dialogue downgraded to a web form and a press conference, after it had begun.
    Scenario scenario = new Scenario().carriedOut();
    assertThat(scenario.process().part()).isEqualTo(Part.GENOMFORANDE);
    long before = scenario.process().version();
    scenario.run(Scenario.OWNER, c -> new Command.ContinueWithoutDialogue(c, EngagementLevel.KONSULTATION,
        "Dialogen ersattes av en webbenkät och en presskonferens"));
    ParticipationProcess process = scenario.process();
    assertThat(process.part()).isEqualTo(Part.GENOMFORANDE);
    assertThat(process.isDialogue()).isFalse();
    assertThat(process.level()).isEqualTo(EngagementLevel.KONSULTATION);
    assertThat(process.meetings()).isNotEmpty();
    assertThat(scenario.history().subList(0, (int) before)).anyMatch(e -> e instanceof se.participation.api.event.Event.MeetingHeld);
    assertThat(ProcessStatistics.of(List.of(process)).nonDialogue()).isEqualTo(1);
  }

  @Test
  void howFeedbackWillComeCanBeToldBeforeTheDialogue() {
    // "Allra bäst är det om vi informerar om hur återkopplingen kommer att ske redan innan vi
    // genomför själva dialogen": feedback to participants can be recorded in Planering.
    Scenario scenario = new Scenario().planned();
    assertThat(scenario.process().part()).isEqualTo(Part.PLANERING);
    scenario.run(Scenario.FACILITATOR, c -> new Command.DeliverFeedback(c, scenario.delivery("info-1",
        se.participation.api.FeedbackAudience.PARTICIPANTS, "inbjudan").addParticipant(Scenario.P1)
        .content("Efter mötet får ni en sammanställning, och besked om vad nämnden beslutar.").build()));
    assertThat(scenario.process().feedback()).hasSize(1);
  }

  @Test
  void anAnonymousContributionByAResidentDoesNotRecordWhoSubmittedIt() {
    Scenario scenario = new Scenario().carriedOut();
    se.participation.api.Actor resident = se.participation.api.Actor.of("eva-svensson", se.participation.api.ActorRole.PARTICIPANT);
    scenario.run(resident, c -> new Command.SubmitProposal(c, se.participation.api.ProposalDraft.builder()
        .id(se.participation.api.ProposalId.of("anonymt-1")).text("Mer stöd på kvällstid")
        .kind(se.participation.api.ProposalKind.GOAL).authorship(se.participation.api.Authorship.anonymous("förslagslåda"))
        .build()));
    var submitted = scenario.history().get(scenario.history().size() - 1);
    assertThat(submitted.context().actor().value()).isEqualTo("anonym");
    assertThat(scenario.history()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("eva-svensson"));
    assertThat(scenario.process().toString()).doesNotContain("eva-svensson");
  }

  @Test
  void theCouncilCanSendAProposalBackForReworkAndItIsOpenAgain() {
    se.participation.api.ProposalId adopted = se.participation.api.ProposalId.of("pr3");
    // In the golden scenario pr3 is adopted at once; here the council sends it back first.
    Scenario reworked = new Scenario().carriedOut();
    reworked.run(Scenario.OWNER, Command.AdvancePart::new);
    reworked.run(Scenario.ADMINISTRATION, c -> new Command.AdaptProposals(c, Set.of(se.participation.api.ProposalId.of("pr1")),
        se.participation.api.ProposalDraft.builder().id(adopted).text("Alla som vill ska erbjudas ett personligt möte")
            .kind(se.participation.api.ProposalKind.GOAL).authorship(se.participation.api.Authorship.named(Scenario.P1))
            .addQuestion(Scenario.Q1).build(), "Stadens krav på målformulering"));
    reworked.run(Scenario.COMMITTEE, c -> new Command.DecideInCommittee(c, Set.of(adopted), Set.of(), "SN § 12"));
    reworked.run(Scenario.COMMITTEE, c -> new Command.ProposeToCouncil(c, Set.of(adopted), "SN § 12"));
    reworked.run(Scenario.COUNCIL, c -> new Command.SendBackForRework(c, Set.of(adopted), "KF § 40: återremiss för att mäta effekten"));
    assertThat(reworked.process().proposal(adopted).orElseThrow().status()).isEqualTo(se.participation.api.ProposalStatus.SENT_BACK);
    assertThat(reworked.engine.findings(reworked.process(), Part.ATERKOPPLING)).extracting(f -> f.ruleId().value())
        .contains("ATERKOPPLING-SLUTSTATUS");
    // Open again: the committee decides anew and the council adopts.
    reworked.run(Scenario.COMMITTEE, c -> new Command.DecideInCommittee(c, Set.of(adopted), Set.of(), "SN § 20"));
    reworked.run(Scenario.COMMITTEE, c -> new Command.ProposeToCouncil(c, Set.of(adopted), "SN § 20"));
    reworked.run(Scenario.COUNCIL, c -> new Command.DecideInCouncil(c, Set.of(adopted), Set.of(), "KF § 55"));
    assertThat(reworked.process().proposal(adopted).orElseThrow().lineage()).extracting(se.participation.api.LineageStep::status)
        .containsSubsequence(se.participation.api.ProposalStatus.SENT_BACK, se.participation.api.ProposalStatus.DECIDED,
            se.participation.api.ProposalStatus.ADOPTED);
  }

  @Test
  void aProcessStoppedByANoOrWithdrawnIsNotCountedAsADialogue() {
    Scenario refused = new Scenario();
    refused.run(Scenario.OWNER, c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.DELAKTIGHET));
    refused.run(Scenario.OWNER, c -> new Command.AnswerDecisionQuestion(c, ChecklistQuestion.BESLUT_4, false, Optional.empty()));
    Scenario withdrawn = new Scenario().planned();
    withdrawn.run(Scenario.OWNER, c -> new Command.Withdraw(c, "Nämnden ändrade inriktning"));

    ProcessStatistics statistics = ProcessStatistics.of(
        List.of(refused.process(), withdrawn.process(), new Scenario().closed().process()));
    assertThat(statistics.dialogues()).isEqualTo(1);
    assertThat(statistics.undecided()).isEqualTo(1);
    assertThat(statistics.withdrawn()).isEqualTo(1);
    assertThat(statistics.nonDialogue()).isZero();
    assertThat(statistics.dialogues() + statistics.nonDialogue() + statistics.undecided() + statistics.withdrawn()).isEqualTo(3);
  }

  @Test
  void theGoldenScenarioRunsFromBeslutToClosedWithTheProposalsLineage() {
    Scenario scenario = new Scenario().closed();
    ParticipationProcess process = scenario.process();

    assertThat(process.status()).isEqualTo(ProcessStatus.CLOSED);
    assertThat(process.transitions()).extracting(t -> t.to())
        .containsExactly(Part.PLANERING, Part.GENOMFORANDE, Part.ATERKOPPLING, Part.UTVARDERING);
    assertThat(process.proposal(ProposalId.of("pr1")).orElseThrow().status()).isEqualTo(ProposalStatus.SUPERSEDED);
    assertThat(process.proposal(ProposalId.of("pr2")).orElseThrow().status()).isEqualTo(ProposalStatus.DROPPED);
    assertThat(process.proposal(ProposalId.of("pr3")).orElseThrow().lineage())
        .extracting(s -> s.status())
        .containsExactly(ProposalStatus.ADAPTED, ProposalStatus.DECIDED, ProposalStatus.PROPOSED_TO_COUNCIL, ProposalStatus.ADOPTED);
    assertThat(process.proposal(ProposalId.of("pr3")).orElseThrow().lineage().get(0).related())
        .containsExactly(ProposalId.of("pr1"));
    assertThat(scenario.engine.findings(process)).filteredOn(Finding::isBlocking).isEmpty();
    assertThat(process.version()).isEqualTo(scenario.history().size());
  }

  @Test
  void replayOfTheHistoryEqualsTheLiveProcess() {
    Scenario scenario = new Scenario().closed();
    assertThat(scenario.engine.replay(scenario.history())).isEqualTo(scenario.process());
    assertThat(scenario.engine.replay(scenario.history())).isEqualTo(scenario.engine.replay(scenario.history()));
  }

  @Test
  void aStaleVersionIsRejectedAsAConflictAndChangesNothing() {
    Scenario scenario = new Scenario().decided();
    ParticipationProcess process = scenario.process();
    Command stale =
        new Command.ProceedWithDialogue(
            se.participation.api.command.CommandContext.of(Scenario.ID, process.version() - 1, Scenario.OWNER, java.time.Instant.now()));

    Outcome outcome = scenario.engine.decide(process, stale);

    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) outcome).isConflict()).isTrue();
    assertThat(((Outcome.Rejected) outcome).reasons())
        .contains(new Reason.Conflict(process.version() - 1, process.version()));
    assertThat(scenario.engine.handle(process, stale).process()).isSameAs(process);
  }

  @Test
  void aRejectionListsEveryReasonAtOnce() {
    Scenario scenario = new Scenario().decided();
    ParticipationProcess process = scenario.process();
    Command wrong =
        new Command.DecideInCouncil(
            se.participation.api.command.CommandContext.of(Scenario.ID, 99, Scenario.FACILITATOR, java.time.Instant.now()),
            Set.of(ProposalId.of("nope")),
            Set.of(),
            "KF");

    Outcome outcome = scenario.engine.decide(process, wrong);

    assertThat(((Outcome.Rejected) outcome).reasons())
        .hasAtLeastOneElementOfType(Reason.Conflict.class)
        .hasAtLeastOneElementOfType(Reason.Unauthorized.class)
        .hasAtLeastOneElementOfType(Reason.NotAllowedNow.class)
        .hasAtLeastOneElementOfType(Reason.InvalidInput.class);
  }

  @Test
  void everyRoleIsRefusedEveryCommandItMayNotIssueAndNothingChanges() {
    ParticipationProcess process = new Scenario().carriedOut().process();
    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();
    int refusals = 0;
    for (var entry : SampleCommands.all().entrySet()) {
      Set<ActorRole> required = Permissions.requiredRoles(entry.getKey());
      for (ActorRole role : ActorRole.values()) {
        if (required.contains(role)) {
          continue;
        }
        Command command =
            entry.getValue().apply(
                se.participation.api.command.CommandContext.of(
                    Scenario.ID, process.version(), se.participation.api.Actor.of("x", role), java.time.Instant.now()));
        ProcessEngine.Step step = engine.handle(process, command);
        assertThat(step.outcome()).as("%s by %s", entry.getKey().getSimpleName(), role).isInstanceOf(Outcome.Rejected.class);
        // "x" holds no role in this process but PARTICIPANT, which a resident holds as herself.
        Set<ActorRole> held = role == ActorRole.PARTICIPANT ? Set.of(ActorRole.PARTICIPANT) : Set.of();
        assertThat(((Outcome.Rejected) step.outcome()).reasons())
            .contains(new Reason.Unauthorized(entry.getKey().getSimpleName(), required, held));
        assertThat(step.process()).isSameAs(process);
        refusals++;
      }
    }
    assertThat(refusals).isGreaterThan(100);
  }

  @Test
  void everyCommandTypeHasAPolicyAndASample() {
    List<Class<?>> permitted = Arrays.asList(Command.class.getPermittedSubclasses());
    assertThat(SampleCommands.all().keySet()).containsExactlyInAnyOrderElementsOf(
        permitted.stream().map(c -> c.asSubclass(Command.class)).toList());
    for (Class<?> type : permitted) {
      assertThat(Permissions.requiredRoles(type.asSubclass(Command.class))).isNotEmpty();
    }
  }

  @Test
  void aCommandInTheWrongPartIsRefusedNamingTheAllowedParts() {
    Scenario scenario = new Scenario().decided();
    Outcome outcome = scenario.decide(Scenario.FACILITATOR, c -> new Command.HoldMeeting(c, Scenario.M1, Set.of(), Set.of(), List.of()));
    Reason reason = ((Outcome.Rejected) outcome).reasons().stream()
        .filter(Reason.NotAllowedNow.class::isInstance).findFirst().orElseThrow();
    assertThat(reason.message().sv()).contains("HoldMeeting går inte i delen Beslut").contains("Genomförande");
    assertThat(reason.message().en()).contains("HoldMeeting is not possible in the part Decision").contains("Carrying out");
  }

  @Test
  void aClosedProcessAcceptsNothingButErasure() {
    Scenario scenario = new Scenario().closed();
    Outcome lesson = scenario.decide(Scenario.OWNER, c -> new Command.RecordLesson(c, "Sent"));
    assertThat(((Outcome.Rejected) lesson).reasons().get(0).message().en()).contains("the process is Closed");

    scenario.run(Scenario.OWNER, c -> new Command.EraseParticipantData(c, Scenario.P1));
    ParticipationProcess erased = scenario.process();
    assertThat(erased.contacts()).doesNotContainKey(Scenario.P1);
    assertThat(erased.participant(Scenario.P1).orElseThrow().erased()).isTrue();
    assertThat(erased.participant(Scenario.P1).orElseThrow().consent()).isEmpty();
    // What she proposed stays; that she entered it herself (as actor p1) does not.
    assertThat(erased.proposals().keySet()).isEqualTo(new Scenario().closed().process().proposals().keySet());
    assertThat(erased.proposal(se.participation.api.ProposalId.of("pr1")).orElseThrow().lineage().get(0).actor().value())
        .isEqualTo("raderad-p1");
    assertThat(erased.toString()).doesNotContain("actor=p1,");
    assertThat(scenario.engine.replay(scenario.history())).isEqualTo(erased);
  }

  @Test
  void aRedactedHistoryHoldsNoContactDetailsAndReplaysToTheErasedProcess() {
    Scenario scenario = new Scenario().closed();
    scenario.run(Scenario.OWNER, c -> new Command.EraseParticipantData(c, Scenario.P1));

    List<Event> redacted = scenario.engine.redact(scenario.history(), Scenario.P1);

    assertThat(scenario.engine.replay(redacted)).isEqualTo(scenario.process());
    assertThat(redacted.toString()).doesNotContain("p1@example.se");
    assertThat(scenario.history().toString()).contains("p1@example.se");
    assertThat(redacted.toString()).contains("p2@example.se");
  }

  @Test
  void invalidReferencesAreRejectedNamingTheField() {
    Scenario scenario = new Scenario().carriedOut();
    Outcome outcome = scenario.decide(Scenario.FACILITATOR, c -> new Command.MergeProposals(c, Set.of(ProposalId.of("pr1"), ProposalId.of("zz")), ProposalId.of("pr1"), "r"));
    List<Reason> reasons = ((Outcome.Rejected) outcome).reasons();
    assertThat(reasons).extracting(r -> ((Reason.InvalidInput) r).field()).contains("into", "merged");
    assertThat(reasons).extracting(r -> r.message().en())
        .contains("merged: proposal zz does not exist.", "into: proposal pr1 cannot be merged into itself.");
  }

  @Test
  void replayRejectsAnInconsistentHistory() {
    Scenario scenario = new Scenario().decided();
    List<Event> history = new ArrayList<>(scenario.history());
    history.remove(2);
    assertThatThrownBy(() -> scenario.engine.replay(history))
        .isInstanceOfSatisfying(ImpossibleHistoryException.class, e -> assertThat(e.position()).isEqualTo(2))
        .hasMessageContaining("event version must be 3");
    assertThatThrownBy(() -> scenario.engine.replay(history.subList(1, history.size())))
        .isInstanceOf(ImpossibleHistoryException.class)
        .hasMessageContaining("must be ProcessStarted");
    assertThatThrownBy(() -> scenario.engine.replay(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void startingTwiceOrActingOnNoProcessIsRejected() {
    Scenario scenario = new Scenario().decided();
    Outcome twice = scenario.decide(Scenario.OWNER, c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.RESONEMANG));
    assertThat(twice.isAccepted()).isFalse();
    Outcome none = ProcessEngine.withHandbookRulesOnly().decide(null, new Command.ProceedWithDialogue(
        se.participation.api.command.CommandContext.of(Scenario.ID, 0, Scenario.OWNER, java.time.Instant.now())));
    assertThat(((Outcome.Rejected) none).reasons().get(0).message().en()).contains("does not exist; start it first");
  }
}
