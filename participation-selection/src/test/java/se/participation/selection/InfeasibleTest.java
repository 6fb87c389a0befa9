// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.text.LocalizedText;
import se.participation.testkit.property.Property;

/** Quotas no panel can meet: why, and the smallest relaxation. */
class InfeasibleTest {
  @Test
  void theRelaxationMakesTheQuotasFeasibleAndMovesNoMoreSeatsThanBruteForceNeeds() {
    Property.forAll(SmallProblems.infeasible())
        .named("the relaxation is feasible and minimal")
        .tries(60)
        .check(problem -> {
          Infeasible why = (Infeasible) Selection.leximin(problem);
          assertThat(why.reasons()).isNotEmpty();
          assertThat(why.relaxations()).isNotEmpty();
          assertThat(BruteForce.compositions(why.relaxed())).isNotEmpty();
          int moved = why.relaxations().stream().mapToInt(Relaxation::seats).sum();
          assertThat(moved).isEqualTo(smallestViolation(problem));
          assertThat(Selection.leximin(why.relaxed())).isInstanceOf(Lottery.class);
        });
  }

  @Test
  void feasibleQuotasHaveNoExplanation() {
    Property.forAll(SmallProblems.feasible()).named("feasible quotas have no explanation").tries(60)
        .check(problem -> assertThat(Selection.explain(problem)).isEmpty());
  }

  @Test
  void minimumsAboveThePanelAreNamedInBothLanguages() {
    SelectionProblem problem = SelectionProblem.of(
        List.of(new Quota("gender", "woman", 3, 5), new Quota("gender", "man", 3, 5)),
        pool(6), 5);
    Optional<Infeasible> why = Selection.explain(problem);
    assertThat(why).isPresent();
    LocalizedText first = why.get().reasons().get(0);
    assertThat(first.in(LocalizedText.ENGLISH)).contains("gender").contains("6").contains("5");
    assertThat(first.in(LocalizedText.SWEDISH)).contains("gender").contains("6").contains("5");
    assertThat(first.in(LocalizedText.SWEDISH)).isNotEqualTo(first.in(LocalizedText.ENGLISH));
    assertThat(why.get().relaxations()).singleElement().satisfies(r -> assertThat(r.seats()).isEqualTo(1));
  }

  @Test
  void aMinimumAboveThePoolIsNamed() {
    SelectionProblem problem = SelectionProblem.of(
        List.of(new Quota("gender", "woman", 4, 5), new Quota("gender", "man", 0, 5)),
        pool(6), 5);
    Infeasible why = Selection.explain(problem).orElseThrow();
    assertThat(why.reasons()).anySatisfy(reason -> assertThat(reason.in(LocalizedText.ENGLISH))
        .contains("woman").contains("only 3 volunteers"));
    assertThat(why.relaxed().quotas()).contains(new Quota("gender", "woman", 3, 5));
  }

  @Test
  void minimumsThatFillThePanelExactlyAreNotAReason() {
    // women's minimum 3 + men's 2 = 5 = the panel: fine; but only 3 women exist for a minimum of 3
    // when one woman may not sit (her age's max is 0)
    List<Volunteer> pool = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pool.add(new Volunteer("v" + i, Map.of("gender", i % 2 == 0 ? "woman" : "man", "age", i == 0 ? "old" : "young")));
    }
    SelectionProblem problem = SelectionProblem.of(List.of(new Quota("gender", "woman", 3, 5),
        new Quota("gender", "man", 2, 5), new Quota("age", "old", 0, 0), new Quota("age", "young", 0, 5)), pool, 5);
    Infeasible why = Selection.explain(problem).orElseThrow();
    assertThat(why.reasons()).noneSatisfy(reason -> assertThat(reason.in(LocalizedText.ENGLISH)).contains("minimums"))
        .noneSatisfy(reason -> assertThat(reason.in(LocalizedText.ENGLISH)).contains("maximums"))
        .anySatisfy(reason -> assertThat(reason.in(LocalizedText.ENGLISH)).contains("no panel meets these quotas together"));
  }

  @Test
  void legacyExplainsInfeasibleQuotasToo() {
    SelectionProblem problem = SelectionProblem.of(
        List.of(new Quota("gender", "woman", 3, 5), new Quota("gender", "man", 3, 5)), pool(6), 5);
    assertThat(Selection.legacy(problem, 10, "s")).isInstanceOf(Infeasible.class);
  }

  /** Three women and three men. */
  private static List<Volunteer> pool(int size) {
    List<Volunteer> pool = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      pool.add(new Volunteer("v" + i, Map.of("gender", i % 2 == 0 ? "woman" : "man")));
    }
    return pool;
  }

  /** The fewest seats by which any panel of the pool misses the quotas, over every panel. */
  private static int smallestViolation(SelectionProblem problem) {
    return BruteForce.panels(problem).stream().mapToInt(seats -> violation(problem, seats)).min().orElseThrow();
  }

  private static int violation(SelectionProblem problem, int[] seats) {
    int total = 0;
    for (int c = 0; c < problem.categories().size(); c++) {
      for (int q = 0; q < problem.quotas().size(); q++) {
        Quota quota = problem.quotas().get(q);
        if (!quota.category().equals(problem.categories().get(c))) {
          continue;
        }
        int count = 0;
        for (int p = 0; p < seats.length; p++) {
          if (problem.quotaOf(p, c) == q) {
            count += seats[p];
          }
        }
        total += Math.max(0, quota.min() - count) + Math.max(0, count - Math.min(quota.max(), problem.panelSize()));
      }
    }
    return total;
  }
}
