// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import se.participation.selection.Examples;
import se.participation.selection.GeneratedPools;
import se.participation.selection.Level;
import se.participation.selection.SelectionProblem;

/** The relaxation's leximin and its decomposition into panels. */
class MarginalsTest {
  private static Marginals.Outcome outcome(SelectionProblem problem) {
    return new Marginals(new Instance(problem), new OrTools.Maker(), () -> {}).solve();
  }

  @Test
  void aGeneratedCouncilsRelaxationDecomposesIntoQuotaMeetingPanelsThatGiveEveryProfileItsLevel() {
    SelectionProblem problem = GeneratedPools.generate(1, 500, 30, new int[] {2, 4, 5, 3, 3}, 1);
    Marginals.Outcome outcome = outcome(problem);
    assertThat(outcome.decomposed()).isTrue();
    assertThat(outcome.shapes()).isNotEmpty().allSatisfy(seats -> assertThat(problem.admits(seats)).isTrue());
    // the column generation's levels on this pool (docs/selection.md): 5.4441 %, 6.8583 %, 7.9686 %
    assertThat(outcome.levels()).extracting(Level::value)
        .satisfiesExactly(v -> assertThat(v).isCloseTo(0.054441, within(1e-6)),
            v -> assertThat(v).isCloseTo(0.068583, within(1e-6)),
            v -> assertThat(v).isCloseTo(0.079686, within(1e-6)));
    int fixed = 0;
    for (Level level : outcome.levels()) {
      fixed += level.fixed().size();
      assertThat(level.bound()).isCloseTo(level.value(), within(1e-6));
      assertThat(level.weights().values().stream().mapToDouble(Double::doubleValue).sum())
          .isGreaterThanOrEqualTo(1 - 1e-6);
    }
    assertThat(fixed).isEqualTo(problem.profiles().size());
  }

  @Test
  void aRelaxationThatPromisesMoreThanAnyLotteryDoesNotDecompose() {
    SelectionProblem problem = Examples.oddCycle();
    Marginals.Outcome outcome = outcome(problem);
    assertThat(outcome.levels().get(0).value()).isCloseTo(0.5, within(1e-9));
    assertThat(outcome.decomposed()).isFalse();
  }
}
