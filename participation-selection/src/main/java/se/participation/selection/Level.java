// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.List;
import java.util.Map;

/**
 * One step of the LEXIMIN sequence and its proof. With the profiles of earlier levels held at
 * their probabilities, {@link #value()} is the highest chance that every remaining profile can
 * get at once; the profiles that cannot get more are {@link #fixed()} at it.
 *
 * <p>The certificate is the dual solution: weights {@code y} on profiles ({@link #weights()}, at
 * least 0, summing to 1 over the profiles not fixed before this level) and a bound {@code μ}
 * ({@link #panelBound()}) with {@code Σ y_p · seats_p / size_p ≤ μ} for <em>every</em> panel that
 * meets the quotas: proven by the pricing integer program, or, when the lottery came from the
 * quotas' linear relaxation, by that relaxation's linear program, whose optimum is at least every
 * panel's weight. For any lottery, the weighted
 * average of the remaining profiles' chances is then at most {@code μ − Σ_earlier y_p · f_p}, so
 * none of them can all exceed {@link #bound()}; the lottery reaches it.
 *
 * @param value the probability of this level
 * @param fixed the indexes of the profiles fixed at this level
 * @param weights the dual weight of each profile (by index) that has one
 * @param panelBound the certificate's bound on any panel's weight
 * @param bound the upper bound the certificate proves, equal to {@code value} up to solver
 *     tolerance
 */
public record Level(double value, List<Integer> fixed, Map<Integer, Double> weights, double panelBound,
    double bound) {
  /**
   * A level.
   *
   * @throws NullPointerException when a collection is null
   */
  public Level {
    fixed = List.copyOf(fixed);
    weights = Map.copyOf(weights);
  }
}
