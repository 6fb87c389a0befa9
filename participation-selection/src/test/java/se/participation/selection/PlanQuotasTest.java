// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.Activity;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Affectedness;
import se.participation.api.CriterionResult;
import se.participation.api.EngagementLevel;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.ProcessId;
import se.participation.api.Quadrant;
import se.participation.api.Sortition;
import se.participation.api.SortitionId;
import se.participation.api.SuccessCriterion;
import se.participation.api.TargetGroup;
import se.participation.api.TargetGroupId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;

/**
 * A plan's target groups and quadrants as quotas, and a drawn panel recorded in the process: the
 * lottery seats the groups the plan wants to reach, and the process judges the panel by the same
 * quotas.
 */
class PlanQuotasTest {
  private static final TargetGroup YOUNG = TargetGroup.builder().id(TargetGroupId.of("unga")).name("Unga")
      .activity(Activity.LOW).affectedness(Affectedness.HIGH).plannedParticipants(3).build();
  private static final TargetGroup TRADERS = TargetGroup.builder().id(TargetGroupId.of("handlare")).name("Handlare")
      .activity(Activity.HIGH).affectedness(Affectedness.HIGH).plannedParticipants(1).build();
  private static final TargetGroup EVERYONE = TargetGroup.builder().id(TargetGroupId.of("alla")).name("Alla")
      .activity(Activity.LOW).affectedness(Affectedness.LOW).mirrorsPopulation(true).plannedParticipants(10).build();
  private static final Plan PLAN = Plan.builder().addTargetGroup(YOUNG).addTargetGroup(TRADERS).addTargetGroup(EVERYONE).build();

  @Test
  void eachPlannedTargetGroupBecomesACategoryWithItsPlannedSeatsAndMirrorsOfThePopulationAreLeftOut() {
    assertThat(PlanQuotas.targetGroups(PLAN, 10)).containsExactly(
        new Quota("unga", PlanQuotas.YES, 3, 10), new Quota("unga", PlanQuotas.NO, 0, 10),
        new Quota("handlare", PlanQuotas.YES, 1, 10), new Quota("handlare", PlanQuotas.NO, 0, 10));
    // A group planned for more seats than the panel has asks for every seat, no more.
    assertThat(PlanQuotas.targetGroups(PLAN, 2).get(0)).isEqualTo(new Quota("unga", PlanQuotas.YES, 2, 2));
    assertThatThrownBy(() -> PlanQuotas.targetGroups(PLAN, 0)).hasMessageContaining("at least 1");
  }

  @Test
  void theQuadrantsAskForThePlannedSeatsAndThePriorityQuadrantForAtLeastOne() {
    assertThat(PlanQuotas.quadrants(PLAN, 10)).containsExactly(
        new Quota(PlanQuotas.QUADRANT, Quadrant.HIGH_ACTIVITY_HIGH_AFFECTEDNESS.name(), 1, 10),
        new Quota(PlanQuotas.QUADRANT, Quadrant.HIGH_ACTIVITY_LOW_AFFECTEDNESS.name(), 0, 10),
        new Quota(PlanQuotas.QUADRANT, Quadrant.LOW_ACTIVITY_HIGH_AFFECTEDNESS.name(), 3, 10),
        new Quota(PlanQuotas.QUADRANT, Quadrant.LOW_ACTIVITY_LOW_AFFECTEDNESS.name(), 0, 10));
    assertThat(PlanQuotas.quadrants(Plan.empty(), 5))
        .filteredOn(q -> q.feature().equals(Quadrant.priority().name())).extracting(Quota::min).containsExactly(1);
  }

  /** A pool of 60 in which the young are few (6) and the traders fewer (3). */
  private static List<Volunteer> pool() {
    List<Volunteer> pool = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      boolean young = i < 6;
      boolean trader = i >= 57;
      pool.add(new Volunteer("v" + i, Map.of("kön", i % 2 == 0 ? "kvinna" : "man",
          "unga", young ? PlanQuotas.YES : PlanQuotas.NO, "handlare", trader ? PlanQuotas.YES : PlanQuotas.NO)));
    }
    return pool;
  }

  @Test
  void aLotteryOnThePlansQuotasSeatsTheTargetGroupsInEveryPanelAndTheRecordedDrawMeetsTheCriterion() {
    List<Quota> quotas = new ArrayList<>(List.of(new Quota("kön", "kvinna", 4, 6), new Quota("kön", "man", 4, 6)));
    quotas.addAll(PlanQuotas.targetGroups(PLAN, 10));
    SelectionProblem problem = SelectionProblem.of(quotas, pool(), 10);
    Lottery lottery = (Lottery) Selection.leximin(problem);

    for (Composition composition : lottery.compositions()) {
      assertThat(problem.admits(composition.seats())).isTrue();
    }
    // The six young share at least three seats: each is seated at least half the time.
    assertThat(lottery.probability("v0")).isGreaterThanOrEqualTo(0.5 - 1e-9);
    assertThat(lottery.probability("v59")).isCloseTo(1.0 / 3, within(1e-6));

    Draw draw = lottery.draw("Lotto 2026-11-28: 3 11 17 24 29 33 35");
    Sortition.Panel panel = lottery.panelRecord(draw);
    assertThat(panel.seats()).extracting(s -> s.member().value()).containsExactlyElementsOf(draw.panel());
    assertThat(panel.seats().get(0).features()).containsOnlyKeys("kön", "unga", "handlare");
    assertThat(panel.method()).contains("LEXIMIN");
    assertThat(panel.seed()).contains(draw.seed());
    assertThat(panel.minimumProbability().getAsDouble()).isCloseTo(lottery.minimum(), within(1e-12));
    assertThat(panel.reserves()).isEqualTo(50);
    Sortition.Pool recorded = problem.poolRecord();
    assertThat(recorded.volunteers().value()).isEqualTo(60);
    assertThat(recorded.counts().get("unga")).containsEntry(PlanQuotas.YES, 6).containsEntry(PlanQuotas.NO, 54);

    // The process records the pool and the draw; the first criterion finds every quota met.
    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly().forRecords(); // the checklist is not the point here
    Actor owner = Actor.of("agare", ActorRole.PROCESS_OWNER);
    ProcessId id = ProcessId.of("lottad");
    Instant[] clock = {Instant.parse("2026-01-05T09:00:00Z")};
    ParticipationProcess[] process = {null};
    java.util.function.Consumer<java.util.function.Function<CommandContext, Command>> run = command -> {
      clock[0] = clock[0].plusSeconds(60);
      Outcome outcome = engine.decide(process[0], command.apply(
          CommandContext.of(id, process[0] == null ? 0 : process[0].version(), owner, clock[0])));
      assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
      process[0] = engine.apply(process[0], ((Outcome.Accepted) outcome).events());
    };
    SortitionId lot = SortitionId.of("panelen");
    run.accept(c -> new Command.StartProcess(c, "Lottad panel", "Vad vill ni?", EngagementLevel.RESONEMANG));
    run.accept(Command.ProceedWithDialogue::new);
    run.accept(c -> new Command.RecordPlan(c, Plan.builder().from(PLAN).targetGroups(List.of()).build()));
    run.accept(c -> new Command.RecordPool(c, lot, recorded));
    run.accept(c -> new Command.RecordPanelDraw(c, lot, panel));
    ParticipationProcess done = process[0];

    var first = SuccessEvaluator.evaluate(done).assessment(SuccessCriterion.TARGET_GROUPS_REACHED);
    assertThat(first.result()).isEqualTo(CriterionResult.MET);
    assertThat(first.outOf()).isEqualTo(quotas.size());
    assertThat(done.sortitions().get(lot).seated("unga", PlanQuotas.YES)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aVolunteerIdThatIsNoParticipantIdIsNamedOrMappedByTheCaller() {
    SelectionProblem problem = SelectionProblem.of(List.of(new Quota("kön", "kvinna", 1, 1), new Quota("kön", "man", 0, 1)),
        List.of(new Volunteer("anna andersson", Map.of("kön", "kvinna")), new Volunteer("b", Map.of("kön", "man"))), 1);
    Lottery lottery = (Lottery) Selection.legacy(problem, 10, "frö");
    Draw draw = lottery.draw("frö");
    assertThatThrownBy(() -> lottery.panelRecord(draw)).isInstanceOf(IllegalArgumentException.class);
    Sortition.Panel mapped = lottery.panelRecord(draw, v -> se.participation.api.ParticipantId.of("p-" + v.length()));
    assertThat(mapped.seats()).extracting(s -> s.member().value()).containsExactly("p-14");
    assertThat(mapped.method()).contains("LEGACY");
    assertThatThrownBy(() -> lottery.panelRecord(new Draw("frö", 0, List.of("okänd"), List.of())))
        .hasMessageContaining("okänd");
    assertThat(Optional.of(mapped.reserves())).contains(1);
  }
}
