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

  /** Rejects a value that is not a valid identifier, naming it. */
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
