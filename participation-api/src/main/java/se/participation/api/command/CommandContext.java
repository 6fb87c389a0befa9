// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.command;

import java.time.Instant;
import java.util.Objects;
import se.participation.api.Actor;
import se.participation.api.ProcessId;
import se.participation.api.internal.Checks;

/**
 * What every command carries: the process, the version the issuer saw, who issues it, and when.
 * Time comes in with the command; the core has no clock.
 *
 * @param process the process
 * @param expectedVersion the version the issuer expects; a different one is a conflict
 * @param actor who issues the command, with their roles
 * @param at when
 */
public record CommandContext(ProcessId process, long expectedVersion, Actor actor, Instant at) {

  /**
   * Rejects a negative version.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public CommandContext {
    Objects.requireNonNull(process, "process");
    Checks.notNegative("expectedVersion", expectedVersion);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }

  /** The context of a command. */
  public static CommandContext of(ProcessId process, long expectedVersion, Actor actor, Instant at) {
    return new CommandContext(process, expectedVersion, actor, at);
  }
}
