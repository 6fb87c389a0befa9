// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * How one quadrant of the representation model was reached.
 *
 * @param quadrant the quadrant
 * @param plannedGroups how many target groups of the plan are in it
 * @param reachedGroups how many of those had someone take part
 * @param planned how many people the plan hoped for from its groups, where stated
 * @param came how many people of its groups took part
 */
public record QuadrantReach(
    Quadrant quadrant, int plannedGroups, int reachedGroups, int planned, int came) {

  /**
   * Rejects negative counts.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public QuadrantReach {
    Objects.requireNonNull(quadrant, "quadrant");
    Checks.notNegative("plannedGroups", plannedGroups);
    Checks.notNegative("reachedGroups", reachedGroups);
    Checks.notNegative("planned", planned);
    Checks.notNegative("came", came);
  }

  /** Whether the plan had groups in this quadrant and none of them took part. */
  public boolean missing() {
    return plannedGroups > 0 && came == 0;
  }
}
