// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * A participant's consent to the keeping of their contact details, for a stated purpose.
 *
 * @param givenAt when consent was given
 * @param purpose what the details are kept for, e.g. feedback on the result
 */
public record Consent(Instant givenAt, String purpose) {

  /**
   * Rejects a blank purpose.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Consent {
    Objects.requireNonNull(givenAt, "givenAt");
    Checks.notBlank("purpose", Objects.requireNonNull(purpose, "purpose"));
  }
}
