// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * The opaque identifier of the person or body that issues a command.
 *
 * @param value 1 to 64 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}
 */
public record ActorId(String value) implements Comparable<ActorId> {

  /**
   * Rejects a value that is not a valid identifier, naming it.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public ActorId {
    Checks.id("actorId", Objects.requireNonNull(value, "actorId"));
  }

  /** The identifier with the given value. */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
