// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * The opaque identifier of a participant; opaque, so the record keeps no personal data.
 *
 * @param value 1 to 64 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}
 */
public record ParticipantId(String value) implements Comparable<ParticipantId> {

  /**
   * Rejects a value that is not a valid identifier, naming it.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public ParticipantId {
    Checks.id("participantId", Objects.requireNonNull(value, "participantId"));
  }

  /** The identifier with the given value. */
  public static ParticipantId of(String value) {
    return new ParticipantId(value);
  }

  @Override
  public int compareTo(ParticipantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
