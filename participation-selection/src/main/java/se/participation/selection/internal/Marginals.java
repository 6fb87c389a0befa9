// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.participation.selection.Level;

/**
 * LEXIMIN on the quotas' linear relaxation first, then a proof that its chances are a lottery.
 *
 * <p>Every lottery's chances lie in the convex hull {@code P} of the quota-meeting panels, which
 * lies inside the polytope {@code R} of the quotas' linear relaxation (seats per profile between
 * 0 and its size, the panel filled, every quota met, seats fractional). So the leximin point
 * {@code x*} of {@code R}, which a sequence of small linear programs finds (one variable per
 * profile, one row per quota and per profile; no panels), is at least as good, in the leximin
 * order, as any lottery; when {@code x*} is also a lottery it is <em>the</em> leximin lottery.
 * Each level's duals are its certificate exactly as in the column generation: their weights
 * bound every point of {@code R}, so every panel too.
 *
 * <p>{@code x*} is shown to be a lottery by decomposing it (Carathéodory's construction): keep a
 * residual {@code r} of mass {@code m} (at first {@code x*} with mass 1); find a panel {@code c}
 * on the smallest face of {@code R} that holds {@code r / m} (an integer program: seats held at 0
 * or at the profile's size, quotas held at min or max, wherever the residual is), take the
 * largest step {@code θ} that leaves {@code (r − θc) / (m − θ)} in {@code R}, and repeat until
 * the mass is spent. The panel is chosen to make {@code θ} large: a step of at least {@code τ·m}
 * is a set of bounds on the seats and quotas, so a few integer programs search {@code τ}. When
 * {@code x*} is a lottery every face holding it holds a panel; but a step can leave {@code P}
 * while staying in {@code R}, and {@code x*} itself need not be in {@code P}: then a face has no
 * panel, the decomposition says so, and the caller falls back to the column generation, which
 * is exact on every instance.
 */
final class Marginals {
  /** The decomposition stops when this much mass is left; the final program places the rest. */
  private static final double MASS_LEFT = 1e-9;
  /** Residual chances within this (times the mass) of a bound lie on it. */
  private static final double FACE = 1e-9;
  /** A face panel need not be the heaviest: the objective only steers. */
  private static final double FACE_GAP = 0.02;
  /** Integer programs per step searching the step length. */
  private static final int PROBES = 8;

  private final Instance instance;
  private final LinearSolver.Factory factory;
  private final Runnable checkTime;
  int linearSolves;
  int integerSolves;

  /**
   * The outcome: the levels and the chances of the relaxation, and the panels of its
   * decomposition; {@code decomposed} is false when a face had no panel.
   */
  record Outcome(List<Level> levels, double[] fixedAt, List<int[]> shapes, boolean decomposed) {}

  Marginals(Instance instance, LinearSolver.Factory factory, Runnable checkTime) {
    this.instance = instance;
    this.factory = factory;
    this.checkTime = checkTime;
  }

  Outcome solve() {
    List<Level> levels = new ArrayList<>();
    double[] fixedAt = new double[instance.profiles];
    double[] chance = levels(levels, fixedAt);
    List<int[]> shapes = new ArrayList<>();
    boolean decomposed = decompose(chance, shapes);
    return new Outcome(levels, fixedAt, shapes, decomposed);
  }

  /**
   * The leximin sequence on the relaxation, into {@code levels} and each profile's level into
   * {@code fixedAt}; returns the last level's chances.
   */
  private double[] levels(List<Level> levels, double[] fixedAt) {
    int n = instance.profiles;
    double[] chance = new double[n];
    try (LinearSolver lp = factory.linear();
        Pricing bounds = new Pricing(instance, factory, Pricing.Kind.RELAXED)) {
      int z = lp.variable(0, 2, false);
      lp.objective(z, 1);
      lp.maximise(true);
      int total = lp.row(instance.panelSize, instance.panelSize);
      int[] quotaRow = new int[instance.quotas];
      for (int q = 0; q < instance.quotas; q++) {
        quotaRow[q] = lp.row(instance.min[q], instance.max[q]);
      }
      int[] x = new int[n];
      int[] profileRow = new int[n];
      for (int p = 0; p < n; p++) {
        x[p] = lp.variable(0, 1, false);
        lp.coefficient(total, x[p], instance.size[p]);
        for (int c = 0; c < instance.categories; c++) {
          lp.coefficient(quotaRow[instance.quotaOf[p][c]], x[p], instance.size[p]);
        }
        profileRow[p] = lp.row(0, Double.POSITIVE_INFINITY);
        lp.coefficient(profileRow[p], x[p], 1);
        lp.coefficient(profileRow[p], z, -1);
      }
      boolean[] fixed = new boolean[n];
      double[] dual = new double[n];
      double[] weight = new double[n];
      int remaining = n;
      while (remaining > 0) {
        checkTime.run();
        linearSolves++;
        if (lp.solve() != LinearSolver.Status.OPTIMAL) {
          throw new IllegalStateException("the relaxation's linear program of a level failed");
        }
        double value = lp.value(z);
        for (int p = 0; p < n; p++) {
          chance[p] = Math.min(1, Math.max(0, lp.value(x[p])));
          dual[p] = Math.max(0, -lp.dual(profileRow[p]));
          weight[p] = dual[p] / instance.size[p];
        }
        // the certificate's bound over every point of the relaxation, so over every panel
        linearSolves++;
        Pricing.Result heaviest = bounds.best(weight);
        if (heaviest.status() != LinearSolver.Status.OPTIMAL) {
          throw new IllegalStateException("the relaxation's bound ended " + heaviest.status());
        }
        double panelBound = heaviest.value();
        Level level = Leximin.level(value, panelBound, dual, chance, fixed, fixedAt);
        List<Integer> fixing = level.fixed();
        for (int p : fixing) {
          fixed[p] = true;
          fixedAt[p] = value;
          lp.coefficient(profileRow[p], z, 0);
          lp.bounds(profileRow[p], value, Double.POSITIVE_INFINITY);
          remaining--;
        }
        levels.add(level);
      }
    }
    return chance;
  }

  /**
   * Decomposes the chances into panels, adding them to {@code shapes}; false when a face had no
   * panel (the chances may still be a lottery: the column generation decides).
   */
  private boolean decompose(double[] chance, List<int[]> shapes) {
    int n = instance.profiles;
    double[] residual = new double[n];
    for (int p = 0; p < n; p++) {
      residual[p] = chance[p] * instance.size[p];
    }
    double mass = 1;
    int maxSteps = 50 * (n + instance.quotas);
    double lastShare = 0;
    try (Face face = new Face()) {
      for (int step = 0; mass > MASS_LEFT; step++) {
        checkTime.run();
        if (step >= maxSteps) {
          return false;
        }
        double[] filled = new double[instance.quotas];
        for (int p = 0; p < n; p++) {
          for (int c = 0; c < instance.categories; c++) {
            filled[instance.quotaOf[p][c]] += residual[p];
          }
        }
        int @Nullable [] best = null;
        double bestStep = 0;
        // search τ, the step as a share of the mass, from the last step's share: a step of at
        // least τ·m is a set of bounds, τ = 0 is the bare face
        double low = 0;
        double high = 1;
        boolean bounded = false;
        double tau = Math.min(1, lastShare);
        for (int probe = 0; probe < PROBES; probe++) {
          int @Nullable [] seats = face.panel(residual, filled, mass, tau);
          if (seats == null) {
            if (tau == 0) {
              return false;
            }
            high = tau;
            bounded = true;
          } else {
            double theta = step(seats, residual, filled, mass);
            if (best == null || theta > bestStep) {
              bestStep = theta;
              best = seats;
            }
            low = Math.max(low, bestStep / mass);
            if (low >= high) {
              high = Math.min(1, 2 * low);
            }
          }
          if (best == null) {
            tau = 0;
          } else if (low >= 1 || high / low < 1.05) {
            break;
          } else {
            tau = bounded ? Math.sqrt(low * high) : Math.min(1, 4 * low);
          }
        }
        if (best == null || bestStep <= 0) {
          return false;
        }
        shapes.add(best);
        for (int p = 0; p < n; p++) {
          residual[p] = Math.max(0, residual[p] - bestStep * best[p]);
        }
        lastShare = bestStep / mass;
        mass -= bestStep;
      }
    }
    return true;
  }

  /** The largest step along {@code seats} that keeps the residual, rescaled, in the relaxation. */
  private double step(int[] seats, double[] residual, double[] filled, double mass) {
    double theta = mass;
    int[] seated = new int[instance.quotas];
    for (int p = 0; p < instance.profiles; p++) {
      for (int c = 0; c < instance.categories; c++) {
        seated[instance.quotaOf[p][c]] += seats[p];
      }
      if (seats[p] > 0) {
        theta = Math.min(theta, residual[p] / seats[p]);
      }
      if (seats[p] < instance.size[p]) {
        theta = Math.min(theta, (mass * instance.size[p] - residual[p]) / (instance.size[p] - seats[p]));
      }
    }
    for (int q = 0; q < instance.quotas; q++) {
      if (seated[q] > instance.min[q]) {
        theta = Math.min(theta, (filled[q] - mass * instance.min[q]) / (seated[q] - instance.min[q]));
      }
      if (seated[q] < instance.max[q]) {
        theta = Math.min(theta, (mass * instance.max[q] - filled[q]) / (instance.max[q] - seated[q]));
      }
    }
    return Math.max(0, theta);
  }

  /** The integer program of a panel on the residual's face, built once. */
  private final class Face implements AutoCloseable {
    private final LinearSolver ilp = factory.feasibleInteger();
    private final int[] seat = new int[instance.profiles];
    private final int[] quotaRow = new int[instance.quotas];

    Face() {
      ilp.relativeGap(FACE_GAP);
      int total = ilp.row(instance.panelSize, instance.panelSize);
      for (int q = 0; q < instance.quotas; q++) {
        quotaRow[q] = ilp.row(instance.min[q], instance.max[q]);
      }
      for (int p = 0; p < instance.profiles; p++) {
        seat[p] = ilp.variable(0, instance.size[p], true);
        ilp.coefficient(total, seat[p], 1);
        for (int c = 0; c < instance.categories; c++) {
          ilp.coefficient(quotaRow[instance.quotaOf[p][c]], seat[p], 1);
        }
      }
      ilp.maximise(true);
    }

    /**
     * A panel on the face of {@code residual / mass} whose step is at least {@code tau · mass},
     * seating the profiles with the most residual chance first; null when there is none.
     */
    int @Nullable [] panel(double[] residual, double[] filled, double mass, double tau) {
      for (int p = 0; p < instance.profiles; p++) {
        int size = instance.size[p];
        double share = residual[p] / (mass * size);
        double low = 0;
        double high = size;
        if (residual[p] <= FACE * mass) {
          high = 0;
        } else if (residual[p] >= (size - FACE) * mass) {
          low = size;
        }
        if (tau > 0) {
          // θ ≥ τ·m needs c ≤ size·share/τ (residual left) and size − c ≤ size·(1 − share)/τ (room left)
          high = Math.min(high, Math.floor(size * share / tau + 1e-9));
          low = Math.max(low, Math.ceil(size - size * (1 - share) / tau - 1e-9));
        }
        if (low > high) {
          return null;
        }
        ilp.variableBounds(seat[p], low, high);
        ilp.objective(seat[p], share);
      }
      for (int q = 0; q < instance.quotas; q++) {
        double at = filled[q] / mass;
        double low = instance.min[q];
        double high = instance.max[q];
        if (at <= instance.min[q] + FACE) {
          high = instance.min[q];
        }
        if (at >= instance.max[q] - FACE) {
          low = instance.max[q];
        }
        if (tau > 0) {
          high = Math.min(high, Math.floor(instance.min[q] + (at - instance.min[q]) / tau + 1e-9));
          low = Math.max(low, Math.ceil(instance.max[q] - (instance.max[q] - at) / tau - 1e-9));
        }
        if (low > high) {
          return null;
        }
        ilp.bounds(quotaRow[q], low, high);
      }
      integerSolves++;
      if (ilp.solve() != LinearSolver.Status.OPTIMAL) {
        return null;
      }
      int[] seats = new int[instance.profiles];
      for (int p = 0; p < instance.profiles; p++) {
        seats[p] = (int) Math.round(ilp.value(seat[p]));
      }
      return seats;
    }

    @Override
    public void close() {
      ilp.close();
    }
  }
}
