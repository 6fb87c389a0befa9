// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.generators;

import static se.participation.testkit.assertions.ParticipationAssertions.assertThat;

import org.junit.jupiter.api.Test;
import se.participation.api.Part;
import se.participation.api.Plan;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.core.ProcessEngine;
import se.participation.testkit.property.Gen;
import se.participation.testkit.property.Property;

class PlanDefectProperties {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  record Case(se.participation.api.ParticipationProcess process, PlanDefect defect, Plan plan) {}

  private static final ProcessEngine STRICT = ProcessEngine.of(se.participation.core.HandbookRules.strict());

  private static Gen<Case> cases() {
    return Generators.processesAt(Part.PLANERING).flatMap(process ->
        Gen.elementOf(PlanDefect.values()).flatMap(defect ->
            Generators.plansWith(defect).map(plan -> new Case(process, defect, plan))));
  }

  private static se.participation.api.ParticipationProcess recorded(ProcessEngine engine, Case c) {
    return engine.handle(c.process(), new Command.RecordPlan(
        CommandContext.of(c.process().id(), c.process().version(), ProcessScript.OWNER, c.process().updatedAt().plusSeconds(60)),
        c.plan())).process();
  }

  @Test
  void inTheStrictProfileAPlanWithADefectIsRefusedWithTheFindingOfItsRule() {
    Property.forAll(cases()).named("in the strict profile a plan with a defect is refused with the finding of its rule")
        .tries(60).check(c -> {
          var recorded = recorded(STRICT, c);
          assertThat(STRICT.decide(recorded, new Command.ApprovePlan(CommandContext.of(
              recorded.id(), recorded.version(), ProcessScript.OWNER, recorded.updatedAt().plusSeconds(60)))))
              .hasFindingFor(c.defect().ruleId().value());
        });
  }

  @Test
  void inTheHandbookProfileADefectIsFoundAtTheSeverityTheHandbookGivesItsRule() {
    Property.forAll(cases()).named("in the handbook profile a defect is found at the severity the handbook gives its rule")
        .tries(60).check(c -> {
          var rule = ENGINE.rules().rules().stream().filter(r -> r.id().equals(c.defect().ruleId())).findFirst();
          var findings = ENGINE.findings(recorded(ENGINE, c), Part.PLANERING);
          if (rule.isEmpty()) {
            // The library's own practice (the timeline's order) is in the strict profile only.
            org.assertj.core.api.Assertions.assertThat(findings).noneMatch(f -> f.ruleId().equals(c.defect().ruleId()));
          } else {
            org.assertj.core.api.Assertions.assertThat(findings)
                .anyMatch(f -> f.ruleId().equals(c.defect().ruleId()) && f.severity() == rule.get().severity());
          }
        });
  }

  @Test
  void aCompletePlanPassesEveryPlanningRule() {
    Property.forAll(Generators.processesAt(Part.PLANERING)).named("a complete plan passes every planning rule").tries(60)
        .check(process -> assertThat(process).hasNoBlockingFindings(ENGINE));
  }
}
