// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.List;
import java.util.Objects;

/**
 * One panel drawn from a lottery with a published seed. Anyone with the lottery (its
 * compositions in order) and the seed can draw it again and must get the same panel; how the seed
 * becomes random numbers is in {@link Lottery#draw(String)}.
 *
 * @param seed the published seed, e.g. the numbers of a public lottery draw
 * @param composition the index of the drawn composition in {@link Lottery#compositions()}
 * @param panel the ids of the panel members, in pool order
 * @param reserves the other volunteers in the order they are asked when a member declines, each
 *     replacing a member of the same profile where one is left
 */
public record Draw(String seed, int composition, List<String> panel, List<String> reserves) {
  /**
   * A draw.
   *
   * @throws NullPointerException when an argument or an element is null
   */
  public Draw {
    Objects.requireNonNull(seed, "seed");
    panel = List.copyOf(panel);
    reserves = List.copyOf(reserves);
  }
}
