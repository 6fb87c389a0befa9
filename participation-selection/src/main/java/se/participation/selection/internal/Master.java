// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.util.List;

/**
 * The restricted master problem of a LEXIMIN level over the shapes found so far, in primal form:
 *
 * <pre>
 *   maximise   z
 *   subject to Σ_s (c_sp / size_p) · λ_s ≥ z     for every profile p not fixed
 *              Σ_s (c_sp / size_p) · λ_s ≥ f_p   for every profile p fixed at f_p
 *              Σ_s λ_s = 1,  λ ≥ 0
 * </pre>
 *
 * A new shape is a new column, so the last basis stays feasible; fixing a profile changes one
 * row's bound and one coefficient. The profile rows' duals are the weights {@code y} (at least 0,
 * summing to 1 over the profiles not fixed).
 */
final class Master implements AutoCloseable {
  private final LinearSolver lp;
  private final Instance instance;
  private final int[] profileRow;
  private final int sumRow;
  private final int z;
  private final java.util.ArrayList<Integer> columns = new java.util.ArrayList<>();

  Master(LinearSolver lp, Instance instance, boolean[] fixedAtZero) {
    this.lp = lp;
    this.instance = instance;
    // every chance is at most 1, so z's bound of 2 never binds: a binding bound on z would take
    // the dual weight that belongs to the profile rows (and GLOP fails on a free z here)
    this.z = lp.variable(0, 2, false);
    lp.objective(z, 1);
    lp.maximise(true);
    this.sumRow = lp.row(1, 1);
    this.profileRow = new int[instance.profiles];
    for (int p = 0; p < instance.profiles; p++) {
      profileRow[p] = lp.row(0, Double.POSITIVE_INFINITY);
      if (!fixedAtZero[p]) {
        lp.coefficient(profileRow[p], z, -1);
      }
    }
  }

  /** Adds the shapes not yet in the model as columns. */
  void sync(List<int[]> shapes) {
    for (int s = columns.size(); s < shapes.size(); s++) {
      int[] seats = shapes.get(s);
      int column = lp.variable(0, Double.POSITIVE_INFINITY, false);
      lp.coefficient(sumRow, column, 1);
      for (int p = 0; p < seats.length; p++) {
        if (seats[p] > 0) {
          lp.coefficient(profileRow[p], column, (double) seats[p] / instance.size[p]);
        }
      }
      columns.add(column);
    }
  }

  LinearSolver.Status solve() {
    return lp.solve();
  }

  /** The level's value z. */
  double value() {
    return lp.value(z);
  }

  /** The dual weights of the profiles. */
  void weights(double[] into) {
    for (int p = 0; p < instance.profiles; p++) {
      into[p] = Math.max(0, -lp.dual(profileRow[p]));
    }
  }

  /** The shapes' weights in the last solution. */
  double[] lambda() {
    double[] lambda = new double[columns.size()];
    for (int s = 0; s < lambda.length; s++) {
      lambda[s] = Math.max(0, lp.value(columns.get(s)));
    }
    return lambda;
  }

  /** Holds profile {@code p} at chance {@code value} from now on. */
  void fix(int p, double value) {
    lp.coefficient(profileRow[p], z, 0);
    lp.bounds(profileRow[p], value, Double.POSITIVE_INFINITY);
  }

  @Override
  public void close() {
    lp.close();
  }
}
