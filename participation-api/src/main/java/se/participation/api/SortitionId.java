// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * The opaque identifier of a selection by lot (a sortition).
 *
 * @param value 1 to 64 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}
 */
public record SortitionId(String value) implements Comparable<SortitionId> {

  /**
   * Rejects a value that is not a valid identifier, naming it.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public SortitionId {
    Checks.id("sortitionId", Objects.requireNonNull(value, "sortitionId"));
  }

  /** The identifier with the given value. */
  public static SortitionId of(String value) {
    return new SortitionId(value);
  }

  @Override
  public int compareTo(SortitionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
