// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The published answers of Flanigan et al., "Fair algorithms for selecting citizens' assemblies"
 * (Nature 596, 2021), for their two example instances: LEXIMIN gives every volunteer exactly
 * 10 %; LEGACY leaves the one female conservative with at most 1.21 % (small) and 0.25 % (large).
 * LEGACY's figures are estimated from seeded draws, so each bound is widened by three standard
 * errors of the estimate.
 */
class KnownAnswersTest {
  @Test
  void exampleSmallLeximinGivesEveryoneExactlyTenPercent() {
    Lottery lottery = (Lottery) Selection.leximin(Examples.exampleSmall());
    assertThat(lottery.minimum()).isCloseTo(0.10, within(1e-9));
    assertThat(lottery.gini()).isCloseTo(0, within(1e-9));
    assertThat(lottery.probabilities().values()).allSatisfy(p -> assertThat(p).isCloseTo(0.10, within(1e-9)));
  }

  @Test
  void exampleLargeLeximinGivesEveryoneExactlyTenPercent() {
    Lottery lottery = (Lottery) Selection.leximin(Examples.exampleLarge());
    assertThat(lottery.minimum()).isCloseTo(0.10, within(1e-9));
    assertThat(lottery.probability("v0")).isCloseTo(0.10, within(1e-9));
    assertThat(lottery.levels()).hasSize(1);
  }

  @Test
  void exampleSmallLegacyLeavesTheRareVolunteerAtMostOnePointTwoOnePercent() {
    int runs = 20_000;
    Lottery lottery = (Lottery) Selection.legacy(Examples.exampleSmall(), runs, "example_small");
    assertThat(lottery.method()).isEqualTo(Method.LEGACY);
    assertThat(lottery.minimum()).isEqualTo(lottery.probability("v0"))
        .isLessThanOrEqualTo(0.0121 + 3 * Math.sqrt(0.0121 * (1 - 0.0121) / runs));
  }

  @Test
  void exampleLargeLegacyLeavesTheRareVolunteerAtMostAQuarterPercent() {
    int runs = 4_000;
    Lottery lottery = (Lottery) Selection.legacy(Examples.exampleLarge(), runs, "example_large");
    assertThat(lottery.minimum()).isEqualTo(lottery.probability("v0"))
        .isLessThanOrEqualTo(0.0025 + 3 * Math.sqrt(0.0025 * (1 - 0.0025) / runs));
  }
}
