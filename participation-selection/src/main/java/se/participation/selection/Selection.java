// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import se.participation.selection.internal.Legacy;
import se.participation.selection.internal.Leximin;
import se.participation.selection.internal.LinearSolver;
import se.participation.selection.internal.Relaxer;
import se.participation.selection.internal.SelectionTexts;
import se.participation.selection.internal.Solvers;

/**
 * Selection by lot: the entry points. {@link #leximin} gives the maximally fair lottery, {@link
 * #legacy} the greedy method's for comparison, {@link #explain} why quotas cannot be met; a
 * lottery's {@link Lottery#draw(String) draw} picks the panel from a published seed.
 *
 * <pre>{@code
 * SelectionProblem problem = SelectionProblem.of(quotas, volunteers, 40);
 * SelectionResult result = Selection.leximin(problem);
 * if (result instanceof Lottery lottery) {
 *   publish(lottery.probabilities(), lottery.draw("Lotto 2026-11-28: 3 9 14 22 27 30 35"));
 * } else if (result instanceof Infeasible why) {
 *   show(why.reasons(), why.relaxations());
 * }
 * }</pre>
 *
 * <p>LEXIMIN and {@link #explain} need OR-Tools ({@code com.google.ortools:ortools-java}) on the
 * class path or module path (module name {@code ortools.java}); LEGACY and the draw do not.
 */
public final class Selection {
  /** The time limit of {@link #leximin(SelectionProblem)}. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(30);

  /** How often LEGACY may start one draw again before it is said to fail. */
  public static final int LEGACY_ATTEMPTS = 1_000;

  private Selection() {}

  /**
   * The LEXIMIN lottery: the smallest chance as high as possible, then the next, and so on; each
   * level with its certificate. When the quotas cannot be met, why and the smallest relaxation.
   *
   * <p>The leximin point of the quotas' linear relaxation is computed first and taken apart into
   * panels; when that succeeds (on every realistic pool measured) it is the answer, in seconds
   * even where almost every volunteer is a profile of her own. Otherwise the column generation of
   * Flanigan et al. (2021) finds it, which can take minutes on pools of hundreds of profiles
   * ({@code docs/selection.md}).
   *
   * <p>Stops after {@link #DEFAULT_TIME_LIMIT}; see {@link #leximin(SelectionProblem, Duration)}.
   *
   * @throws NullPointerException when {@code problem} is null
   * @throws SelectionException when OR-Tools is missing, the solver fails, or the time limit passes
   */
  public static SelectionResult leximin(SelectionProblem problem) {
    return leximin(problem, DEFAULT_TIME_LIMIT);
  }

  /**
   * The LEXIMIN lottery within a time limit. Pools whose volunteers are nearly all different
   * (over a thousand profiles) can take many minutes; a web request should run this in the
   * background with a limit. The limit is checked between rounds of the column generation, so it
   * may be overrun by one round (seconds on large pools); interrupting the thread stops it the
   * same way. A stopped computation returns nothing.
   *
   * @param problem the problem
   * @param timeLimit how long it may take, positive
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code timeLimit} is zero or negative
   * @throws SelectionException of kind {@code TIME_LIMIT} when the limit passes, {@code
   *     INTERRUPTED} when the thread is interrupted (its interrupt flag stays set), {@code
   *     SOLVER_MISSING} or {@code SOLVER_FAILED}
   */
  public static SelectionResult leximin(SelectionProblem problem, Duration timeLimit) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit (" + timeLimit + ") must be positive");
    }
    LinearSolver.Factory factory = solver();
    Optional<Infeasible> infeasible = explain(problem, factory);
    if (infeasible.isPresent()) {
      return infeasible.get();
    }
    try {
      return Leximin.solve(problem, factory, timeLimit);
    } catch (Leximin.Stopped e) {
      throw e.interrupted
          ? new SelectionException(SelectionException.Kind.INTERRUPTED, SelectionTexts.text("selection.interrupted"))
          : new SelectionException(SelectionException.Kind.TIME_LIMIT, SelectionTexts.text("selection.timeLimit",
              timeLimit.toSeconds(), problem.profiles().size()));
    } catch (IllegalStateException e) {
      throw new SelectionException(SelectionException.Kind.SOLVER_FAILED,
          SelectionTexts.text("selection.solverFailed", String.valueOf(e.getMessage())));
    }
  }

  /**
   * LEGACY's lottery, estimated from {@code runs} seeded draws (10,000 give each chance to within
   * about one percentage point). When the quotas cannot be met and OR-Tools is there, why.
   *
   * @param problem the problem
   * @param runs how many panels to draw, at least 1
   * @param seed the seed of the draws, so that the estimate can be repeated
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code runs} is below 1
   * @throws SelectionException when LEGACY fails {@link #LEGACY_ATTEMPTS} times in a row on one
   *     draw although the quotas may be met (or OR-Tools is not there to tell)
   */
  public static SelectionResult legacy(SelectionProblem problem, int runs, String seed) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(seed, "seed");
    if (runs < 1) {
      throw new IllegalArgumentException("runs (" + runs + ") must be at least 1");
    }
    try {
      return Legacy.estimate(problem, runs, seed, LEGACY_ATTEMPTS);
    } catch (IllegalStateException e) {
      Optional<LinearSolver.Factory> factory = Solvers.find();
      if (factory.isPresent()) {
        Optional<Infeasible> infeasible = explain(problem, factory.get());
        if (infeasible.isPresent()) {
          return infeasible.get();
        }
      }
      throw new SelectionException(SelectionException.Kind.LEGACY_FAILED,
          SelectionTexts.text("selection.legacyFailed", LEGACY_ATTEMPTS));
    }
  }

  /**
   * Empty when some panel meets every quota; otherwise which quotas conflict and the smallest
   * relaxation (fewest seats moved) that makes them feasible.
   *
   * @throws NullPointerException when {@code problem} is null
   * @throws SelectionException when OR-Tools is missing or the solver fails
   */
  public static Optional<Infeasible> explain(SelectionProblem problem) {
    return explain(Objects.requireNonNull(problem, "problem"), solver());
  }

  private static Optional<Infeasible> explain(SelectionProblem problem, LinearSolver.Factory factory) {
    try {
      return Relaxer.explain(problem, factory);
    } catch (IllegalStateException e) {
      throw new SelectionException(SelectionException.Kind.SOLVER_FAILED,
          SelectionTexts.text("selection.solverFailed", String.valueOf(e.getMessage())));
    }
  }

  private static LinearSolver.Factory solver() {
    return Solvers.find().orElseThrow(() -> new SelectionException(SelectionException.Kind.SOLVER_MISSING,
        SelectionTexts.text("selection.solverMissing")));
  }
}
