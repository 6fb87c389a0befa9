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

  /** The roles of which an actor needs one to issue a command of this type; unmodifiable, in enum order. */
  public static Set<ActorRole> requiredRoles(Class<? extends Command> type) {
    return CommandPolicy.of(type).roles();
  }

  /** The parts of the process in which a command of this type is possible; unmodifiable, in enum order. */
  public static Set<Part> allowedParts(Class<? extends Command> type) {
    return CommandPolicy.of(type).parts();
  }

  /**
   * Whether the actor claims a role that may issue a command of this type (before a process
   * exists: who may start one).
   */
  public static boolean mayIssue(Actor actor, Class<? extends Command> type) {
    return actor.holdsAnyOf(requiredRoles(type));
  }

  /**
   * Whether the actor holds, in this process, a role that may issue a command of this type: one it
   * claims and the process grants it (the owner's {@code PROCESS_OWNER}, the owner's grants, and
   * {@code PARTICIPANT}, which a resident holds as herself).
   *
   * @param process the process
   * @param actor the actor, with the roles it claims
   * @param type the type of command
   * @return whether {@code decide} would let the actor issue it, roles alone considered
   * @throws NullPointerException when an argument is null
   */
  public static boolean mayIssue(se.participation.api.ParticipationProcess process, Actor actor, Class<? extends Command> type) {
    java.util.Set<se.participation.api.ActorRole> held = java.util.EnumSet.noneOf(se.participation.api.ActorRole.class);
    held.addAll(process.rolesOf(actor.id()));
    held.add(se.participation.api.ActorRole.PARTICIPANT);
    return actor.roles().stream().anyMatch(r -> held.contains(r) && requiredRoles(type).contains(r));
  }
}
