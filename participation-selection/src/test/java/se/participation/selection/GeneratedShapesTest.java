// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * LEXIMIN on generated pools of the shapes Swedish panels have (reported as generated, not real
 * data): certificates checked by an integer program of the test's own, and LEXIMIN's smallest
 * chance never below LEGACY's. Times are measured by {@code SelectionBenchmarks}, not here.
 */
class GeneratedShapesTest {
  private static SelectionProblem feasible(SelectionProblem problem) {
    return Selection.explain(problem).map(Infeasible::relaxed).orElse(problem);
  }

  @Test
  void aLocalClimateCouncilsLotteryCarriesACheckedCertificateAtEveryLevel() {
    // 500 volunteers for 30 seats, five categories (gender, age, area, education, origin)
    SelectionProblem problem = feasible(GeneratedPools.generate(1, 500, 30, new int[] {2, 4, 5, 3, 3}, 1));
    Lottery lottery = (Lottery) Selection.leximin(problem);
    Certificates.checkByIntegerProgram(lottery);
    assertThat(lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(30, within(1e-6));
    Lottery legacy = (Lottery) Selection.legacy(problem, 2_000, "climate council");
    assertThat(lottery.minimum()).isGreaterThanOrEqualTo(legacy.minimum() - 1e-9);
    assertThat(lottery.gini()).isLessThanOrEqualTo(legacy.gini() + 0.02);
  }

  @Test
  void aRelaxedGeneratedPoolIsFeasibleAndItsRelaxationIsReported() {
    SelectionProblem tight = GeneratedPools.generate(3, 400, 40, new int[] {2, 5, 6}, 0);
    SelectionProblem problem = feasible(tight);
    assertThat(Selection.explain(problem)).isEmpty();
    Lottery lottery = (Lottery) Selection.leximin(problem);
    assertThat(lottery.minimum()).isPositive();
    Certificates.checkByIntegerProgram(lottery);
  }

  @Test
  void aPoolOfSfEsShapeWhereAlmostEveryoneIsAProfileOfHerOwnGetsALotteryWithACheckedCertificate() {
    // sf_e's shape (n = 1,727, k = 110, 7 categories with 3, 4, 12, 3, 5, 2 and 2 features),
    // generated: 1,246 profiles, the case the column generation took over 52 minutes on
    SelectionProblem problem = GeneratedPools.generate(1, 1727, 110, GeneratedPools.SF_E_FEATURES, 1);
    assertThat(problem.profiles()).hasSize(1246);
    Lottery lottery = (Lottery) Selection.leximin(problem);
    Certificates.checkByIntegerProgram(lottery);
    // level 1 as the column generation found it (docs/selection.md): 2.53 %, 107 profiles
    assertThat(lottery.minimum()).isCloseTo(0.025316, within(1e-6));
    assertThat(lottery.levels().get(0).fixed()).hasSize(107);
    assertThat(lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(110, within(1e-6));
  }

  @Test
  void aPoolOfSfEsShapeAsUnevenAsTheRealOneGetsALotteryWithACheckedCertificate() {
    // self-selection as strong as in the real sf_e (LEXIMIN's Gini there: 51.2 %), exact quotas
    SelectionProblem problem = feasible(GeneratedPools.generate(1, 1727, 110, GeneratedPools.SF_E_FEATURES, 0, 2.5));
    Lottery lottery = (Lottery) Selection.leximin(problem);
    Certificates.checkByIntegerProgram(lottery);
    assertThat(lottery.gini()).isBetween(0.4, 0.6);
    assertThat(lottery.minimum()).isPositive();
  }
}
