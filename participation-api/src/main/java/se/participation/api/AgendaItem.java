// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.LocalTime;
import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * One item of a meeting's detailed schedule; the handbook advises one for physical meetings.
 *
 * @param at when the item starts
 * @param activity what happens
 */
public record AgendaItem(LocalTime at, String activity) {

  /**
   * Rejects a blank activity.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public AgendaItem {
    Objects.requireNonNull(at, "at");
    Checks.notBlank("activity", Objects.requireNonNull(activity, "activity"));
  }
}
