// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

/**
 * The small interface the selection algorithms need from a linear or integer programming solver:
 * bounded variables, ranged rows, one linear objective, and after solving the values, the row
 * duals (linear programs) and the proven bound (integer programs). Models are changed in place
 * between solves, so a solver that keeps its basis can warm-start.
 */
public interface LinearSolver extends AutoCloseable {
  /** What a solve ended with. */
  enum Status {
    /** Proven optimal (integer programs: within the configured gap, which is zero). */
    OPTIMAL,
    /** No solution satisfies the rows. */
    INFEASIBLE,
    /** Anything else: unbounded, a time limit, a numerical failure. */
    FAILED
  }

  /** Adds a variable and returns its index. */
  int variable(double lower, double upper, boolean integer);

  /** Changes a variable's bounds. */
  void variableBounds(int variable, double lower, double upper);

  /**
   * Lets an integer program stop within this relative gap of its bound (default 0: proven
   * optimal); linear programs ignore it.
   */
  void relativeGap(double gap);

  /** Adds a row {@code lower <= sum <= upper} and returns its index. */
  int row(double lower, double upper);

  /** Changes a row's bounds. */
  void bounds(int row, double lower, double upper);

  /** Sets a variable's coefficient in a row. */
  void coefficient(int row, int variable, double value);

  /** Sets a variable's coefficient in the objective. */
  void objective(int variable, double value);

  /** Whether the objective is maximised (default: minimised). */
  void maximise(boolean maximise);

  /** Solves the model as it now stands. */
  Status solve();

  /** A variable's value in the last solution. */
  double value(int variable);

  /** A row's dual value in the last solution (linear programs only). */
  double dual(int row);

  /** The objective's value in the last solution. */
  double objectiveValue();

  /**
   * The best proven bound on the objective: the objective value for a linear program, the
   * branch-and-bound's dual bound for an integer program.
   */
  double bound();

  /** Frees the native model. */
  @Override
  void close();

  /** Makes solvers. */
  interface Factory {
    /** A solver for linear programs (continuous variables only). */
    LinearSolver linear();

    /** A solver for integer programs, for proven optima and bounds. */
    LinearSolver integer();

    /**
     * A solver for integer programs where a good feasible solution found quickly is what counts
     * (usually with a {@link LinearSolver#relativeGap}); its bounds prove nothing the caller uses.
     */
    LinearSolver feasibleInteger();

    /** The solvers' names and versions, for results and logs. */
    String name();
  }
}
