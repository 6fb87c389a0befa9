// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.participation.api.internal.Checks;

/**
 * Who issues a command: an identifier and the roles that entitle them to do so.
 *
 * @param id the actor's identifier
 * @param roles at least one role
 */
public record Actor(ActorId id, Set<ActorRole> roles) {

  /** Rejects an actor without roles. */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roles, "roles");
    roles = Set.copyOf(Checks.notEmpty("roles", roles.isEmpty() ? roles : EnumSet.copyOf(roles)));
  }

  /** An actor with one or more roles. */
  public static Actor of(String id, ActorRole role, ActorRole... more) {
    return new Actor(ActorId.of(id), EnumSet.of(role, more));
  }

  /** Whether the actor holds any of the roles. */
  public boolean holdsAnyOf(Set<ActorRole> wanted) {
    for (ActorRole role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
