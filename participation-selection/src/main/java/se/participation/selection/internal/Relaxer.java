// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.participation.api.text.LocalizedText;
import se.participation.selection.Infeasible;
import se.participation.selection.Quota;
import se.participation.selection.Relaxation;
import se.participation.selection.SelectionProblem;

/**
 * Whether the quotas can be met, and when not, why: the plain conflicts (a category's minimums
 * above the panel size, its maximums below it, a minimum above the volunteers who have the
 * feature) and the smallest relaxation, from the integer program
 *
 * <pre>
 *   minimise Σ_q (lower_q + raise_q)
 *   subject to min_q − lower_q ≤ Σ_{p has q} c_p ≤ max_q + raise_q,  Σ_p c_p = k,  0 ≤ c_p ≤ size_p
 * </pre>
 *
 * which always has a solution (the pool is at least the panel) and is zero exactly when the
 * quotas can be met.
 */
public final class Relaxer {
  private Relaxer() {}

  /**
   * Empty when the quotas can be met; else why not and the smallest relaxation.
   *
   * @throws IllegalStateException when the solver fails
   */
  public static Optional<Infeasible> explain(SelectionProblem problem, LinearSolver.Factory factory) {
    Instance instance = new Instance(problem);
    List<Quota> quotas = problem.quotas();
    int[] lower = new int[instance.quotas];
    int[] raise = new int[instance.quotas];
    double total;
    try (LinearSolver ilp = factory.integer()) {
      int[] seat = new int[instance.profiles];
      int fill = ilp.row(instance.panelSize, instance.panelSize);
      for (int p = 0; p < instance.profiles; p++) {
        seat[p] = ilp.variable(0, instance.size[p], true);
        ilp.coefficient(fill, seat[p], 1);
      }
      int[] lowerVar = new int[instance.quotas];
      int[] raiseVar = new int[instance.quotas];
      int[] atLeast = new int[instance.quotas];
      int[] atMost = new int[instance.quotas];
      for (int q = 0; q < instance.quotas; q++) {
        lowerVar[q] = ilp.variable(0, instance.min[q], true);
        raiseVar[q] = ilp.variable(0, instance.panelSize, true);
        ilp.objective(lowerVar[q], 1);
        ilp.objective(raiseVar[q], 1);
        atLeast[q] = ilp.row(quotas.get(q).min(), Double.POSITIVE_INFINITY);
        ilp.coefficient(atLeast[q], lowerVar[q], 1);
        atMost[q] = ilp.row(Double.NEGATIVE_INFINITY, instance.max[q]);
        ilp.coefficient(atMost[q], raiseVar[q], -1);
      }
      for (int p = 0; p < instance.profiles; p++) {
        for (int c = 0; c < instance.categories; c++) {
          int q = instance.quotaOf[p][c];
          ilp.coefficient(atLeast[q], seat[p], 1);
          ilp.coefficient(atMost[q], seat[p], 1);
        }
      }
      ilp.maximise(false);
      if (ilp.solve() != LinearSolver.Status.OPTIMAL) {
        throw new IllegalStateException("the relaxation integer program did not solve");
      }
      total = ilp.objectiveValue();
      for (int q = 0; q < instance.quotas; q++) {
        lower[q] = (int) Math.round(ilp.value(lowerVar[q]));
        raise[q] = (int) Math.round(ilp.value(raiseVar[q]));
      }
    }
    if (total < 0.5) {
      return Optional.empty();
    }
    List<LocalizedText> reasons = plainReasons(problem, instance);
    List<Relaxation> relaxations = new ArrayList<>();
    List<Quota> relaxedQuotas = new ArrayList<>();
    for (int q = 0; q < instance.quotas; q++) {
      Quota quota = quotas.get(q);
      if (lower[q] > 0 || raise[q] > 0) {
        Quota relaxed = quota.withBounds(quota.min() - lower[q], Math.max(quota.max(), instance.max[q] + raise[q]));
        relaxations.add(new Relaxation(quota, relaxed));
        relaxedQuotas.add(relaxed);
      } else {
        relaxedQuotas.add(quota);
      }
    }
    if (reasons.isEmpty()) {
      List<LocalizedText> named = new ArrayList<>();
      for (Relaxation relaxation : relaxations) {
        named.add(SelectionTexts.text("selection.quota", relaxation.from().category(), relaxation.from().feature(),
            relaxation.from().min(), relaxation.from().max()));
      }
      reasons.add(SelectionTexts.text("selection.reason.together", LocalizedText.join(", ", named)));
    }
    return Optional.of(new Infeasible(reasons, relaxations, problem.withQuotas(relaxedQuotas)));
  }

  private static List<LocalizedText> plainReasons(SelectionProblem problem, Instance instance) {
    List<LocalizedText> reasons = new ArrayList<>();
    List<Quota> quotas = problem.quotas();
    int[] volunteers = new int[instance.quotas];
    for (int p = 0; p < instance.profiles; p++) {
      for (int c = 0; c < instance.categories; c++) {
        volunteers[instance.quotaOf[p][c]] += instance.size[p];
      }
    }
    for (String category : problem.categories()) {
      int mins = 0;
      int maxes = 0;
      for (Quota quota : quotas) {
        if (quota.category().equals(category)) {
          mins += quota.min();
          maxes += Math.min(quota.max(), instance.panelSize);
        }
      }
      if (mins > instance.panelSize) {
        reasons.add(SelectionTexts.text("selection.reason.minimums", category, mins, instance.panelSize));
      }
      if (maxes < instance.panelSize) {
        reasons.add(SelectionTexts.text("selection.reason.maximums", category, maxes, instance.panelSize));
      }
    }
    for (int q = 0; q < instance.quotas; q++) {
      Quota quota = quotas.get(q);
      if (quota.min() > volunteers[q]) {
        reasons.add(SelectionTexts.text("selection.reason.pool", quota.category(), quota.feature(), quota.min(),
            volunteers[q]));
      }
    }
    return reasons;
  }
}
