// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.participation.selection.Composition;
import se.participation.selection.Level;
import se.participation.selection.Lottery;
import se.participation.selection.Method;

/**
 * LEXIMIN, first on the quotas' linear relaxation and decomposed into panels ({@link
 * Marginals}: when the decomposition succeeds, no lottery can do better and this one does), and
 * otherwise by column generation over panel shapes (Flanigan et al. 2021, Methods), as follows.
 * Both work on profiles rather than people: volunteers with the same features get the same
 * chance in the (unique) leximin-optimal lottery, so a panel is a vector of seats per profile and
 * a profile's chance is its expected seats divided by its size.
 *
 * <p>Each level solves the restricted master ({@code Master}: maximise the smallest chance among
 * profiles not yet fixed, keeping the fixed ones at their values, over the shapes found so far),
 * whose profile rows' duals are the weights {@code y} of the level's certificate, a solution of
 *
 * <pre>
 *   minimise   μ − Σ_{p fixed} f_p · y_p
 *   subject to Σ_p (c_p / size_p) · y_p ≤ μ   for every shape c found
 *              Σ_{p not fixed} y_p = 1,  y ≥ 0
 * </pre>
 *
 * and prices a new shape with the integer program {@code max Σ_p (y_p / size_p) · c_p} over every
 * quota-meeting shape; a cheap local search (one seat moved between two profiles) is tried first,
 * the integer program only when it finds nothing, so the last pricing of a level is always the
 * exact one that proves {@code μ}. Profiles with positive dual weight are fixed at the level's
 * value (complementary slackness: they have that chance in every optimal lottery) unless the
 * primal lottery gives them clearly more. The model is changed in place between levels, never
 * rebuilt. The lottery is the master's shape weights, cleaned by one final linear program.
 */
public final class Leximin {
  /** A new shape must beat the current bound by this much to be added. */
  private static final double IMPROVEMENT = 1e-9;
  /** A dual weight above this fixes its profile. */
  private static final double FIXING = 1e-7;
  private static final int MAX_ROUNDS = 200_000;
  /** How many of the heaviest shapes found the local search starts from. */
  private static final int STARTS = 8;
  /** The relaxation's decomposition is a lottery when no profile falls short of it by more. */
  private static final double SHORTFALL = 1e-7;
  private static final System.Logger LOG = System.getLogger(Leximin.class.getName());

  private final Instance instance;
  private final LinearSolver.Factory factory;
  /** The shapes found, as seat vectors. */
  private final List<int[]> shapes = new ArrayList<>();
  private final Set<Shape> known = new HashSet<>();
  private int linearSolves;
  private long lpNanos;
  private long localNanos;
  private long ilpNanos;
  private int localHits;
  /** The largest shortfall of the last {@link #clean}. */
  private double shortfall;

  /** When the computation must stop, as {@link System#nanoTime()}. */
  private final long deadline;

  /** Thrown when the time limit passes or the thread is interrupted; nothing is returned. */
  public static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** True when interrupted, false when out of time. */
    public final boolean interrupted;

    Stopped(boolean interrupted) {
      super(interrupted ? "interrupted" : "out of time", null, false, false);
      this.interrupted = interrupted;
    }
  }

  private Leximin(Instance instance, LinearSolver.Factory factory, long deadline) {
    this.instance = instance;
    this.factory = factory;
    this.deadline = deadline;
  }

  /** A shape as a hash key. */
  private record Shape(int[] seats) {
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
      return other instanceof Shape that && Arrays.equals(seats, that.seats);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(seats);
    }
  }

  /**
   * The leximin lottery of a problem whose quotas can be met.
   *
   * @throws IllegalStateException when the quotas cannot be met (check first) or the solver fails
   * @throws Stopped when the time limit passes or the thread is interrupted
   */
  public static Lottery solve(se.participation.selection.SelectionProblem problem, LinearSolver.Factory factory,
      Duration timeLimit) {
    return solve(problem, factory, timeLimit, Route.RELAXATION_FIRST);
  }

  /** How {@link #solve} looks for the lottery. */
  public enum Route {
    /**
     * The relaxation's leximin, decomposed into panels ({@code Marginals}); the column generation
     * only when the decomposition fails. The default.
     */
    RELAXATION_FIRST,
    /** The column generation alone (for tests and comparisons). */
    COLUMN_GENERATION
  }

  /**
   * The leximin lottery of a problem whose quotas can be met, by the given route.
   *
   * @throws IllegalStateException when the quotas cannot be met (check first) or the solver fails
   * @throws Stopped when the time limit passes or the thread is interrupted
   */
  public static Lottery solve(se.participation.selection.SelectionProblem problem, LinearSolver.Factory factory,
      Duration timeLimit, Route route) {
    long start = System.nanoTime();
    Instance instance = new Instance(problem);
    long limit = Math.min(timeLimit.toNanos(), Long.MAX_VALUE / 4);
    Leximin leximin = new Leximin(instance, factory, start + limit);
    Marginals marginals = new Marginals(instance, factory, leximin::checkTime);
    Marginals.Outcome outcome = route == Route.RELAXATION_FIRST
        ? marginals.solve()
        : new Marginals.Outcome(List.of(), new double[0], List.of(), false);
    leximin.linearSolves += marginals.linearSolves;
    for (int[] shape : outcome.shapes()) {
      leximin.add(shape);
    }
    if (outcome.decomposed()) {
      boolean[] everyone = new boolean[instance.profiles];
      Arrays.fill(everyone, true);
      List<Composition> compositions = leximin.clean(outcome.fixedAt(), everyone);
      if (leximin.shortfall <= SHORTFALL) {
        LOG.log(System.Logger.Level.DEBUG, () -> String.format(java.util.Locale.ROOT,
            "the relaxation's leximin is a lottery: %d levels, %d panels, %d integer programs",
            outcome.levels().size(), leximin.shapes.size(), marginals.integerSolves));
        return new Lottery(problem, Method.LEXIMIN, compositions, outcome.levels(),
            new Lottery.Work(factory.name(), leximin.shapes.size(), marginals.integerSolves, leximin.linearSolves,
                Duration.ofNanos(System.nanoTime() - start)));
      }
    }
    LOG.log(System.Logger.Level.DEBUG, () -> String.format(java.util.Locale.ROOT,
        "the relaxation's leximin is not shown to be a lottery (%d panels, shortfall %.3g): column generation",
        leximin.shapes.size(), leximin.shortfall));
    try (Pricing pricing = new Pricing(instance, factory, Pricing.Kind.BEST)) {
      int coverSolves;
      boolean[] reachable;
      try (Pricing cover = new Pricing(instance, factory, Pricing.Kind.COVER)) {
        reachable = leximin.initialShapes(cover);
        coverSolves = cover.solves;
      }
      Result result = leximin.levels(pricing, reachable);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      return new Lottery(problem, Method.LEXIMIN, result.compositions, result.levels,
          new Lottery.Work(factory.name(), leximin.shapes.size(),
              pricing.solves + coverSolves + marginals.integerSolves,
              leximin.linearSolves, elapsed));
    }
  }

  private record Result(List<Composition> compositions, List<Level> levels) {}

  private boolean add(int[] seats) {
    if (known.add(new Shape(seats))) {
      shapes.add(seats);
      return true;
    }
    return false;
  }

  /** Shapes that together seat every profile that any shape can seat; returns which can. */
  private boolean[] initialShapes(Pricing cover) {
    boolean[] wanted = new boolean[instance.profiles];
    Arrays.fill(wanted, true);
    int left = instance.profiles;
    while (left > 0) {
      Pricing.Result found = cover.cover(wanted);
      if (found.status() != LinearSolver.Status.OPTIMAL) {
        throw new IllegalStateException("the quotas cannot be met (" + found.status() + ")");
      }
      add(found.seats());
      int newly = 0;
      for (int p = 0; p < instance.profiles; p++) {
        if (wanted[p] && found.seats()[p] > 0) {
          wanted[p] = false;
          newly++;
        }
      }
      if (newly == 0) {
        break; // the integer program proves no shape seats any profile still wanted
      }
      left -= newly;
    }
    boolean[] reachable = new boolean[instance.profiles];
    for (int p = 0; p < instance.profiles; p++) {
      reachable[p] = !wanted[p];
    }
    return reachable;
  }

  private Result levels(Pricing pricing, boolean[] reachable) {
    int n = instance.profiles;
    double[] fixedAt = new double[n];
    boolean[] fixed = new boolean[n];
    List<Level> levels = new ArrayList<>();
    List<Integer> unreachable = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      if (!reachable[p]) {
        fixed[p] = true;
        unreachable.add(p);
      }
    }
    if (!unreachable.isEmpty()) {
      Map<Integer, Double> weights = new HashMap<>();
      for (int p : unreachable) {
        weights.put(p, 1.0 / unreachable.size());
      }
      levels.add(new Level(0, unreachable, weights, 0, 0));
    }
    int remaining = n - unreachable.size();
    try (Master master = new Master(factory.linear(), instance, fixed)) {
      double[] weight = new double[n];
      double[] dual = new double[n];
      double[] lambda = new double[0];
      while (remaining > 0) {
        double muValue;
        double objective;
        double panelBound;
        int rounds = 0;
        while (true) {
          master.sync(shapes);
          checkTime();
          if (++rounds > MAX_ROUNDS) {
            throw new IllegalStateException("the column generation did not converge in " + MAX_ROUNDS + " rounds");
          }
          linearSolves++;
          long t0 = System.nanoTime();
          LinearSolver.Status status = master.solve();
          lpNanos += System.nanoTime() - t0;
          if (status != LinearSolver.Status.OPTIMAL) {
            throw new IllegalStateException("the linear program of a level ended " + status);
          }
          objective = master.value();
          master.weights(dual);
          for (int p = 0; p < n; p++) {
            weight[p] = dual[p] / instance.size[p];
          }
          // μ: the heaviest shape found so far (equal to the LP's dual at optimum, and exact)
          muValue = Double.NEGATIVE_INFINITY;
          for (int[] shape : shapes) {
            muValue = Math.max(muValue, value(shape, weight));
          }
          t0 = System.nanoTime();
          boolean local = improveLocally(weight, muValue);
          localNanos += System.nanoTime() - t0;
          if (local) {
            localHits++;
            continue;
          }
          t0 = System.nanoTime();
          Pricing.Result best = pricing.best(weight);
          ilpNanos += System.nanoTime() - t0;
          if (best.status() != LinearSolver.Status.OPTIMAL) {
            throw new IllegalStateException("the pricing integer program ended " + best.status());
          }
          if (best.value() > muValue + IMPROVEMENT && add(best.seats())) {
            continue;
          }
          panelBound = Math.max(muValue, Math.max(best.bound(), best.value()));
          break;
        }
        lambda = master.lambda();
        double[] chance = chances(lambda);
        double value = objective;
        Level level = level(value, panelBound, dual, chance, fixed, fixedAt);
        List<Integer> fixing = level.fixed();
        for (int p : fixing) {
          fixed[p] = true;
          fixedAt[p] = value;
          master.fix(p, value);
          remaining--;
        }
        levels.add(level);
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
          LOG.log(System.Logger.Level.DEBUG, String.format(java.util.Locale.ROOT,
              "level %d value %.6f fixed %d remaining %d rounds %d shapes %d lp %.1fs local %.1fs (%d hits) ilp %.1fs",
              levels.size(), value, fixing.size(), remaining, rounds, shapes.size(), lpNanos / 1e9, localNanos / 1e9,
              localHits, ilpNanos / 1e9));
        }
      }
      return new Result(clean(fixedAt, reachable), levels);
    }
  }

  /**
   * The level a solved linear program proves: its certificate (the profiles' dual weights and the
   * bound they prove) and the profiles it fixes. Complementary slackness: a positive weight means
   * the profile has the level's chance in every optimum; a primal chance clearly above the level
   * means the weight is noise. When no profile qualifies, the one of largest weight is fixed, so
   * every level fixes at least one.
   */
  static Level level(double value, double panelBound, double[] dual, double[] chance, boolean[] fixed,
      double[] fixedAt) {
    double fixedPart = 0;
    Map<Integer, Double> weights = new LinkedHashMap<>();
    for (int p = 0; p < dual.length; p++) {
      if (dual[p] > 0) {
        weights.put(p, dual[p]);
      }
      if (fixed[p]) {
        fixedPart += fixedAt[p] * dual[p];
      }
    }
    List<Integer> fixing = new ArrayList<>();
    int strongest = -1;
    for (int p = 0; p < dual.length; p++) {
      if (fixed[p]) {
        continue;
      }
      if (strongest < 0 || dual[p] > dual[strongest]) {
        strongest = p;
      }
      if (dual[p] > FIXING && chance[p] <= value + 1e-5) {
        fixing.add(p);
      }
    }
    if (fixing.isEmpty()) {
      fixing.add(strongest);
    }
    return new Level(value, fixing, weights, panelBound, panelBound - fixedPart);
  }

  private void checkTime() {
    if (Thread.currentThread().isInterrupted()) {
      throw new Stopped(true);
    }
    if (System.nanoTime() - deadline > 0) {
      throw new Stopped(false);
    }
  }

  /** Expected chance per profile under weights on the shapes found. */
  private double[] chances(double[] lambda) {
    double[] chance = new double[instance.profiles];
    double total = 0;
    for (int r = 0; r < lambda.length; r++) {
      total += lambda[r];
    }
    if (total <= 0) {
      return chance;
    }
    for (int r = 0; r < lambda.length; r++) {
      if (lambda[r] > 0) {
        int[] seats = shapes.get(r);
        for (int p = 0; p < seats.length; p++) {
          chance[p] += lambda[r] / total * seats[p] / instance.size[p];
        }
      }
    }
    return chance;
  }

  /**
   * Looks for a shape heavier than {@code bound} by moving one seat at a time from a lighter to a
   * heavier profile, starting from the heaviest shape found so far; adds it when found.
   */
  private boolean improveLocally(double[] weight, double bound) {
    int starts = Math.min(STARTS, shapes.size());
    // the heaviest shapes found so far, as starts
    int[] top = new int[starts];
    double[] topValue = new double[starts];
    java.util.Arrays.fill(topValue, Double.NEGATIVE_INFINITY);
    for (int s = 0; s < shapes.size(); s++) {
      double value = value(shapes.get(s), weight);
      if (value > topValue[starts - 1]) {
        int i = starts - 1;
        while (i > 0 && topValue[i - 1] < value) {
          topValue[i] = topValue[i - 1];
          top[i] = top[i - 1];
          i--;
        }
        topValue[i] = value;
        top[i] = s;
      }
    }
    Integer[] heaviest = new Integer[instance.profiles];
    for (int p = 0; p < heaviest.length; p++) {
      heaviest[p] = p;
    }
    Arrays.sort(heaviest, Comparator.comparingDouble((Integer p) -> -weight[p]));
    boolean added = false;
    for (int i = 0; i < starts; i++) {
      int[] seats = shapes.get(top[i]).clone();
      double value = climb(seats, topValue[i], weight, heaviest);
      if (value > bound + IMPROVEMENT && add(seats)) {
        added = true;
      }
    }
    return added;
  }

  /** Moves one seat at a time to a heavier profile while that gains; returns the final weight. */
  private double climb(int[] seats, double start, double[] weight, Integer[] heaviest) {
    int[] filled = new int[instance.quotas];
    for (int p = 0; p < instance.profiles; p++) {
      for (int c = 0; c < instance.categories; c++) {
        filled[instance.quotaOf[p][c]] += seats[p];
      }
    }
    double value = start;
    for (int step = 0; step < 4 * instance.panelSize; step++) {
      int from = -1;
      int to = -1;
      double gain = 1e-12;
      for (int a = 0; a < instance.profiles; a++) {
        if (seats[a] == 0) {
          continue;
        }
        for (int b : heaviest) {
          double g = weight[b] - weight[a];
          if (g <= gain) {
            break;
          }
          if (seats[b] < instance.size[b] && movable(a, b, filled)) {
            from = a;
            to = b;
            gain = g;
            break;
          }
        }
      }
      if (from < 0) {
        break;
      }
      seats[from]--;
      seats[to]++;
      for (int c = 0; c < instance.categories; c++) {
        filled[instance.quotaOf[from][c]]--;
        filled[instance.quotaOf[to][c]]++;
      }
      value += gain;
    }
    return value;
  }

  private boolean movable(int from, int to, int[] filled) {
    for (int c = 0; c < instance.categories; c++) {
      int qa = instance.quotaOf[from][c];
      int qb = instance.quotaOf[to][c];
      if (qa != qb && (filled[qa] - 1 < instance.min[qa] || filled[qb] + 1 > instance.max[qb])) {
        return false;
      }
    }
    return true;
  }

  private static double value(int[] seats, double[] weight) {
    double sum = 0;
    for (int p = 0; p < seats.length; p++) {
      if (seats[p] != 0) {
        sum += weight[p] * seats[p];
      }
    }
    return sum;
  }

  /**
   * The final lottery: weights on the shapes found that give every profile at least its fixed
   * chance, as closely as the solver allows (least total shortfall), sparse as a basic solution.
   */
  private List<Composition> clean(double[] fixedAt, boolean[] reachable) {
    try (LinearSolver lp = factory.linear()) {
      int[] lambda = new int[shapes.size()];
      int sum = lp.row(1, 1);
      for (int s = 0; s < shapes.size(); s++) {
        lambda[s] = lp.variable(0, 1, false);
        lp.coefficient(sum, lambda[s], 1);
      }
      for (int p = 0; p < instance.profiles; p++) {
        if (!reachable[p]) {
          continue;
        }
        int shortfall = lp.variable(0, Double.POSITIVE_INFINITY, false);
        lp.objective(shortfall, 1);
        int row = lp.row(fixedAt[p], Double.POSITIVE_INFINITY);
        lp.coefficient(row, shortfall, 1);
        for (int s = 0; s < shapes.size(); s++) {
          int seats = shapes.get(s)[p];
          if (seats > 0) {
            lp.coefficient(row, lambda[s], (double) seats / instance.size[p]);
          }
        }
      }
      lp.maximise(false);
      linearSolves++;
      if (lp.solve() != LinearSolver.Status.OPTIMAL) {
        throw new IllegalStateException("the final linear program failed");
      }
      double total = 0;
      double[] weights = new double[shapes.size()];
      for (int s = 0; s < shapes.size(); s++) {
        weights[s] = lp.value(lambda[s]) > 1e-12 ? lp.value(lambda[s]) : 0;
        total += weights[s];
      }
      List<Composition> compositions = new ArrayList<>();
      double[] chance = new double[instance.profiles];
      for (int s = 0; s < shapes.size(); s++) {
        if (weights[s] > 0) {
          compositions.add(new Composition(Math.min(1, weights[s] / total), shapes.get(s)));
          int[] seats = shapes.get(s);
          for (int p = 0; p < seats.length; p++) {
            chance[p] += weights[s] / total * seats[p] / instance.size[p];
          }
        }
      }
      shortfall = 0;
      for (int p = 0; p < instance.profiles; p++) {
        if (reachable[p]) {
          shortfall = Math.max(shortfall, fixedAt[p] - chance[p]);
        }
      }
      compositions.sort(Comparator.comparingDouble(Composition::probability).reversed()
          .thenComparing(Composition::seats, Arrays::compare));
      return compositions;
    }
  }
}
