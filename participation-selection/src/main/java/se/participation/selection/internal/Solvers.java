// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.util.Optional;

/** Finds the solver: OR-Tools when it is on the class or module path. */
public final class Solvers {
  private Solvers() {}

  /** OR-Tools' factory, or empty when OR-Tools is not there. */
  public static Optional<LinearSolver.Factory> find() {
    try {
      Class.forName("com.google.ortools.linearsolver.MPSolver", false, Solvers.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    return Optional.of(new OrTools.Maker());
  }
}
