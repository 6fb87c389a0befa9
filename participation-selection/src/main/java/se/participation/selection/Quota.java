// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.Objects;

/**
 * How many seats of the panel go to people with one feature: at least {@code min}, at most
 * {@code max} panel members whose {@code category} is {@code feature} (e.g. category "age",
 * feature "16-29", 3 to 6 seats).
 *
 * @param category the category, such as "gender" or "district"
 * @param feature one of the category's values, such as "female" or "Drottninghög"
 * @param min the fewest seats, at least 0
 * @param max the most seats, at least {@code min}
 */
public record Quota(String category, String feature, int min, int max) {
  /**
   * A quota.
   *
   * @throws NullPointerException when {@code category} or {@code feature} is null
   * @throws IllegalArgumentException when a name is blank, {@code min} is negative or {@code max}
   *     is below {@code min}
   */
  public Quota {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(feature, "feature");
    if (category.isBlank() || feature.isBlank()) {
      throw new IllegalArgumentException("a quota's category and feature must not be blank");
    }
    if (min < 0) {
      throw new IllegalArgumentException("min (" + min + ") must not be negative");
    }
    if (max < min) {
      throw new IllegalArgumentException("max (" + max + ") must not be below min (" + min + ")");
    }
  }

  /** This quota with other bounds, e.g. a relaxation. */
  public Quota withBounds(int newMin, int newMax) {
    return new Quota(category, feature, newMin, newMax);
  }
}
