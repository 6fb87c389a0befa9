// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
      for (int[] seats : compositions) {
        double weight = 0;
        for (Map.Entry<Integer, Double> entry : level.weights().entrySet()) {
          weight += entry.getValue() * seats[entry.getKey()] / problem.profiles().get(entry.getKey()).size();
        }
        assertThat(weight).as("a composition's weight under the level's certificate")
            .isLessThanOrEqualTo(level.panelBound() + TOLERANCE);
      }
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
