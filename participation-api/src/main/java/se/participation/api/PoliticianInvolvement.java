// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * Whether politicians should take part in some part of the process, and how (checklist
 * PLANERING-10).
 *
 * @param desired whether their part is desired
 * @param how which part they take, or why none
 */
public record PoliticianInvolvement(boolean desired, String how) {

  /**
   * Rejects a blank description.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public PoliticianInvolvement {
    Checks.notBlank("how", Objects.requireNonNull(how, "how"));
  }
}
