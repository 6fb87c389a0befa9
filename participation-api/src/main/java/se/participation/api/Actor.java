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

  /**
   * Rejects an actor without roles.
   *
   * @throws NullPointerException naming {@code id}, {@code roles} or a null role
   * @throws IllegalArgumentException when {@code roles} is empty
   */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roles, "roles");
    for (ActorRole role : roles) {
      Objects.requireNonNull(role, "roles must not hold null");
    }
    roles = Set.copyOf(Checks.notEmpty("roles", roles.isEmpty() ? roles : EnumSet.copyOf(roles)));
  }

  /**
   * An actor with one or more roles.
   *
   * @throws NullPointerException naming {@code id}, {@code role} or {@code more} when one is null
   * @throws IllegalArgumentException when {@code id} is not a valid identifier
   */
  public static Actor of(String id, ActorRole role, ActorRole... more) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(more, "more");
    for (int i = 0; i < more.length; i++) {
      Objects.requireNonNull(more[i], "more[" + i + "]");
    }
    return new Actor(ActorId.of(Objects.requireNonNull(id, "id")), EnumSet.of(role, more));
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
