// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A move of the process from one part to the next.
 *
 * @param from the part left
 * @param to the part entered
 * @param by who moved it
 * @param at when
 */
public record PartTransition(Part from, Part to, ActorId by, Instant at) {

  /**
   * Rejects a move that does not go to the next part.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public PartTransition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    if (from.next().filter(to::equals).isEmpty()) {
      throw new IllegalArgumentException("to must be the part after " + from + ", was " + to);
    }
  }
}
