// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.Set;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Part;
import se.participation.api.command.Command;
import se.participation.core.internal.CommandPolicy;

/**
 * Who may issue which command, and in which parts it is possible: the table {@code decide} uses,
 * open to an embedding system that wants to show only what a user may do.
 */
public final class Permissions {
  private Permissions() {}

  /** The roles of which an actor needs one to issue a command of this type. */
  public static Set<ActorRole> requiredRoles(Class<? extends Command> type) {
    return CommandPolicy.of(type).roles();
  }

  /** The parts of the process in which a command of this type is possible. */
  public static Set<Part> allowedParts(Class<? extends Command> type) {
    return CommandPolicy.of(type).parts();
  }

  /** Whether the actor holds a role that may issue a command of this type. */
  public static boolean mayIssue(Actor actor, Class<? extends Command> type) {
    return actor.holdsAnyOf(requiredRoles(type));
  }
}
