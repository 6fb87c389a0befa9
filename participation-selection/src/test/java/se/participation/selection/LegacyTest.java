// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.participation.api.text.LocalizedText;

/**
 * LEGACY is a heuristic, and a heuristic can walk into a dead end where a panel exists. This
 * instance came from the lottery properties (seed 1229043967811366981): five volunteers, four
 * seats, and exactly one panel that meets the quotas, {v0, v1, v3, v4}. LEGACY first seats the
 * two c0f2 volunteers (the most urgent quota), then every ratio is zero and the tie goes to
 * c0f0, the first quota in order, whose only volunteer is v2, and no panel with v2 meets the
 * quotas. It fails on every draw, and says so instead of returning a wrong lottery.
 */
class LegacyTest {
  private static SelectionProblem deadEnd() {
    List<Quota> quotas = List.of(
        new Quota("c0", "c0f0", 0, 1), new Quota("c0", "c0f1", 0, 2), new Quota("c0", "c0f2", 2, 2),
        new Quota("c1", "c1f0", 2, 3), new Quota("c1", "c1f1", 0, 1),
        new Quota("c2", "c2f0", 2, 3), new Quota("c2", "c2f1", 0, 1));
    List<Volunteer> pool = List.of(
        volunteer("v0", "c0f1", "c1f1", "c2f0"),
        volunteer("v1", "c0f2", "c1f0", "c2f0"),
        volunteer("v2", "c0f0", "c1f1", "c2f1"),
        volunteer("v3", "c0f2", "c1f0", "c2f0"),
        volunteer("v4", "c0f1", "c1f0", "c2f1"));
    return SelectionProblem.of(quotas, pool, 4);
  }

  private static Volunteer volunteer(String id, String c0, String c1, String c2) {
    return new Volunteer(id, Map.of("c0", c0, "c1", c1, "c2", c2));
  }

  @Test
  void legacySaysItFailedWhereItsGreedyOrderDeadEndsAlthoughOnePanelMeetsTheQuotas() {
    SelectionProblem problem = deadEnd();
    assertThat(BruteForce.compositions(problem)).hasSize(1);
    assertThatThrownBy(() -> Selection.legacy(problem, 50, "any seed"))
        .isInstanceOfSatisfying(SelectionException.class, e -> {
          assertThat(e.kind()).isEqualTo(SelectionException.Kind.LEGACY_FAILED);
          assertThat(e.message(LocalizedText.SWEDISH)).isNotEqualTo(e.message(LocalizedText.ENGLISH)).contains("1000");
        });
  }

  @Test
  void leximinSeatsTheOnlyPanelWithCertaintyWhereLegacyFails() {
    Lottery lottery = (Lottery) Selection.leximin(deadEnd());
    assertThat(lottery.compositions()).singleElement()
        .satisfies(c -> assertThat(c.probability()).isCloseTo(1.0, within(1e-9)));
    assertThat(lottery.probability("v2")).isCloseTo(0.0, within(1e-9));
    for (String id : List.of("v0", "v1", "v3", "v4")) {
      assertThat(lottery.probability(id)).isCloseTo(1.0, within(1e-9));
    }
    assertThat(lottery.draw("any seed").panel()).containsExactlyInAnyOrder("v0", "v1", "v3", "v4");
  }
}
