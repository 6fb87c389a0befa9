// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.event;

import java.time.Instant;
import java.util.Objects;
import se.participation.api.ActorId;
import se.participation.api.ProcessId;
import se.participation.api.internal.Checks;

/**
 * What every event carries: the process, the version the event brings it to, who caused it, and
 * when.
 *
 * @param process the process
 * @param version the version of the process after this event; the first event has version 1
 * @param actor who caused it
 * @param at when
 */
public record EventContext(ProcessId process, long version, ActorId actor, Instant at) {

  /**
   * Rejects a version below 1.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public EventContext {
    Objects.requireNonNull(process, "process");
    Checks.atLeast("version", 1, version);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
