// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * How the dialogue is communicated internally and externally (checklist PLANERING-12).
 *
 * @param internal communication within the city
 * @param external communication to residents and others
 */
public record CommunicationPlan(String internal, String external) {

  /**
   * Rejects a blank part.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public CommunicationPlan {
    Checks.notBlank("internal", Objects.requireNonNull(internal, "internal"));
    Checks.notBlank("external", Objects.requireNonNull(external, "external"));
  }
}
