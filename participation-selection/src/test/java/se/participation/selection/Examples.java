// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The published instances of Flanigan et al. (2021), built from their description, and the
 * smallest pool whose linear relaxation promises more than any lottery.
 */
public final class Examples {
  private Examples() {}

  /**
   * "example_small" (n = 200, k = 20) or "example_large" (n = 2,000, k = 200): one
   * female/conservative volunteer, {@code scale·99 + (scale-1)} female/liberal, {@code scale·100}
   * male/conservative; every feature {@code 9..20} or {@code 99..200}.
   */
  public static SelectionProblem example(int n, int k, int min) {
    List<Quota> quotas = List.of(
        new Quota("gender", "female", min, k), new Quota("gender", "male", min, k),
        new Quota("politics", "conservative", min, k), new Quota("politics", "liberal", min, k));
    List<Volunteer> pool = new ArrayList<>();
    pool.add(new Volunteer("v0", Map.of("gender", "female", "politics", "conservative")));
    for (int i = 1; i < n / 2; i++) {
      pool.add(new Volunteer("v" + i, Map.of("gender", "female", "politics", "liberal")));
    }
    for (int i = n / 2; i < n; i++) {
      pool.add(new Volunteer("v" + i, Map.of("gender", "male", "politics", "conservative")));
    }
    return SelectionProblem.of(quotas, pool, k);
  }

  /**
   * "example_small": n = 200, k = 20, every feature 9–20.
   */
  public static SelectionProblem exampleSmall() {
    return example(200, 20, 9);
  }

  /**
   * "example_large": n = 2,000, k = 200, every feature 99–200.
   */
  public static SelectionProblem exampleLarge() {
    return example(2000, 200, 99);
  }

  /**
   * Three volunteers of whom no two may sit together (each pair shares a feature with at most one
   * seat) and one who may sit with anyone, on a panel of two: every panel seats the fourth, so the
   * others get a third each, while the quotas' linear relaxation would give everyone a half.
   */
  public static SelectionProblem oddCycle() {
    return SelectionProblem.of(
        List.of(new Quota("a", "yes", 0, 1), new Quota("a", "no", 0, 2),
            new Quota("b", "yes", 0, 1), new Quota("b", "no", 0, 2),
            new Quota("c", "yes", 0, 1), new Quota("c", "no", 0, 2)),
        List.of(new Volunteer("v1", Map.of("a", "yes", "b", "yes", "c", "no")),
            new Volunteer("v2", Map.of("a", "no", "b", "yes", "c", "yes")),
            new Volunteer("v3", Map.of("a", "yes", "b", "no", "c", "yes")),
            new Volunteer("v4", Map.of("a", "no", "b", "no", "c", "no"))),
        2);
  }
}
