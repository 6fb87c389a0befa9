// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import se.participation.api.internal.ApiTexts;
import se.participation.api.text.Labelled;
import se.participation.api.text.LocalizedText;

/** How precisely a record gives a date: to the day, the month, a season or part of a year, or the year. */
public enum DatePrecision implements Labelled {
  /** A day, "2020-03-14". */
  DAY,
  /** A month, "2020-03", "mars 2020". */
  MONTH,
  /** A season or part of a year, "hösten 2019", "början av 2020". */
  SEASON,
  /** A year, "2019". */
  YEAR;

  /** The coarser of this precision and another. */
  public DatePrecision coarser(DatePrecision other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public LocalizedText label() {
    return ApiTexts.label(this);
  }
}
