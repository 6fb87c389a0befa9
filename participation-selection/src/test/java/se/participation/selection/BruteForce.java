// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.ArrayList;
import java.util.List;
import se.participation.selection.internal.LinearSolver;
import se.participation.selection.internal.Solvers;

/**
 * The slow, obviously right answers the tests compare against: every composition that meets the
 * quotas, enumerated; the leximin lottery over all of them by the textbook method (maximise the
 * smallest chance, then fix every profile whose chance cannot be raised alone, one linear
 * program per profile), which shares no code with the column generation but the solver.
 */
final class BruteForce {
  private BruteForce() {}

  /** Every seat vector (per profile) that meets the quotas. */
  static List<int[]> compositions(SelectionProblem problem) {
    return panels(problem).stream().filter(problem::admits).toList();
  }

  /** Every seat vector (per profile) that fills the panel from the pool, quotas or not. */
  static List<int[]> panels(SelectionProblem problem) {
    List<int[]> out = new ArrayList<>();
    int[] sizes = problem.profiles().stream().mapToInt(Profile::size).toArray();
    fill(sizes, 0, problem.panelSize(), new int[sizes.length], out);
    return out;
  }

  private static void fill(int[] sizes, int p, int left, int[] seats, List<int[]> out) {
    if (p == sizes.length) {
      if (left == 0) {
        out.add(seats.clone());
      }
      return;
    }
    for (int s = 0; s <= Math.min(left, sizes[p]); s++) {
      seats[p] = s;
      fill(sizes, p + 1, left - s, seats, out);
    }
    seats[p] = 0;
  }

  /** The leximin chance of each profile, by the textbook method over every composition. */
  static double[] leximin(SelectionProblem problem) {
    List<int[]> all = compositions(problem);
    int n = problem.profiles().size();
    double[] fixedAt = new double[n];
    boolean[] fixed = new boolean[n];
    for (int p = 0; p < n; p++) {
      int profile = p;
      if (all.stream().noneMatch(c -> c[profile] > 0)) {
        fixed[p] = true; // no panel seats it: its chance is 0 in every lottery
      }
    }
    while (!allTrue(fixed)) {
      double level = solve(problem, all, fixed, fixedAt, -1, Double.NaN);
      boolean any = false;
      for (int p = 0; p < n; p++) {
        if (!fixed[p] && solve(problem, all, fixed, fixedAt, p, level) <= level + 1e-7) {
          fixed[p] = true;
          fixedAt[p] = level;
          any = true;
        }
      }
      if (!any) {
        throw new AssertionError("no profile could be fixed at level " + level);
      }
    }
    return fixedAt;
  }

  /**
   * With {@code raise < 0}: the largest t with every unfixed chance ≥ t. Otherwise the largest
   * chance of profile {@code raise} with every unfixed chance ≥ {@code level}.
   */
  private static double solve(SelectionProblem problem, List<int[]> all, boolean[] fixed, double[] fixedAt,
      int raise, double level) {
    try (LinearSolver lp = Solvers.find().orElseThrow().linear()) {
      int[] lambda = new int[all.size()];
      int sum = lp.row(1, 1);
      for (int s = 0; s < all.size(); s++) {
        lambda[s] = lp.variable(0, 1, false);
        lp.coefficient(sum, lambda[s], 1);
      }
      int t = lp.variable(0, 1, false);
      for (int p = 0; p < fixed.length; p++) {
        double floor = fixed[p] ? fixedAt[p] - 1e-9 : raise < 0 ? 0 : level - 1e-9;
        int row = lp.row(floor, Double.POSITIVE_INFINITY);
        double size = problem.profiles().get(p).size();
        for (int s = 0; s < all.size(); s++) {
          if (all.get(s)[p] > 0) {
            lp.coefficient(row, lambda[s], all.get(s)[p] / size);
          }
        }
        if (raise < 0 && !fixed[p]) {
          lp.coefficient(row, t, -1);
        }
        if (p == raise) {
          int objectiveRow = lp.row(0, 0);
          for (int s = 0; s < all.size(); s++) {
            if (all.get(s)[p] > 0) {
              lp.coefficient(objectiveRow, lambda[s], all.get(s)[p] / size);
            }
          }
          lp.coefficient(objectiveRow, t, -1);
        }
      }
      lp.objective(t, 1);
      lp.maximise(true);
      if (lp.solve() != LinearSolver.Status.OPTIMAL) {
        throw new AssertionError("the reference linear program failed on " + problem);
      }
      return lp.value(t);
    }
  }

  private static boolean allTrue(boolean[] values) {
    for (boolean value : values) {
      if (!value) {
        return false;
      }
    }
    return true;
  }

  static String describe(SelectionProblem problem) {
    StringBuilder out = new StringBuilder("k=" + problem.panelSize() + " quotas=" + problem.quotas() + " profiles=");
    for (Profile profile : problem.profiles()) {
      out.append(profile.features().values()).append('×').append(profile.size()).append(' ');
    }
    return out + " compositions=" + compositions(problem).size();
  }
}
