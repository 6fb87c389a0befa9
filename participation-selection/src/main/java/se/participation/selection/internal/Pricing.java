// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

/**
 * The integer program over panel shapes: seats per profile {@code 0 ≤ c_p ≤ size_p}, the panel
 * filled, every quota met. Built once; each solve changes only the objective. Of {@link
 * Kind#COVER} it also has a binary "profile is on the panel" per profile, for finding initial
 * panels that include profiles no panel has yet; of {@link Kind#RELAXED} its seats are
 * fractional (the linear relaxation, whose optimum bounds every panel's).
 */
final class Pricing implements AutoCloseable {
  /** Which program. */
  enum Kind {
    /** The heaviest panel. */
    BEST,
    /** A panel with as many wanted profiles as possible. */
    COVER,
    /** The heaviest point of the relaxation. */
    RELAXED
  }

  private final Instance instance;
  private final LinearSolver solver;
  private final int[] seat;
  private final int[] present;
  int solves;

  /** The value and proven bound of the last solve, and its panel. */
  record Result(LinearSolver.Status status, int[] seats, double value, double bound) {}

  Pricing(Instance instance, LinearSolver.Factory factory, Kind kind) {
    this.instance = instance;
    boolean relaxed = kind == Kind.RELAXED;
    this.solver = relaxed ? factory.linear() : factory.integer();
    this.seat = new int[instance.profiles];
    for (int p = 0; p < instance.profiles; p++) {
      seat[p] = solver.variable(0, instance.size[p], !relaxed);
    }
    int total = solver.row(instance.panelSize, instance.panelSize);
    int[] quotaRow = new int[instance.quotas];
    for (int q = 0; q < instance.quotas; q++) {
      quotaRow[q] = solver.row(instance.min[q], instance.max[q]);
    }
    for (int p = 0; p < instance.profiles; p++) {
      solver.coefficient(total, seat[p], 1);
      for (int c = 0; c < instance.categories; c++) {
        solver.coefficient(quotaRow[instance.quotaOf[p][c]], seat[p], 1);
      }
    }
    if (kind == Kind.COVER) {
      this.present = new int[instance.profiles];
      for (int p = 0; p < instance.profiles; p++) {
        present[p] = solver.variable(0, 1, true);
        int link = solver.row(Double.NEGATIVE_INFINITY, 0);
        solver.coefficient(link, present[p], 1);
        solver.coefficient(link, seat[p], -1);
      }
    } else {
      this.present = new int[0];
    }
    solver.maximise(true);
  }

  /** The panel of greatest weight: maximises {@code Σ weight_p · c_p}. */
  Result best(double[] weight) {
    for (int p = 0; p < instance.profiles; p++) {
      solver.objective(seat[p], weight[p]);
    }
    return solve(seat);
  }

  /** A panel with as many of the {@code wanted} profiles as possible. */
  Result cover(boolean[] wanted) {
    for (int p = 0; p < instance.profiles; p++) {
      solver.objective(present[p], wanted[p] ? 1 : 0);
    }
    return solve(seat);
  }

  private Result solve(int[] variables) {
    solves++;
    LinearSolver.Status status = solver.solve();
    if (status != LinearSolver.Status.OPTIMAL) {
      return new Result(status, new int[0], Double.NaN, Double.NaN);
    }
    int[] seats = new int[instance.profiles];
    for (int p = 0; p < instance.profiles; p++) {
      seats[p] = (int) Math.round(solver.value(variables[p]));
    }
    return new Result(status, seats, solver.objectiveValue(), solver.bound());
  }

  @Override
  public void close() {
    solver.close();
  }
}
