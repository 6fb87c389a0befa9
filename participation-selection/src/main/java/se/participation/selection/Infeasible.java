// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.List;
import se.participation.api.text.LocalizedText;

/**
 * No panel meets every quota with this pool. {@link #reasons()} says which quotas conflict, in
 * every language of the catalog; {@link #relaxations()} is the smallest change that makes the
 * quotas feasible (fewest seats moved over all quotas, proven minimal by an integer program), and
 * {@link #relaxed()} the problem with it applied.
 *
 * @param reasons every reason found, plain ones (a category's minimums add up to more than the
 *     panel) first
 * @param relaxations the smallest relaxation, empty only when the pool itself is too small
 * @param relaxed the problem with the relaxation applied
 */
public record Infeasible(List<LocalizedText> reasons, List<Relaxation> relaxations, SelectionProblem relaxed)
    implements SelectionResult {
  /**
   * An explanation.
   *
   * @throws NullPointerException when an argument or an element is null
   */
  public Infeasible {
    reasons = List.copyOf(reasons);
    relaxations = List.copyOf(relaxations);
    java.util.Objects.requireNonNull(relaxed, "relaxed");
  }
}
