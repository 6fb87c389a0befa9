// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

import java.util.Objects;
import se.participation.api.event.Event;

/**
 * An event with the global position the store gave it.
 *
 * @param position the global position, from 1, increasing in the order events became readable
 * @param event the event
 */
public record StoredEvent(long position, Event event) {
  /**
   * Checks the position and the event.
   *
   * @throws NullPointerException when {@code event} is null
   * @throws IllegalArgumentException when {@code position} is below 1
   */
  public StoredEvent {
    Objects.requireNonNull(event, "event");
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1, was " + position);
    }
  }
}
