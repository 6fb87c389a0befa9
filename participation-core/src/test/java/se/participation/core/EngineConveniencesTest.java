// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.ActorRole;
import se.participation.api.EngagementLevel;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.CommandRefusedException;
import se.participation.api.rule.Finding;

/**
 * The engine's conveniences an embedder writes against: start and handle, findings up to the
 * current part, the blockers of a move, an engine for records, and a verdict's parts and blockers.
 */
class EngineConveniencesTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();
  private static final Instant T = Instant.parse("2021-02-01T09:00:00Z");

  private static Command.StartProcess start(ProcessId id, ActorRole role) {
    return new Command.StartProcess(CommandContext.of(id, 0, se.participation.api.Actor.of("anna", role), T),
        "Mål", "Vilka mål?", EngagementLevel.RESONEMANG);
  }

  @Test
  void startGivesTheProcessWhenAcceptedAndTheRefusalOtherwise() {
    ProcessEngine.Started started = ENGINE.start(start(ProcessId.of("p1"), ActorRole.PROCESS_OWNER));
    assertThat(started.process()).isPresent();
    assertThat(started.events()).hasSize(1);
    assertThat(started.orElseThrow().id()).isEqualTo(ProcessId.of("p1"));
    ProcessEngine.Started refused = ENGINE.start(start(ProcessId.of("p2"), ActorRole.PARTICIPANT));
    assertThat(refused.process()).isEmpty();
    assertThat(refused.events()).isEmpty();
    assertThatThrownBy(refused::orElseThrow).isInstanceOf(CommandRefusedException.class).hasMessageStartingWith("StartProcess was refused");
    assertThatThrownBy(() -> new ProcessEngine.Started(started.outcome(), Optional.empty()))
        .hasMessageContaining("present exactly when the outcome is accepted");
  }

  @Test
  void handleGivesTheNewProcessOrTheUnchangedOneWithTheRefusal() {
    Scenario scenario = new Scenario().decided();
    ParticipationProcess before = scenario.process();
    ProcessEngine.Step step = ENGINE.handle(before, new Command.ProceedWithDialogue(scenario.context(Scenario.OWNER)));
    assertThat(step.accepted()).isTrue();
    assertThat(step.command()).isEqualTo("ProceedWithDialogue");
    assertThat(step.events()).hasSize(1);
    assertThat(step.orElseThrow().part()).isEqualTo(Part.PLANERING);
    ProcessEngine.Step refused = ENGINE.handle(before, new Command.ApprovePlan(scenario.context(Scenario.OWNER)));
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.events()).isEmpty();
    assertThat(refused.process()).isSameAs(before);
    assertThatThrownBy(refused::orElseThrow).isInstanceOf(CommandRefusedException.class).hasMessageStartingWith("ApprovePlan was refused");
  }

  @Test
  void findingsCoverEveryPartUpToTheCurrentOneAndBlockersOnlyTheCurrentPartsBlocking() {
    Scenario scenario = new Scenario().decided().run(Scenario.OWNER, Command.ProceedWithDialogue::new);
    ParticipationProcess planning = scenario.process();
    List<Finding> all = ENGINE.findings(planning);
    List<Finding> byPart = new java.util.ArrayList<>(ENGINE.findings(planning, Part.BESLUT));
    byPart.addAll(ENGINE.findings(planning, Part.PLANERING));
    assertThat(all).isEqualTo(byPart).isNotEmpty();
    List<Finding> blockers = ENGINE.blockers(planning);
    assertThat(blockers).isNotEmpty().allSatisfy(f -> {
      assertThat(f.isBlocking()).isTrue();
      assertThat(f.part()).isEqualTo(Part.PLANERING);
    });
    assertThat(ENGINE.findings(planning, Part.UTVARDERING)).isNotEmpty();
    assertThat(all).noneMatch(f -> f.part() == Part.UTVARDERING);
  }

  @Test
  void anEngineForRecordsDoesNotGuardMovesAndIsMadeOnce() {
    assertThat(ENGINE.guardsMoves()).isTrue();
    ProcessEngine records = ENGINE.forRecords();
    assertThat(records.guardsMoves()).isFalse();
    assertThat(records.forRecords()).isSameAs(records);
    Scenario scenario = new Scenario(records).decided().run(Scenario.OWNER, Command.ProceedWithDialogue::new);
    assertThat(records.decide(scenario.process(), new Command.ApprovePlan(scenario.context(Scenario.OWNER))).isAccepted())
        .as("a record may show a plan approved with gaps").isTrue();
  }

  @Test
  void aVerdictListsTheJudgedPartsTheirFindingsAndTheBlockersAmongThem() {
    Scenario scenario = new Scenario(ENGINE.forRecords()).decided().run(Scenario.OWNER, Command.ProceedWithDialogue::new)
        .run(Scenario.OWNER, Command.ApprovePlan::new);
    Verdict verdict = ENGINE.judge(scenario.history());
    assertThat(verdict.judgedParts()).containsExactly(Part.BESLUT, Part.PLANERING, Part.GENOMFORANDE);
    assertThat(verdict.allFindings()).hasSize(
        verdict.findings(Part.BESLUT).size() + verdict.findings(Part.PLANERING).size() + verdict.findings(Part.GENOMFORANDE).size());
    assertThat(verdict.findings(Part.PLANERING)).isNotEmpty();
    assertThat(verdict.findings(Part.UTVARDERING)).isEmpty();
    assertThat(verdict.blocking()).isNotEmpty().allMatch(Finding::isBlocking);
    assertThat(verdict.allFindings()).containsAll(verdict.blocking());
    assertThat(verdict.blocked()).isTrue();
    Verdict golden = ENGINE.judge(new Scenario().closed().history());
    assertThat(golden.blocked()).isFalse();
    assertThat(golden.blocking()).isEmpty();
    assertThat(golden.judgedParts()).containsExactly(Part.values());
  }
}
