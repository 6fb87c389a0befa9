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

  /** Rejects a blank activity. */
  public AgendaItem {
    Objects.requireNonNull(at, "at");
    Checks.notBlank("activity", Objects.requireNonNull(activity, "activity"));
  }
}
