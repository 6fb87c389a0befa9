// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.List;
import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * Other administrations, departments or units the question concerns, and whether and how the
 * dialogue is coordinated with them (checklist PLANERING-8).
 *
 * @param concerned the others concerned; empty when none
 * @param arrangement how the dialogue is coordinated, or why it is not
 */
public record Coordination(List<String> concerned, String arrangement) {

  /**
   * Rejects a blank arrangement or name.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Coordination {
    concerned = List.copyOf(Objects.requireNonNull(concerned, "concerned"));
    for (int i = 0; i < concerned.size(); i++) {
      Checks.notBlank("concerned[" + i + "]", concerned.get(i));
    }
    Checks.notBlank("arrangement", Objects.requireNonNull(arrangement, "arrangement"));
  }
}
