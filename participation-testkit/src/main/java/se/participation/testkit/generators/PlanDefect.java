// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.generators;

import java.util.List;
import java.util.Optional;
import se.participation.api.DateRange;
import se.participation.api.Part;
import se.participation.api.Plan;
import se.participation.api.TargetGroup;
import se.participation.api.rule.RuleId;

/** A typical gap in a plan, and the handbook rule that catches it. */
public enum PlanDefect {
  /** No plan for how and when feedback reaches participants. */
  NO_FEEDBACK_PLAN("ATERKOPPLING-2"),
  /** A hard-to-reach group with no outreach measure. */
  HARD_TO_REACH_WITHOUT_OUTREACH("PLANERING-SVARNADDA"),
  /** No group in the priority quadrant and no argument why. */
  NO_PRIORITY_GROUP("PLANERING-PRIORITERAD-GRUPP"),
  /** Genomförande starts before Planering ends. */
  TIMELINE_OUT_OF_ORDER("PLANERING-TIDPLAN-ORDNING"),
  /** No purpose. */
  NO_PURPOSE("PLANERING-1"),
  /** No plan for documenting what comes out. */
  NO_DOCUMENTATION_PLAN("GENOMFORANDE-1"),
  /** No promised level. */
  NO_LEVEL("PLANERING-4");

  private final String ruleId;

  PlanDefect(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The rule whose blocking finding this defect causes. */
  public RuleId ruleId() {
    return RuleId.of(ruleId);
  }

  /** The plan with this defect. */
  public Plan applyTo(Plan plan) {
    Plan.Builder builder = Plan.builder().from(plan);
    switch (this) {
      case NO_FEEDBACK_PLAN -> builder.feedback(Optional.empty());
      case HARD_TO_REACH_WITHOUT_OUTREACH -> {
        List<TargetGroup> groups = new java.util.ArrayList<>(plan.targetGroups());
        TargetGroup first = groups.get(0);
        groups.set(0, TargetGroup.builder().from(first).hardToReach(true).outreach(List.of()).build());
        builder.targetGroups(groups);
      }
      case NO_PRIORITY_GROUP ->
          builder
              .targetGroups(plan.targetGroups().stream().filter(g -> !g.quadrant().isPriority()).toList().isEmpty()
                  ? List.of(Generators.nonPriorityGroup())
                  : plan.targetGroups().stream().filter(g -> !g.quadrant().isPriority()).toList())
              .priorityQuadrantAbsence(Optional.empty());
      case TIMELINE_OUT_OF_ORDER -> {
        DateRange planning = plan.timeline().period(Part.PLANERING).orElseThrow();
        DateRange carrying = plan.timeline().period(Part.GENOMFORANDE).orElseThrow();
        builder.timeline(plan.timeline().with(Part.GENOMFORANDE,
            DateRange.of(planning.start(), carrying.end())));
      }
      case NO_PURPOSE -> builder.purpose(Optional.empty());
      case NO_DOCUMENTATION_PLAN -> builder.documentation(Optional.empty());
      case NO_LEVEL -> builder.promisedLevel(Optional.empty());
    }
    return builder.build();
  }
}
