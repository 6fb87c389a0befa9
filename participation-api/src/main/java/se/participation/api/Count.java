// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import java.util.Optional;
import se.participation.api.internal.Checks;

/**
 * A number a record gives, exact or approximate, with its own wording where it has one: "161",
 * "ett 60-tal", "ca 320".
 *
 * @param value the number, or the best reading of an approximate one (60 for "ett 60-tal")
 * @param approximate whether the record gives it as approximate
 * @param wording how the record words it, if it words it
 */
public record Count(int value, boolean approximate, Optional<String> wording) {

  /**
   * Checks the count.
   *
   * @throws NullPointerException when {@code wording} is null
   * @throws IllegalArgumentException when the value is negative or the wording blank
   */
  public Count {
    Checks.notNegative("value", value);
    Objects.requireNonNull(wording, "wording").ifPresent(w -> Checks.notBlank("wording", w));
  }

  /**
   * An exact count.
   *
   * @throws IllegalArgumentException when the value is negative
   */
  public static Count exactly(int value) {
    return new Count(value, false, Optional.empty());
  }

  /**
   * An approximate count in the record's words, e.g. {@code about(60, "ett 60-tal")}.
   *
   * @throws NullPointerException when {@code wording} is null
   * @throws IllegalArgumentException when the value is negative or the wording blank
   */
  public static Count about(int value, String wording) {
    return new Count(value, true, Optional.of(Objects.requireNonNull(wording, "wording")));
  }

  /** The count as the record words it, else the number, with "ca" when approximate. */
  @Override
  public String toString() {
    return wording.orElse(approximate ? "ca " + value : String.valueOf(value));
  }
}
