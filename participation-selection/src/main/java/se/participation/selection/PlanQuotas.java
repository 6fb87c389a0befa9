// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.participation.api.Plan;
import se.participation.api.Quadrant;
import se.participation.api.TargetGroup;

/**
 * Quotas from a process's plan: its target groups and the representation model's quadrants as
 * quotas that a panel drawn by lot must meet, so that the lottery seats the people the plan wants
 * to reach ("de röster som vanligtvis inte hörs") rather than only those who volunteer most.
 *
 * <p>Each volunteer then needs the matching features, asked for when she volunteers: for each
 * target group a column named by the group's id with {@value #YES} or {@value #NO}, and for the
 * quadrants a column {@value #QUADRANT} with the name of her quadrant (e.g. {@code
 * LOW_ACTIVITY_HIGH_AFFECTEDNESS}). Add the quotas to the others (gender, age, district) before
 * {@link SelectionProblem#of}; {@link Selection#explain} says which conflict when the pool cannot
 * meet them all.
 */
public final class PlanQuotas {
  /** The feature of a volunteer who belongs to a target group. */
  public static final String YES = "ja";

  /** The feature of a volunteer who does not belong to a target group. */
  public static final String NO = "nej";

  /** The category of the representation model's quadrants. */
  public static final String QUADRANT = "kvadrant";

  private PlanQuotas() {}

  /**
   * A category per target group with a planned number of participants, named by the group's id:
   * at least the planned number of seats (at most the panel) for its members ({@value #YES}), any
   * number for the others ({@value #NO}). Groups that mirror the population are left out: the
   * panel as a whole stands for them, through the other quotas.
   *
   * @param plan the plan
   * @param panelSize the number of seats
   * @return the quotas, two per group, in the plan's order
   * @throws NullPointerException when {@code plan} is null
   * @throws IllegalArgumentException when {@code panelSize} is below 1
   */
  public static List<Quota> targetGroups(Plan plan, int panelSize) {
    Objects.requireNonNull(plan, "plan");
    seats(panelSize);
    List<Quota> quotas = new ArrayList<>();
    for (TargetGroup group : plan.targetGroups()) {
      if (group.mirrorsPopulation() || group.plannedParticipants().isEmpty()) {
        continue;
      }
      int planned = Math.min(group.plannedParticipants().getAsInt(), panelSize);
      quotas.add(new Quota(group.id().value(), YES, planned, panelSize));
      quotas.add(new Quota(group.id().value(), NO, 0, panelSize));
    }
    return List.copyOf(quotas);
  }

  /**
   * The category {@value #QUADRANT}, one feature per quadrant: at least as many seats as the plan's
   * target groups in the quadrant plan for (groups that mirror the population left out), and at
   * least one seat for the priority quadrant, much affected with low activity, which the handbook
   * says we "ska lägga extra krut på att nå" (the representation model).
   *
   * @param plan the plan
   * @param panelSize the number of seats
   * @return four quotas, in the model's order
   * @throws NullPointerException when {@code plan} is null
   * @throws IllegalArgumentException when {@code panelSize} is below 1
   */
  public static List<Quota> quadrants(Plan plan, int panelSize) {
    Objects.requireNonNull(plan, "plan");
    seats(panelSize);
    Map<Quadrant, Integer> planned = new EnumMap<>(Quadrant.class);
    for (TargetGroup group : plan.targetGroups()) {
      if (!group.mirrorsPopulation()) {
        planned.merge(group.quadrant(), group.plannedParticipants().orElse(0), Integer::sum);
      }
    }
    List<Quota> quotas = new ArrayList<>();
    for (Quadrant quadrant : Quadrant.values()) {
      int min = planned.getOrDefault(quadrant, 0);
      if (quadrant.isPriority()) {
        min = Math.max(1, min);
      }
      quotas.add(new Quota(QUADRANT, quadrant.name(), Math.min(min, panelSize), panelSize));
    }
    return List.copyOf(quotas);
  }

  private static void seats(int panelSize) {
    if (panelSize < 1) {
      throw new IllegalArgumentException("the panel size (" + panelSize + ") must be at least 1");
    }
  }
}
