// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LinearSolver} on OR-Tools' {@code MPSolver}: GLOP for linear programs, SCIP for integer
 * programs with a zero relative gap (a pricing problem solved to a gap would make the column
 * generation stop early and its certificate wrong), CBC for integer programs that only need a
 * good panel quickly (the decomposition's faces: two to three times faster than SCIP there).
 * Loaded only when OR-Tools is on the path.
 */
final class OrTools implements LinearSolver {
  private static final Object LOCK = new Object();
  private static boolean loaded;

  private final MPSolver solver;
  private final MPSolverParameters parameters;
  private final List<MPVariable> variables = new ArrayList<>();
  private final List<MPConstraint> rows = new ArrayList<>();
  private final boolean integer;

  private OrTools(String kind, boolean integer) {
    load();
    this.parameters = new MPSolverParameters();
    MPSolver made = MPSolver.createSolver(kind);
    if (made == null) {
      throw new IllegalStateException("OR-Tools has no " + kind + " solver in this build");
    }
    made.suppressOutput();
    this.solver = made;
    this.integer = integer;
    if (!integer) {
      // presolve does not pay in a column generation, whose next solve starts from the last basis
      made.setSolverSpecificParametersAsString("use_preprocessing:false");
    }
    if (integer) {
      parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
      solver.setNumThreads(1);
    }
    parameters.setIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY,
        MPSolverParameters.IncrementalityValues.INCREMENTALITY_ON.swigValue());
  }

  private static void load() {
    synchronized (LOCK) {
      if (!loaded) {
        Loader.loadNativeLibraries();
        loaded = true;
      }
    }
  }

  @Override
  public int variable(double lower, double upper, boolean isInteger) {
    MPVariable variable = isInteger
        ? solver.makeIntVar(lower, upper, "")
        : solver.makeNumVar(lower, upper, "");
    variables.add(variable);
    return variables.size() - 1;
  }

  @Override
  public void variableBounds(int variable, double lower, double upper) {
    variables.get(variable).setBounds(lower, upper);
  }

  @Override
  public void relativeGap(double gap) {
    if (integer) {
      parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, gap);
    }
  }

  @Override
  public int row(double lower, double upper) {
    rows.add(solver.makeConstraint(lower, upper, ""));
    return rows.size() - 1;
  }

  @Override
  public void bounds(int row, double lower, double upper) {
    rows.get(row).setBounds(lower, upper);
  }

  @Override
  public void coefficient(int row, int variable, double value) {
    rows.get(row).setCoefficient(variables.get(variable), value);
  }

  @Override
  public void objective(int variable, double value) {
    solver.objective().setCoefficient(variables.get(variable), value);
  }

  @Override
  public void maximise(boolean maximise) {
    if (maximise) {
      solver.objective().setMaximization();
    } else {
      solver.objective().setMinimization();
    }
  }

  @Override
  public Status solve() {
    MPSolver.ResultStatus status = solver.solve(parameters);
    if (status == MPSolver.ResultStatus.ABNORMAL || status == MPSolver.ResultStatus.NOT_SOLVED) {
      // GLOP can lose its way in a warm start after bounds change: solve once more from scratch
      solver.reset();
      status = solver.solve(parameters);
    }
    if (status == MPSolver.ResultStatus.OPTIMAL) {
      return Status.OPTIMAL;
    }
    return status == MPSolver.ResultStatus.INFEASIBLE ? Status.INFEASIBLE : Status.FAILED;
  }

  @Override
  public double value(int variable) {
    return variables.get(variable).solutionValue();
  }

  @Override
  public double dual(int row) {
    return rows.get(row).dualValue();
  }

  @Override
  public double objectiveValue() {
    return solver.objective().value();
  }

  @Override
  public double bound() {
    return integer ? solver.objective().bestBound() : solver.objective().value();
  }

  @Override
  public void close() {
    solver.delete();
    parameters.delete();
  }

  /** The factory, used when OR-Tools is present. */
  static final class Maker implements Factory {
    @Override
    public LinearSolver linear() {
      return new OrTools("GLOP", false);
    }

    @Override
    public LinearSolver integer() {
      return new OrTools("SCIP", true);
    }

    @Override
    public LinearSolver feasibleInteger() {
      return new OrTools("CBC", true);
    }

    @Override
    public String name() {
      load();
      return "OR-Tools " + OrToolsVersion.getVersionString() + " (GLOP, SCIP, CBC)";
    }
  }
}
