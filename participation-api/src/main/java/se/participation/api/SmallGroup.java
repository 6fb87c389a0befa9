// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import java.util.Set;
import se.participation.api.internal.Checks;

/**
 * A small group formed at a meeting, such as the pilot's small mixed groups.
 *
 * @param id the group's identifier
 * @param members its participants, at least one
 */
public record SmallGroup(GroupId id, Set<ParticipantId> members) {

  /**
   * Rejects a group without members.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public SmallGroup {
    Objects.requireNonNull(id, "id");
    members = Set.copyOf(Checks.notEmpty("members", Objects.requireNonNull(members, "members")));
  }
}
