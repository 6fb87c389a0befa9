// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.participation.selection.internal.Leximin;
import se.participation.selection.internal.Solvers;
import se.participation.testkit.property.Property;

/** LEXIMIN against brute force over every panel, and its certificates. */
class LeximinTest {
  @Test
  void everyProfilesChanceEqualsTheBruteForceLeximinOnSmallPools() {
    Property.forAll(SmallProblems.feasible())
        .named("every profile's chance equals the brute-force leximin")
        .tries(60)
        .check(problem -> {
          Lottery lottery = (Lottery) Selection.leximin(problem);
          double[] expected = BruteForce.leximin(problem);
          for (int p = 0; p < expected.length; p++) {
            assertThat(lottery.profileProbability(p)).as("profile %d of %s", p, BruteForce.describe(problem))
                .isCloseTo(expected[p], within(1e-6));
          }
        });
  }

  @Test
  void everyLevelsCertificateBoundsEveryPanelAndMeetsItsValue() {
    Property.forAll(SmallProblems.feasible())
        .named("every level's certificate bounds every panel and meets its value")
        .tries(60)
        .check(problem -> Certificates.check((Lottery) Selection.leximin(problem), BruteForce.compositions(problem)));
  }

  @Test
  void theExamplesCertificatesHoldOverEveryComposition() {
    for (SelectionProblem problem : List.of(Examples.exampleSmall(), Examples.exampleLarge())) {
      Certificates.check((Lottery) Selection.leximin(problem), BruteForce.compositions(problem));
    }
  }

  @Test
  void theColumnGenerationAloneGivesTheBruteForceLeximinAndACheckedCertificate() {
    Property.forAll(SmallProblems.feasible())
        .named("the column generation alone gives the brute-force leximin and a checked certificate")
        .tries(40)
        .check(problem -> {
          Lottery lottery = Leximin.solve(problem, Solvers.find().orElseThrow(), Duration.ofMinutes(1),
              Leximin.Route.COLUMN_GENERATION);
          double[] expected = BruteForce.leximin(problem);
          for (int p = 0; p < expected.length; p++) {
            assertThat(lottery.profileProbability(p)).as("profile %d of %s", p, BruteForce.describe(problem))
                .isCloseTo(expected[p], within(1e-6));
          }
          Certificates.check(lottery, BruteForce.compositions(problem));
        });
  }

  /**
   * Three volunteers of whom no two may sit together (each pair shares a feature with at most
   * one seat) and one who may sit with anyone, on a panel of two: every panel seats the fourth,
   * so the others get a third each. The quotas' linear relaxation would give everyone a half,
   * which no lottery can: the relaxation's leximin is not a lottery, and the column generation
   * finds the true one.
   */
  @Test
  void whereTheRelaxationPromisesMoreThanAnyLotteryTheColumnGenerationGivesTheTrueLeximin() {
    SelectionProblem problem = Examples.oddCycle();
    Lottery lottery = (Lottery) Selection.leximin(problem);
    for (String id : List.of("v1", "v2", "v3")) {
      assertThat(lottery.probability(id)).isCloseTo(1.0 / 3, within(1e-9));
    }
    assertThat(lottery.probability("v4")).isCloseTo(1.0, within(1e-9));
    assertThat(lottery.minimum()).isCloseTo(1.0 / 3, within(1e-9));
    Certificates.check(lottery, BruteForce.compositions(problem));
  }

  @Test
  void aVolunteerNoPanelCanSeatGetsZeroAtLevelZero() {
    // the only man cannot sit: at least two women are required on a panel of two
    SelectionProblem problem = SelectionProblem.of(
        List.of(new Quota("gender", "woman", 2, 2), new Quota("gender", "man", 0, 2)),
        List.of(new Volunteer("a", Map.of("gender", "woman")), new Volunteer("b", Map.of("gender", "woman")),
            new Volunteer("c", Map.of("gender", "woman")), new Volunteer("d", Map.of("gender", "man"))),
        2);
    Lottery lottery = (Lottery) Selection.leximin(problem);
    assertThat(lottery.probability("d")).isZero();
    assertThat(lottery.probability("a")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(lottery.levels().get(0).value()).isZero();
    assertThat(lottery.levels().get(0).fixed()).containsExactly(problem.profileOf("d").index());
    Certificates.check(lottery, BruteForce.compositions(problem));
  }

  @Test
  void volunteersWithTheSameFeaturesGetTheSameChance() {
    SelectionProblem problem = GeneratedPools.generate(7, 300, 30, new int[] {2, 3, 4}, 1);
    Lottery lottery = (Lottery) Selection.leximin(problem);
    for (Profile profile : problem.profiles()) {
      for (String id : profile.volunteers()) {
        assertThat(lottery.probability(id)).isEqualTo(lottery.profileProbability(profile.index()));
      }
    }
    assertThat(lottery.levels().get(lottery.levels().size() - 1).bound())
        .isCloseTo(lottery.levels().get(lottery.levels().size() - 1).value(), within(1e-6));
  }

  @Test
  void aLotteryReportsTheWorkItTook() {
    Lottery lottery = (Lottery) Selection.leximin(Examples.exampleSmall());
    assertThat(lottery.method()).isEqualTo(Method.LEXIMIN);
    assertThat(lottery.work().solver()).startsWith("OR-Tools");
    assertThat(lottery.work().panelsGenerated()).isPositive();
    assertThat(lottery.work().pricingSolves()).isPositive();
    assertThat(lottery.work().linearSolves()).isPositive();
  }

  @Test
  void aTimeLimitStopsTheComputationWithAKindAndAMessageInBothLanguages() {
    SelectionProblem problem = GeneratedPools.generate(7, 300, 30, new int[] {2, 3, 4}, 1);
    SelectionException e = org.assertj.core.api.Assertions.catchThrowableOfType(SelectionException.class,
        () -> Selection.leximin(problem, java.time.Duration.ofNanos(1)));
    assertThat(e.kind()).isEqualTo(SelectionException.Kind.TIME_LIMIT);
    assertThat(e.message(se.participation.api.text.LocalizedText.ENGLISH)).contains("did not finish within");
    assertThat(e.message(se.participation.api.text.LocalizedText.SWEDISH)).contains("blev inte klart inom");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Selection.leximin(problem, java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInterruptedThreadStopsTheComputationAndKeepsItsFlag() {
    SelectionProblem problem = GeneratedPools.generate(7, 300, 30, new int[] {2, 3, 4}, 1);
    Thread.currentThread().interrupt();
    try {
      SelectionException e = org.assertj.core.api.Assertions.catchThrowableOfType(SelectionException.class,
          () -> Selection.leximin(problem));
      assertThat(e.kind()).isEqualTo(SelectionException.Kind.INTERRUPTED);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
