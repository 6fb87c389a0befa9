// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period from {@code start} to {@code end}, both days included; {@code start} is not after
 * {@code end}. A record that gives the period only approximately ("hösten 2019") has a coarser
 * {@code precision}: then {@code start} and {@code end} are the bounds the period lies within, not
 * days the record names.
 *
 * @param start the first day
 * @param end the last day
 * @param precision how precisely the record gives the period's ends
 */
public record DateRange(LocalDate start, LocalDate end, DatePrecision precision) {

  /**
   * Rejects an end before the start, naming both.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end must not be before start, was start " + start + ", end " + end);
    }
  }

  /**
   * A period given to the day.
   *
   * @param start the first day
   * @param end the last day
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException when the end is before the start
   */
  public DateRange(LocalDate start, LocalDate end) {
    this(start, end, DatePrecision.DAY);
  }

  /**
   * A period given to the day.
   *
   * @param start the first day
   * @param end the last day
   * @return the period
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the end is before the start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * The period from one date to another, each as precisely as the record gives it: from the first
   * day {@code from} can be to the last day {@code to} can be, at the coarser precision.
   *
   * @param from when the period starts, such as "2019-05"
   * @param to when it ends, such as "hösten 2019"
   * @return the period
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the period would end before it starts
   */
  public static DateRange between(PartialDate from, PartialDate to) {
    return new DateRange(from.earliest(), to.latest(), from.precision().coarser(to.precision()));
  }

  /** Whether the record gives both ends to the day. */
  public boolean exact() {
    return precision == DatePrecision.DAY;
  }

  /**
   * Whether a day lies in the period.
   *
   * @param day the day
   * @return whether it is between start and end, both included
   * @throws NullPointerException when {@code day} is null
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
