// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * How a panel drawn by lot, as it finally sat (after replacements), stands against one of its
 * quotas.
 *
 * @param sortition the sortition the panel belongs to
 * @param category the quota's category
 * @param feature the quota's feature
 * @param min the fewest seats the quota asks for
 * @param max the most seats it allows
 * @param seated how many seats have the feature now
 */
public record QuotaReach(SortitionId sortition, String category, String feature, int min, int max, int seated) {

  /**
   * Checks the numbers.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException when a number is negative or the bounds are crossed
   */
  public QuotaReach {
    Objects.requireNonNull(sortition, "sortition");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(feature, "feature");
    Checks.notNegative("min", min);
    Checks.check(max >= min, "max", "must be at least min " + min, max);
    Checks.notNegative("seated", seated);
  }

  /** Whether the seats with the feature are within the quota. */
  public boolean met() {
    return seated >= min && seated <= max;
  }
}
