// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.testkit.property.Gen;
import se.participation.testkit.property.Property;

/**
 * What every lottery promises, LEXIMIN's and LEGACY's alike, and what every draw promises.
 *
 * <p>LEGACY is a greedy heuristic: on some instances whose quotas a panel meets it always walks
 * into a dead end and says so ({@link SelectionException.Kind#LEGACY_FAILED}; {@link
 * LegacyTest} pins one). Its cases are therefore the feasible problems on which it gives a
 * lottery; LEXIMIN's are all feasible problems.
 */
class LotteryProperties {
  private record Case(SelectionProblem problem, Method method, String seed) {}

  private static Gen<Case> cases() {
    Gen<Case> any = source -> new Case(SmallProblems.feasible().generate(source),
        Gen.elementOf(Method.values()).generate(source),
        "seed " + Gen.integers(0, 1_000_000).generate(source));
    return any.filter(c -> c.method() == Method.LEXIMIN || legacyGivesALottery(c), 1_000);
  }

  private static boolean legacyGivesALottery(Case c) {
    try {
      return Selection.legacy(c.problem(), 200, c.seed()) instanceof Lottery;
    } catch (SelectionException e) {
      if (e.kind() != SelectionException.Kind.LEGACY_FAILED) {
        throw e;
      }
      return false;
    }
  }

  private static Lottery lottery(Case c) {
    SelectionResult result = c.method() == Method.LEXIMIN
        ? Selection.leximin(c.problem())
        : Selection.legacy(c.problem(), 200, c.seed());
    return (Lottery) result;
  }

  @Test
  void everyProbabilityIsBetweenZeroAndOne() {
    Property.forAll(cases()).named("every probability is in [0, 1]").tries(60)
        .check(c -> assertThat(lottery(c).probabilities().values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0)));
  }

  @Test
  void theProbabilitiesSumToThePanelSize() {
    Property.forAll(cases()).named("the probabilities sum to k").tries(60)
        .check(c -> assertThat(lottery(c).probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
            .isCloseTo(c.problem().panelSize(), within(1e-6)));
  }

  @Test
  void everyPanelInTheSupportMeetsTheQuotas() {
    Property.forAll(cases()).named("every panel in the support meets the quotas").tries(60)
        .check(c -> {
          Lottery lottery = lottery(c);
          assertThat(lottery.compositions()).isNotEmpty().allSatisfy(composition -> {
            assertThat(composition.probability()).isPositive();
            assertThat(c.problem().admits(composition.seats())).isTrue();
          });
          assertThat(lottery.compositions().stream().mapToDouble(Composition::probability).sum())
              .isCloseTo(1, within(1e-6));
        });
  }

  @Test
  void theDrawnPanelIsReproducibleFromItsSeedAndMeetsTheQuotas() {
    Property.forAll(cases()).named("the drawn panel is reproducible from its seed and meets the quotas").tries(60)
        .check(c -> {
          Lottery lottery = lottery(c);
          Draw draw = lottery.draw(c.seed());
          assertThat(lottery(c).draw(c.seed())).isEqualTo(draw);
          SelectionProblem problem = c.problem();
          assertThat(draw.panel()).hasSize(problem.panelSize()).doesNotHaveDuplicates();
          Set<String> everyone = new HashSet<>(draw.panel());
          everyone.addAll(draw.reserves());
          assertThat(everyone).hasSize(problem.volunteers().size());
          int[] seats = new int[problem.profiles().size()];
          for (String id : draw.panel()) {
            seats[problem.profileOf(id).index()]++;
          }
          assertThat(problem.admits(seats)).isTrue();
          assertThat(lottery.compositions().get(draw.composition()).seats()).containsExactly(seats);
        });
  }

  @Test
  void drawsWithDifferentSeedsSeatEachVolunteerAsOftenAsTheLotteryPromises() {
    Lottery lottery = (Lottery) Selection.leximin(Examples.exampleSmall());
    int draws = 4_000;
    int rare = 0;
    int liberal = 0;
    for (int i = 0; i < draws; i++) {
      List<String> panel = lottery.draw("draw " + i).panel();
      rare += panel.contains("v0") ? 1 : 0;
      liberal += panel.contains("v1") ? 1 : 0;
    }
    double sd = Math.sqrt(0.1 * 0.9 / draws);
    assertThat(rare / (double) draws).isCloseTo(0.1, within(4 * sd));
    assertThat(liberal / (double) draws).isCloseTo(0.1, within(4 * sd));
  }

  @Test
  void aDrawNamesItsSeedAndKeepsTheReservesOutOfThePanel() {
    Lottery lottery = (Lottery) Selection.leximin(Examples.exampleSmall());
    Draw draw = lottery.draw("Lotto 2026-11-28: 3 9 14 22 27 30 35");
    assertThat(draw.seed()).isEqualTo("Lotto 2026-11-28: 3 9 14 22 27 30 35");
    List<String> both = new ArrayList<>(draw.panel());
    both.retainAll(draw.reserves());
    assertThat(both).isEmpty();
    assertThat(lottery.draw("Lotto 2026-11-28: 3 9 14 22 27 30 36")).isNotEqualTo(draw);
  }
}
