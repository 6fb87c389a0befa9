// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.Objects;

/**
 * A quota changed so that the quotas can be met: {@code from} as given, {@code to} as relaxed.
 *
 * @param from the quota as given
 * @param to the same feature's quota, relaxed (a lower min or a higher max)
 */
public record Relaxation(Quota from, Quota to) {
  /**
   * A relaxation.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the two name different features
   */
  public Relaxation {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.category().equals(to.category()) || !from.feature().equals(to.feature())) {
      throw new IllegalArgumentException("a relaxation changes one feature's quota");
    }
  }

  /** By how many seats the quota moved (both bounds together). */
  public int seats() {
    return (from.min() - to.min()) + (to.max() - from.max());
  }
}
