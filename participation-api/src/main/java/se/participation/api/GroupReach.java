// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import java.util.OptionalInt;
import se.participation.api.internal.Checks;

/**
 * How many of a target group took part, against the plan.
 *
 * @param group the target group's identifier
 * @param name its name
 * @param quadrant its quadrant in the representation model
 * @param planned how many the plan hoped for, if stated
 * @param came how many of the group attended a meeting or contributed
 * @param mirrorsPopulation whether the group mirrors the population, spread over every quadrant;
 *     its people are then not counted in {@code quadrant}'s totals
 */
public record GroupReach(
    TargetGroupId group, String name, Quadrant quadrant, OptionalInt planned, int came, boolean mirrorsPopulation) {

  /**
   * The reach of a group that lies in one quadrant.
   *
   * @param group the target group's identifier
   * @param name its name
   * @param quadrant its quadrant
   * @param planned how many the plan hoped for, if stated
   * @param came how many took part
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException when {@code came} is negative
   */
  public GroupReach(TargetGroupId group, String name, Quadrant quadrant, OptionalInt planned, int came) {
    this(group, name, quadrant, planned, came, false);
  }

  /**
   * Rejects a negative count.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public GroupReach {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(quadrant, "quadrant");
    Objects.requireNonNull(planned, "planned");
    Checks.notNegative("came", came);
  }

  /** Whether anyone of the group took part. */
  public boolean reached() {
    return came > 0;
  }

  /** Whether as many came as planned (or anyone, when no number was planned). */
  public boolean reachedAsPlanned() {
    return planned.isPresent() ? came >= planned.getAsInt() : came > 0;
  }
}
