// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.participation.selection.internal.LinearSolver;
import se.participation.selection.internal.Solvers;

/**
 * Checks a LEXIMIN lottery's certificate the way a sceptical reader would: from the levels alone
 * and the list of every admissible composition, without the solver.
 */
final class Certificates {
  static final double TOLERANCE = 1e-6;

  private Certificates() {}

  /**
   * Every level's weights are non-negative and add up to 1 over the profiles not fixed before
   * it; no composition is heavier than the level's panel bound; the bound the certificate proves
   * equals the level's value; the lottery gives every profile fixed at a level that level's
   * value; every profile is fixed exactly once; the levels rise.
   */
  static void check(Lottery lottery, List<int[]> compositions) {
    check(lottery, (level, weights) -> {
      for (int[] seats : compositions) {
        double weight = 0;
        for (Map.Entry<Integer, Double> entry : weights.entrySet()) {
          weight += entry.getValue() * seats[entry.getKey()] / lottery.problem().profiles().get(entry.getKey()).size();
        }
        assertThat(weight).as("a composition's weight under the level's certificate")
            .isLessThanOrEqualTo(level.panelBound() + TOLERANCE);
      }
    });
  }

  /**
   * The same checks on pools too large to enumerate: the heaviest composition under each level's
   * weights is found by an integer program written here (seats per profile, one row per quota),
   * not by the module's pricing.
   */
  static void checkByIntegerProgram(Lottery lottery) {
    SelectionProblem problem = lottery.problem();
    check(lottery, (level, weights) -> {
      try (LinearSolver ilp = Solvers.find().orElseThrow().integer()) {
        List<Integer> seat = new ArrayList<>();
        int fill = ilp.row(problem.panelSize(), problem.panelSize());
        for (Profile profile : problem.profiles()) {
          int v = ilp.variable(0, profile.size(), true);
          seat.add(v);
          ilp.coefficient(fill, v, 1);
          ilp.objective(v, weights.getOrDefault(profile.index(), 0.0) / profile.size());
        }
        for (int c = 0; c < problem.categories().size(); c++) {
          for (int q = 0; q < problem.quotas().size(); q++) {
            Quota quota = problem.quotas().get(q);
            if (!quota.category().equals(problem.categories().get(c))) {
              continue;
            }
            int row = ilp.row(quota.min(), quota.max());
            for (Profile profile : problem.profiles()) {
              if (problem.quotaOf(profile.index(), c) == q) {
                ilp.coefficient(row, seat.get(profile.index()), 1);
              }
            }
          }
        }
        ilp.maximise(true);
        assertThat(ilp.solve()).isEqualTo(LinearSolver.Status.OPTIMAL);
        assertThat(ilp.objectiveValue()).as("the heaviest composition under the level's certificate")
            .isLessThanOrEqualTo(level.panelBound() + TOLERANCE);
      }
    });
  }

  /** Checks, for a level, that no composition is heavier than its panel bound. */
  private interface Heaviest {
    void check(Level level, Map<Integer, Double> weights);
  }

  private static void check(Lottery lottery, Heaviest heaviest) {
    SelectionProblem problem = lottery.problem();
    int n = problem.profiles().size();
    Map<Integer, Double> fixedAt = new HashMap<>();
    double previous = -1;
    for (Level level : lottery.levels()) {
      double unfixedWeight = 0;
      double fixedPart = 0;
      for (Map.Entry<Integer, Double> weight : level.weights().entrySet()) {
        assertThat(weight.getValue()).as("a dual weight").isGreaterThanOrEqualTo(-TOLERANCE);
        Double earlier = fixedAt.get(weight.getKey());
        if (earlier == null) {
          unfixedWeight += weight.getValue();
        } else {
          fixedPart += weight.getValue() * earlier;
        }
      }
      assertThat(unfixedWeight).as("the weights of the profiles not yet fixed").isCloseTo(1, within(TOLERANCE));
      heaviest.check(level, level.weights());
      assertThat(level.panelBound() - fixedPart).as("the bound the certificate proves").isCloseTo(level.bound(),
          within(TOLERANCE));
      assertThat(level.bound()).as("the level's bound").isCloseTo(level.value(), within(TOLERANCE));
      assertThat(level.value()).as("levels rise").isGreaterThanOrEqualTo(previous - TOLERANCE);
      previous = level.value();
      for (int p : level.fixed()) {
        assertThat(fixedAt.put(p, level.value())).as("profile %d fixed once", p).isNull();
        assertThat(lottery.profileProbability(p)).as("the chance of profile %d", p)
            .isCloseTo(level.value(), within(TOLERANCE));
      }
    }
    assertThat(fixedAt).as("every profile is fixed at some level").hasSize(n);
  }
}
