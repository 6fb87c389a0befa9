// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * Who facilitates the dialogue: an internal or an external person (checklist PLANERING-11).
 *
 * @param facilitation internal or external
 * @param who the person or organisation
 */
public record Facilitator(Facilitation facilitation, String who) {

  /**
   * Rejects a blank name.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Facilitator {
    Objects.requireNonNull(facilitation, "facilitation");
    Checks.notBlank("who", Objects.requireNonNull(who, "who"));
  }
}
