// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * A lesson learned, to share with colleagues (checklist UTVARDERING-3), such as the pilot's
 * "digital meetings were impersonal and hard to hear".
 *
 * @param text the lesson
 * @param recordedBy who recorded it
 * @param at when
 */
public record Lesson(String text, ActorId recordedBy, Instant at) {

  /**
   * Rejects a blank lesson.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public Lesson {
    Checks.notBlank("text", Objects.requireNonNull(text, "text"));
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(at, "at");
  }
}
