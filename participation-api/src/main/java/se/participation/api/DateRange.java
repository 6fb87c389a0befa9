// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period from {@code start} to {@code end}, both days included; {@code start} is not after
 * {@code end}.
 *
 * @param start the first day
 * @param end the last day
 */
public record DateRange(LocalDate start, LocalDate end) {

  /**
   * Rejects an end before the start, naming both.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end must not be before start, was start " + start + ", end " + end);
    }
  }

  /** The period from {@code start} to {@code end}. */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /** Whether the day falls within this period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
